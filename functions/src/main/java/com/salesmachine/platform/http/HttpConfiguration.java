package com.salesmachine.platform.http;

import com.salesmachine.platform.config.SalesMachineProperties;
import com.salesmachine.platform.transport.ApiTransport;

import java.util.LinkedHashSet;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.netty.NettyPipeline;

/** The HTTP deployment's adapter: the transport filter, the functions' route, the error handler, and request targets made parseable. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class HttpConfiguration {

    @Bean
    HttpAnswers httpAnswers(ApiTransport transport, SalesMachineProperties properties) {
        return new HttpAnswers(transport, new LinkedHashSet<>(properties.allowedOrigins()));
    }

    @Bean
    HttpTransportFilter httpTransportFilter(ApiTransport transport, HttpAnswers answers, SalesMachineProperties properties) {
        return new HttpTransportFilter(transport, answers, new ClientAddress(new LinkedHashSet<>(properties.trustedProxies())));
    }

    /** Every function and supplier, routed by the path the transport filter let through. */
    @Bean
    RouterFunction<ServerResponse> functionRoutes(ApiTransport transport) {
        FunctionRoute route = new FunctionRoute(transport);
        return RouterFunctions.route(route, route);
    }

    @Bean
    HttpErrorHandler httpErrorHandler(HttpAnswers answers) {
        return new HttpErrorHandler(answers);
    }

    /** Not a NettyServerCustomizer bean: that is a java.util.function.Function, which Spring Cloud Function would expose. */
    @Bean
    WebServerFactoryCustomizer<NettyReactiveWebServerFactory> requestTargets() {
        RequestTargets handler = new RequestTargets();
        return factory -> factory.addServerCustomizers(server -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, RequestTargets.NAME, handler);
            }
        }));
    }
}
