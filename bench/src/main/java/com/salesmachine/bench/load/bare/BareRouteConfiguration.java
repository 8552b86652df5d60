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
import com.salesmachine.platform.pipeline.Call;
import com.salesmachine.platform.pipeline.FunctionDeclarations;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * BENCHMARK ONLY (the bench module, never in the production jar): a bare WebFlux route doing exactly the work of
 * {@code listProspects} — the same session guard call (one Upstash EVALSHA of the same script) and the same
 * function bean (the same {@code ProspectList} SQL) — without spring-cloud-function-web and the function pipeline
 * (Message, strict JsonCodec, bean validation). It goes through the same HTTP transport filter as a function call
 * (the Call with its request id, headers and body read once, the transport's answer headers): issue 18's fair
 * comparison, so the figure is the cost of the function layer alone. Issue 8 target 3 compares the two in the
 * same process.
 */
@Configuration(proxyBeanMethods = false)
public class BareRouteConfiguration {

    public static final String PATH = "/bench/bare/listProspects";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    RouterFunction<ServerResponse> bareListProspects(
            @Qualifier("listProspects") ApiFunction<ListProspectsInput, ProspectPage> listProspects,
            List<AccessCheck> checks, FunctionDeclarations declarations) {
        AccessCheck guard = checks.stream().filter(c -> c.access() == Access.USER).findFirst().orElseThrow();
        FunctionDeclaration declaration = declarations.find("listProspects").orElseThrow();
        return RouterFunctions.route().POST(PATH, request -> Mono.deferContextual(context -> {
            // the transport filter read the body and the headers into the Call, as for a function
            Call call = context.get(Call.class);
            String authorization = call.header("authorization");
            Map<String, String> headers = authorization == null ? Map.of() : Map.of("authorization", authorization);
            Caller anonymous = new Caller(call.requestId(), null, null, null, null, headers);
            return guard.check(declaration, anonymous, call.body())
                    .flatMap(caller -> listProspects.apply(JSON.readValue(call.body(), ListProspectsInput.class), caller))
                    .flatMap(page -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(page))
                    .onErrorResume(ApiException.class, e -> {
                        call.failed(e, e.code().status());
                        return ServerResponse.status(e.code().status()).build();
                    });
        })).build();
    }

    /**
     * The platform's HTTP transport filter answers 404 to any path that is not a function. The bare route goes
     * through it as the function it stands beside ({@code /listProspects}: the same refusals, Call, body reading and
     * answer headers), and is handed back its own path once the filter passes it on.
     */
    @Bean
    static BeanPostProcessor bareRouteThroughTransportFilter() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!"httpTransportFilter".equals(beanName) || !(bean instanceof WebFilter filter)) {
                    return bean;
                }
                return new BareRouteThroughFilter(filter);
            }
        };
    }

    private record BareRouteThroughFilter(WebFilter delegate) implements WebFilter, Ordered {
        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            if (!PATH.equals(exchange.getRequest().getPath().value())) {
                return delegate.filter(exchange, chain);
            }
            ServerWebExchange asFunction = exchange.mutate().request(r -> r.path("/listProspects")).build();
            return delegate.filter(asFunction, passed -> chain.filter(passed.mutate().request(r -> r.path(PATH)).build()));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
