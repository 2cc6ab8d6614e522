package org.tracebench.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work that may throw SQLException. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
