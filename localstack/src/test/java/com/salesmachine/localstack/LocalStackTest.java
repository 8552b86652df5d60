package com.salesmachine.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class LocalStackTest {

    @Test
    void theSharedStackIsStartedOnceAndItsThreeServersAnswer() throws Exception {
        LocalStack stack = LocalStack.shared();

        assertThat(LocalStack.shared()).isSameAs(stack);
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(), "postgres", "postgres");
             Statement sql = connection.createStatement();
             ResultSet one = sql.executeQuery("SELECT 1")) {
            assertThat(one.next()).isTrue();
            assertThat(one.getInt(1)).isEqualTo(1);
        }
        HttpResponse<String> ping = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.upstashUrl() + "/ping"))
                        .header("Authorization", "Bearer " + stack.upstashToken()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ping.body()).isEqualTo("{\"result\":\"PONG\"}");
        assertThat(stack.redisUrl()).isEqualTo("redis://127.0.0.1:" + stack.redisPort());
        assertThat(stack.databaseUrl()).startsWith("postgresql://postgres:postgres@127.0.0.1:");
        assertThat(stack.r2dbcUrl()).startsWith("r2dbc:postgresql://127.0.0.1:");
    }
}
