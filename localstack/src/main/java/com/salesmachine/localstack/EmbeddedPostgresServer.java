package com.salesmachine.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 (zonky binaries) on 127.0.0.1 with its binaries and data in a scratch directory.
 * {@link #stop()} keeps the data directory, so {@link #start()} comes back on the same port with the same data;
 * {@link #close()} stops it and deletes its data. Unpacked binaries are shared by the servers of one JVM and
 * deleted at JVM exit, after every server has stopped (see {@link ScratchDirectory#onExit(Runnable)}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "salesmachine";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final int port;
    private final Path binaries;
    private final Path home;
    private EmbeddedPostgres postgres;

    /** @param port fixed port, or 0 for a random free one (kept across stop/start) */
    public EmbeddedPostgresServer(int port) {
        this.port = FreePort.orRandom(port);
        this.binaries = ScratchDirectory.shared("postgres-binaries");
        this.home = ScratchDirectory.create("postgres");
        ScratchDirectory.onExit(this::close);
    }

    public synchronized EmbeddedPostgresServer start() {
        if (postgres != null) {
            return this;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setDataDirectory(home.resolve("data"))
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start on port " + port, e);
        }
        createDatabase(DATABASE);
        return this;
    }

    /** Stops the server, keeping its data for the next {@link #start()}. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
        } finally {
            postgres = null;
        }
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    /** Stops the server and deletes its binaries and data. */
    @Override
    public synchronized void close() {
        stop();
        ScratchDirectory.delete(home);
    }

    /** Creates a database owned by {@code postgres} unless it exists (tests may want one database each). */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name + " OWNER " + USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** The scratch directory holding the data (deleted by {@link #close()}). */
    Path home() {
        return home;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The {@code DATABASE_URL} form Railway and Supabase give: {@code postgresql://user:pass@host:port/db}. */
    public String databaseUrl() {
        return "postgresql://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }
}
