package com.salesmachine.account;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * BCrypt (cost 10) off the event loop. An unknown e-mail is checked against a fixed dummy hash, so a
 * wrong e-mail and a wrong password cost the same time and get the same answer.
 */
public final class Passwords {

    /**
     * The dummy: the cost-10 hash of a random password nobody kept. A constant, because hashing it at start-up
     * was a tenth of the cold start (bench/startup, JFR); comparing against it costs what any cost-10 check does.
     */
    static final String DUMMY_HASH_COST_10 = "$2a$10$6X3T1tTqXf2DBUNEQ0/qt.hxZ.XYbG0Ta/Sn2KK66qGgqvcRaoZMK";

    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    public Passwords(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
        this.dummyHash = cost == 10 ? DUMMY_HASH_COST_10 : encoder.encode("no-such-user-dummy-password");
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
