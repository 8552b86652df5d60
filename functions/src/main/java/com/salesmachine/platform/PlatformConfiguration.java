package com.salesmachine.platform;


import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.context.ContextRegistry;
import jakarta.validation.Validator;
import org.slf4j.MDC;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.cloud.function.context.FunctionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;

/** Wires the function platform: pipeline, registration, HTTP transport, health. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SalesMachineProperties.class)
public class PlatformConfiguration {

    static {
        // carry the request id from the Reactor context into MDC on whatever thread logs
        ContextRegistry.getInstance().registerThreadLocalAccessor(RequestIds.MDC_KEY,
                () -> MDC.get(RequestIds.MDC_KEY),
                value -> MDC.put(RequestIds.MDC_KEY, value),
                () -> MDC.remove(RequestIds.MDC_KEY));
        Hooks.enableAutomaticContextPropagation();
    }

    @Bean
    JsonCodec jsonCodec() {
        return new JsonCodec();
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
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    static FunctionRegistrar functionRegistrar(ListableBeanFactory beans, FunctionRegistry registry,
                                               FunctionPipeline pipeline, FunctionDeclarations declarations,
                                               Health health) {
        Map<String, Supplier<Mono<Message<byte[]>>>> suppliers = new LinkedHashMap<>();
        suppliers.put("health", health::asMessage);
        beans.getBeansOfType(PublicSupplier.class, false, false).forEach((name, supplier) -> suppliers.put(name, supplier::get));
        return new FunctionRegistrar(beans, registry, pipeline, declarations, suppliers);
    }

    @Bean
    PlatformSettings platformSettings(SalesMachineProperties properties) {
        return new PlatformSettings(new LinkedHashSet<>(properties.allowedOrigins()),
                properties.session().cookieName(), !properties.isLocal(),
                new LinkedHashSet<>(properties.trustedProxies()));
    }

    @Bean
    HttpErrorWriter httpErrorWriter(JsonCodec json) {
        return new HttpErrorWriter(json);
    }

    @Bean
    HttpTransportFilter httpTransportFilter(FunctionRegistrar registrar, HttpErrorWriter errors, PlatformSettings settings) {
        return new HttpTransportFilter(registrar, errors, settings);
    }

    @Bean
    HttpErrorHandler httpErrorHandler(HttpErrorWriter errors) {
        return new HttpErrorHandler(errors);
    }

    @Bean
    HealthProbe databaseProbe(DatabaseClient db) {
        return new DatabaseProbe(db);
    }

    @Bean
    Health health(List<HealthProbe> probes, SalesMachineProperties properties,
                  Optional<BuildProperties> build, JsonCodec json) {
        String version = build.map(BuildProperties::getVersion).orElse("dev");
        String instance = Optional.ofNullable(System.getenv("RAILWAY_REPLICA_ID"))
                .or(() -> Optional.ofNullable(System.getenv("AWS_LAMBDA_LOG_STREAM_NAME")))
                .orElse(ManagementFactory.getRuntimeMXBean().getName());
        return new Health(probes, properties.health().componentTimeout(), version, instance, json);
    }
}
