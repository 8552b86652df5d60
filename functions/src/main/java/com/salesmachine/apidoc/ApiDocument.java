package com.salesmachine.apidoc;

import com.salesmachine.contract.openapi.OpenApiGenerator;
import com.salesmachine.platform.Caller;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import reactor.core.publisher.Mono;

/**
 * {@code GET /openapi.json}: the OpenAPI document the build generated from the catalogue and the records (the
 * contract module's jar carries it; the same bytes as the committed {@code docs/openapi.json}). Read once at start-up.
 */
final class ApiDocument {

    private final byte[] json;

    ApiDocument(byte[] json) {
        this.json = json;
    }

    /** The generated document on the classpath; a build without it is broken, so the API refuses to start. */
    static ApiDocument fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(OpenApiGenerator.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OpenApiGenerator.RESOURCE + " is not on the classpath: the shared module's"
                        + " build generates it (process-classes); rebuild shared");
            }
            return new ApiDocument(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's bytes as generated: the pipeline answers a {@code byte[]} as JSON already written. */
    Mono<byte[]> get(Caller caller) {
        return Mono.just(json);
    }
}
