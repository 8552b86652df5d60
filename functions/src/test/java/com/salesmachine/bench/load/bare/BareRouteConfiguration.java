package com.salesmachine.bench.load.bare;

import java.util.List;
import java.util.Map;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.prospects.ListProspectsInput;
import com.salesmachine.contract.prospects.ProspectPage;
import com.salesmachine.platform.AccessCheck;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.Caller;
import com.salesmachine.platform.FunctionDeclaration;
import com.salesmachine.platform.FunctionDeclarations;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * BENCHMARK ONLY (test sources, never in the production jar): a bare WebFlux route doing exactly the work of
 * {@code listProspects} — the same session guard call (one Upstash EVALSHA of the same script) and the same
 * function bean (the same {@code ProspectList} SQL) — without spring-cloud-function-web, the function pipeline
 * (Message, strict JsonCodec, bean validation) and the HTTP transport filter. JSON in and out through WebFlux's
 * own Jackson codecs. Issue 8 target 3 compares the two in the same process.
 */
@Configuration(proxyBeanMethods = false)
public class BareRouteConfiguration {

    public static final String PATH = "/bench/bare/listProspects";
    private static final byte[] NO_BODY = new byte[0];

    @Bean
    RouterFunction<ServerResponse> bareListProspects(
            @Qualifier("listProspects") ApiFunction<ListProspectsInput, ProspectPage> listProspects,
            List<AccessCheck> checks, FunctionDeclarations declarations) {
        AccessCheck guard = checks.stream().filter(c -> c.access() == Access.USER).findFirst().orElseThrow();
        FunctionDeclaration declaration = declarations.find("listProspects").orElseThrow();
        return RouterFunctions.route().POST(PATH, request -> {
            String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
            Map<String, String> headers = authorization == null ? Map.of() : Map.of("authorization", authorization);
            Caller anonymous = new Caller("bare", null, null, null, null, headers);
            return guard.check(declaration, anonymous, NO_BODY)
                    .flatMap(caller -> request.bodyToMono(ListProspectsInput.class)
                            .flatMap(input -> listProspects.apply(input, caller)))
                    .flatMap(page -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(page))
                    .onErrorResume(ApiException.class, e -> ServerResponse.status(e.code().status()).build());
        }).build();
    }

    /**
     * The platform's HTTP transport filter answers 404 to any path that is not a function; let the bare route
     * through it (only that path), everything else still goes through the real filter.
     */
    @Bean
    static BeanPostProcessor bareRoutePassesTransportFilter() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!"httpTransportFilter".equals(beanName) || !(bean instanceof WebFilter filter)) {
                    return bean;
                }
                return new BypassFilter(filter);
            }
        };
    }

    private record BypassFilter(WebFilter delegate) implements WebFilter, Ordered {
        @Override
        public Mono<Void> filter(org.springframework.web.server.ServerWebExchange exchange,
                                 org.springframework.web.server.WebFilterChain chain) {
            if (PATH.equals(exchange.getRequest().getPath().value())) {
                return chain.filter(exchange);
            }
            return delegate.filter(exchange, chain);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
