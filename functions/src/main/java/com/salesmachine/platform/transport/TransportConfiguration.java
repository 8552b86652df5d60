package com.salesmachine.platform.transport;

import com.salesmachine.platform.config.SalesMachineProperties;
import com.salesmachine.platform.json.JsonCodec;
import com.salesmachine.platform.pipeline.FunctionRegistrar;

import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransportConfiguration {

    @Bean
    ApiTransport apiTransport(FunctionRegistrar functions, FunctionCatalog catalog, JsonCodec json,
                              SalesMachineProperties properties) {
        return new ApiTransport(functions, catalog, json, properties.session().cookieName(), !properties.isLocal());
    }
}
