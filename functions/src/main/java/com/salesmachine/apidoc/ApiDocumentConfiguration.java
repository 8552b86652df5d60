package com.salesmachine.apidoc;

import com.salesmachine.platform.ApiSupplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's own contract, served at {@code GET /openapi.json} (declared in the catalogue's platform suppliers). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {

    @Bean("openapi.json")
    ApiSupplier<byte[]> openApiDocument() {
        return ApiDocument.fromClasspath(ApiDocumentConfiguration.class.getClassLoader())::get;
    }
}
