package com.salesmachine.faas;

import com.salesmachine.platform.config.RequiredConfiguration;
import com.salesmachine.platform.transport.ApiTransport;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.cloud.function.context.FunctionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the API Gateway transport when the application runs inside the AWS adapter's
 * {@code FunctionInvoker} (which starts Spring without a web server). The handler is told to call
 * {@value HttpApiTransport#FUNCTION_NAME} with {@code spring.cloud.function.definition}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.cloud.function.adapter.aws.FunctionInvoker")
@ConditionalOnNotWebApplication
public class AwsLambdaConfiguration {

    @Bean
    HttpApiTransport httpApiTransport(ApiTransport transport, Environment environment) {
        // the HTTP jar checks its settings in main, which Lambda never calls
        RequiredConfiguration.require(environment::getProperty);
        return new HttpApiTransport(transport);
    }

    @Bean
    HttpApiRegistration httpApiRegistration(FunctionRegistry registry, HttpApiTransport transport,
                                            LoggingSystem logging) {
        return new HttpApiRegistration(registry, transport, logging);
    }
}
