package com.salesmachine.account;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * BCrypt (cost 10) off the event loop. An unknown e-mail is checked against a fixed dummy hash, so a
 * wrong e-mail and a wrong password cost the same time and get the same answer.
 */
public final class Passwords {

    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    public Passwords(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
        this.dummyHash = encoder.encode("no-such-user-dummy-password");
    }

    public Mono<String> hash(String password) {
        return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    /** Constant-time comparison inside BCrypt; a null hash (no such user) is compared against the dummy. */
    public Mono<Boolean> matches(String password, String hashOrNull) {
        return Mono.fromCallable(() -> {
            boolean ok = encoder.matches(password, hashOrNull == null ? dummyHash : hashOrNull);
            return ok && hashOrNull != null;
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
