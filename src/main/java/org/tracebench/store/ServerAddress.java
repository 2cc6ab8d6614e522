package org.tracebench.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A team's PostgreSQL server as a user names it in the connect dialog: no password, so it can be remembered
 * between runs; the password joins only the location that is opened ({@link #location(String)}).
 */
public record ServerAddress(String host, int port, String database, String user, boolean tls) {

    public static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("a port is a number from 1 to 65535, not " + port);
        }
    }

    /** The server a location names, for showing it (status bar, about box); empty for the embedded store. */
    public static java.util.Optional<ServerAddress> of(DatabaseLocation location) {
        if (location.isEmbedded()) {
            return java.util.Optional.empty();
        }
        try {
            org.postgresql.ds.PGSimpleDataSource parsed = new org.postgresql.ds.PGSimpleDataSource();
            parsed.setUrl(location.jdbcUrl());
            int port = parsed.getPortNumbers().length > 0 && parsed.getPortNumbers()[0] > 0 ? parsed.getPortNumbers()[0] : DEFAULT_PORT;
            String mode = parsed.getSslMode() == null ? "" : parsed.getSslMode();
            boolean tls = !mode.isEmpty() && !mode.equals("disable") && !mode.equals("allow") && !mode.equals("prefer");
            return java.util.Optional.of(new ServerAddress(parsed.getServerNames()[0], port, parsed.getDatabaseName(),
                    parsed.getUser() == null ? "" : parsed.getUser(), tls));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The password a server location carries, if any (the one the user typed or the keyring gave). */
    public static java.util.Optional<String> passwordOf(DatabaseLocation location) {
        if (location.isEmbedded()) {
            return java.util.Optional.empty();
        }
        try {
            org.postgresql.ds.PGSimpleDataSource parsed = new org.postgresql.ds.PGSimpleDataSource();
            parsed.setUrl(location.jdbcUrl());
            return java.util.Optional.ofNullable(parsed.getPassword()).filter(p -> !p.isEmpty());
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Whether every part a connection needs is filled in. */
    public boolean complete() {
        return !host.isEmpty() && !database.isEmpty() && !user.isEmpty();
    }

    /**
     * The location to open. TLS on means the connection is encrypted or refused ({@code sslmode=require});
     * off means never encrypted, for a server on the same machine or a trusted office network.
     */
    public DatabaseLocation location(String password) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(encode(database))
                .append("?user=").append(encode(user))
                .append("&sslmode=").append(tls ? "require" : "disable")
                .append("&ApplicationName=Tracebench");
        if (password != null && !password.isEmpty()) {
            url.append("&password=").append(encode(password));
        }
        return DatabaseLocation.of(url.toString());
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database + (tls ? " (TLS)" : "");
    }

    private String hostForUrl() {
        // An IPv6 literal needs its brackets in a URL.
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
