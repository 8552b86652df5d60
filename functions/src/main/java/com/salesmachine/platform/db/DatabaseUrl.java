package com.salesmachine.platform.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code postgresql://user:pass@host:port/db?params} URL, as Railway and Supabase give it, turned into
 * the R2DBC and JDBC forms the application needs.
 */
public record DatabaseUrl(String host, int port, String database, String username, String password, String query) {

    public static DatabaseUrl parse(String url) {
        if (url == null || !(url.startsWith("postgresql://") || url.startsWith("postgres://"))) {
            throw new IllegalArgumentException("not a postgresql:// URL");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed database URL");
        }
        String userInfo = uri.getRawUserInfo();
        if (uri.getHost() == null || userInfo == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("database URL needs user, host and database");
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String pass = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        return new DatabaseUrl(uri.getHost(), port, uri.getPath().substring(1), user, pass,
                uri.getRawQuery() == null ? "" : uri.getRawQuery());
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
