package com.salesmachine.apidoc;

import com.salesmachine.platform.PublicSupplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's own contract, served at {@code GET /openapi.json} (declared in the catalogue's platform suppliers). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {

    @Bean("openapi.json")
    PublicSupplier openApiDocument() {
        return ApiDocument.fromClasspath(ApiDocumentConfiguration.class.getClassLoader())::asMessage;
    }
}
