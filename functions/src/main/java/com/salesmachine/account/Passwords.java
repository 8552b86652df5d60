package com.salesmachine.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * BCrypt (cost 10) off the event loop. An unknown e-mail is checked against a fixed dummy hash, so a
 * wrong e-mail and a wrong password cost the same time and get the same answer.
 *
 * <p>BCrypt reads at most 72 bytes (and the encoder refuses more). The contract allows 10-200 characters, up to
 * 800 UTF-8 bytes, so a password over 72 bytes is pre-hashed: BCrypt gets {@code "sha256:" + base64(SHA-256(utf8))}
 * (51 bytes) instead. The choice depends only on the password itself, so the hashes stored before this rule (longer
 * passwords failed then) keep matching, and every byte of a long password counts.
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

    /** What BCrypt is given: the password itself up to 72 UTF-8 bytes, its pre-hash beyond. */
    static String bcryptInput(String password) {
        byte[] utf8 = password.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= 72) {
            return password;
        }
        try {
            return "sha256:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    public Mono<String> hash(String password) {
        return Mono.fromCallable(() -> encoder.encode(bcryptInput(password))).subscribeOn(Schedulers.boundedElastic());
    }

    /** Constant-time comparison inside BCrypt; a null hash (no such user) is compared against the dummy. */
    public Mono<Boolean> matches(String password, String hashOrNull) {
        return Mono.fromCallable(() -> {
            boolean ok = encoder.matches(bcryptInput(password), hashOrNull == null ? dummyHash : hashOrNull);
            return ok && hashOrNull != null;
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
