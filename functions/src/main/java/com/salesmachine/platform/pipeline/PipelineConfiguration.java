package com.salesmachine.platform.pipeline;

import com.salesmachine.platform.AccessCheck;
import com.salesmachine.platform.FunctionDeclaration;
import com.salesmachine.platform.json.JsonCodec;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.context.ContextRegistry;
import jakarta.validation.Validator;
import org.slf4j.MDC;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.cloud.function.context.FunctionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Hooks;

/** Wires the function pipeline: the catalogue, the pipeline and the registration with Spring Cloud Function. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    static {
        // carry the request id from the Reactor context into MDC on whatever thread logs
        ContextRegistry.getInstance().registerThreadLocalAccessor(Call.LOG_KEY,
                () -> MDC.get(Call.LOG_KEY),
                value -> MDC.put(Call.LOG_KEY, value),
                () -> MDC.remove(Call.LOG_KEY));
        Hooks.enableAutomaticContextPropagation();
    }

    @Bean
    FunctionDeclarations functionDeclarations(List<FunctionDeclaration> declarations) {
        List<FunctionDeclaration> all = new ArrayList<>(FunctionCatalogue.DECLARATIONS);
        all.addAll(declarations);
        return new FunctionDeclarations(all);
    }

    @Bean
    FunctionPipeline functionPipeline(JsonCodec json, Validator validator, List<AccessCheck> checks) {
        return new FunctionPipeline(json, validator, checks);
    }

    @Bean
    static FunctionRegistrar functionRegistrar(ListableBeanFactory beans, FunctionRegistry registry,
                                               FunctionPipeline pipeline, FunctionDeclarations declarations) {
        return new FunctionRegistrar(beans, registry, pipeline, declarations);
    }
}
