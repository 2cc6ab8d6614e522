package org.tracebench.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Says in one line why a database server could not be reached, naming the host and port the user gave: the
 * driver's own messages are long, name no host for an unknown one, and advise on "the postmaster".
 */
final class ServerConnectFailure {

    private ServerConnectFailure() {
    }

    static StoreException describe(PGSimpleDataSource source, SQLException e) {
        String where = serverAddresses(source);
        String database = source.getDatabaseName();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = switch (state) {
            case "28P01", "28000" -> "the server refused user " + source.getUser() + " (wrong password or no access)";
            case "3D000" -> "the server has no database named " + database;
            default -> networkReason(e);
        };
        return new StoreException("Cannot open database " + database + " on the server at " + where + ": " + reason, e);
    }

    private static String networkReason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "unknown host";
            }
            if (cause instanceof ConnectException) {
                return "connection refused (is the server running and listening on that port?)";
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (cause instanceof SocketTimeoutException) {
                return "no answer within the connection timeout";
            }
        }
        String message = e.getMessage() == null ? "unknown error" : e.getMessage().lines().findFirst().orElse("");
        return message;
    }

    private static String serverAddresses(PGSimpleDataSource source) {
        String[] hosts = source.getServerNames();
        int[] ports = source.getPortNumbers();
        return IntStream.range(0, hosts.length)
                .mapToObj(i -> hosts[i] + ":" + (ports.length > i && ports[i] > 0 ? ports[i] : 5432))
                .collect(Collectors.joining(", "));
    }
}
