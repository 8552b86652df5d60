package com.salesmachine.session;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.localstack.LocalStack;
import com.salesmachine.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.StringRedisSerializer;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.data.redis.RedisSessionRepository;

/**
 * Sessions written by spring-session-data-redis over the Redis protocol (Lettuce) are valid for the
 * application, which reads them over Upstash REST, and the reverse: one key layout, JSON attribute values.
 */
class SessionInteroperabilityTest extends ApplicationTest {

    private LettuceConnectionFactory connections;
    @SuppressWarnings("rawtypes")
    private SessionRepository springSessions;

    @BeforeEach
    void springSessionOverTheRedisProtocol() {
        LocalStack stack = LocalStack.shared();
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(stack.redisHost(), stack.redisPort()));
        connections.afterPropertiesSet();
        connections.start();
        RedisTemplate<String, Object> redis = new RedisTemplate<>();
        redis.setConnectionFactory(connections);
        redis.setKeySerializer(new StringRedisSerializer());
        redis.setHashKeySerializer(new StringRedisSerializer());
        JacksonJsonRedisSerializer<Object> json = new JacksonJsonRedisSerializer<>(Object.class);
        redis.setValueSerializer(json);
        redis.setHashValueSerializer(json);
        redis.afterPropertiesSet();
        RedisSessionRepository repository = new RedisSessionRepository(redis);
        repository.setRedisKeyNamespace("spring:session");
        repository.setDefaultMaxInactiveInterval(Duration.ofHours(24));
        repository.setSessionIdGenerator(SessionTokens::newToken);
        springSessions = repository;
    }

    @AfterEach
    void close() {
        connections.destroy();
    }

    private String signupUserId() {
        String email = "interop-" + UUID.randomUUID() + "@example.com";
        var r = http.post("signup", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}");
        assertThat(r.status()).isEqualTo(200);
        return r.json().path("user").path("id").asString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSessionSavedBySpringSessionOverLettuceIsValidOverRest() {
        String userId = signupUserId();
        Session session = springSessions.createSession();
        session.setAttribute("userId", userId);
        springSessions.save(session);

        var me = call(session.getId(), "me", "{}");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(userId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSessionSavedOverRestIsFoundAndValidInSpringSession() {
        String email = "interop-" + UUID.randomUUID() + "@example.com";
        var signup = http.post("signup", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}");
        String token = signup.json().path("session").path("token").asString();
        String userId = signup.json().path("user").path("id").asString();
        assertThat(call(token, "me", "{}").status()).isEqualTo(200);

        Session found = springSessions.findById(token);
        assertThat(found).isNotNull();
        assertThat(found.isExpired()).isFalse();
        assertThat((Object) found.getAttribute("userId")).isEqualTo(userId);
        assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(24));

        springSessions.deleteById(token);
        assertThat(call(token, "me", "{}").status()).isEqualTo(401);
    }
}
