package com.salesmachine.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {

    private static EmbeddedPostgresServer postgres;

    @BeforeAll
    static void start() {
        long started = System.nanoTime();
        postgres = new EmbeddedPostgresServer(0).start();
        System.out.printf("embedded PostgreSQL started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void close() {
        postgres.close();
    }

    private static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", postgres.username());
        properties.setProperty("password", postgres.password());
        properties.setProperty("connectTimeout", "2");
        return DriverManager.getConnection(postgres.jdbcUrl(), properties);
    }

    @Test
    void theSalesmachineDatabaseIsOwnedByPostgresAndTakesTheContribExtensions() throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            sql.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            sql.execute("CREATE EXTENSION IF NOT EXISTS citext");
            try (ResultSet owner = sql.executeQuery(
                    "SELECT pg_get_userbyid(datdba), current_database(), current_setting('server_version_num')::int "
                            + "FROM pg_database WHERE datname = current_database()")) {
                assertThat(owner.next()).isTrue();
                assertThat(owner.getString(1)).isEqualTo("postgres");
                assertThat(owner.getString(2)).isEqualTo("salesmachine");
                assertThat(owner.getInt(3)).isGreaterThanOrEqualTo(170000);
            }
            try (ResultSet trigram = sql.executeQuery(
                    "SELECT similarity('Acme GmbH', 'acme gmbh'), unaccent('Müller'), 'ABC'::citext = 'abc'")) {
                assertThat(trigram.next()).isTrue();
                assertThat(trigram.getFloat(1)).isEqualTo(1.0f);
                assertThat(trigram.getString(2)).isEqualTo("Muller");
                assertThat(trigram.getBoolean(3)).isTrue();
            }
        }
    }

    @Test
    void stoppingAndStartingAgainKeepsThePortAndTheData() throws SQLException {
        int port = postgres.port();
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS survives_restart (id int)");
            sql.execute("INSERT INTO survives_restart VALUES (42)");
        }

        postgres.stop();
        assertThat(postgres.isRunning()).isFalse();
        assertThatThrownBy(EmbeddedPostgresServerTest::connect).isInstanceOf(SQLException.class);

        postgres.start();
        assertThat(postgres.port()).isEqualTo(port);
        try (Connection connection = connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id FROM survives_restart")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void urlsNameTheSameServerInEveryForm() {
        int port = postgres.port();
        assertThat(postgres.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/salesmachine");
        assertThat(postgres.r2dbcUrl()).isEqualTo("r2dbc:postgresql://127.0.0.1:" + port + "/salesmachine");
        assertThat(postgres.databaseUrl()).isEqualTo("postgresql://postgres:postgres@127.0.0.1:" + port + "/salesmachine");
    }

    @Test
    void closingDeletesTheData() {
        EmbeddedPostgresServer other = new EmbeddedPostgresServer(0).start();
        assertThat(other.home()).isDirectory();
        assertThat(other.home().toString()).contains("sales-machine");

        other.close();

        assertThat(Files.exists(other.home())).isFalse();
    }
}
