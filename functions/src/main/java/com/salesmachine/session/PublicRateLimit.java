package com.salesmachine.session;

import java.util.Set;

import com.salesmachine.contract.Access;
import com.salesmachine.platform.AccessCheck;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.Caller;
import com.salesmachine.platform.FunctionDeclaration;
import reactor.core.publisher.Mono;

/**
 * Public functions need no credentials; the ones that guard accounts (login, signup) are limited per
 * client address, counted in Upstash so the limit holds across instances.
 */
public final class PublicRateLimit implements AccessCheck {

    static final Set<String> LIMITED = Set.of("login", "signup");

    private final RateCounter counter;
    private final String namespace;
    private final int perMinute;

    public PublicRateLimit(RateCounter counter, String namespace, int perMinute) {
        this.counter = counter;
        this.namespace = namespace;
        this.perMinute = perMinute;
    }

    @Override
    public Access access() {
        return Access.PUBLIC;
    }

    @Override
    public Mono<Caller> check(FunctionDeclaration function, Caller caller, byte[] rawBody) {
        if (!LIMITED.contains(function.name())) {
            return Mono.just(caller);
        }
        String ip = caller.clientIp() == null ? "unknown" : caller.clientIp();
        return counter.hit(namespace + ":rate:ip:auth:" + ip, 60).map(count -> {
            if (count.count() > perMinute) {
                throw ApiException.rateLimited(count.secondsLeft());
            }
            return caller;
        });
    }
}
