package org.tracebench.store;

import org.h2.jdbcx.JdbcDataSource;

/** The one place an H2 connection is configured, so an encrypted file always gets its password and a plain one none. */
final class H2Sources {

    private static final String USER = "sa";

    private H2Sources() {
    }

    /** A data source for the location's file, with H2 settings appended to its URL (e.g. ";ACCESS_MODE_DATA=r"). */
    static JdbcDataSource of(DatabaseLocation location, String urlSuffix) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(location.jdbcUrl() + urlSuffix);
        source.setUser(USER);
        if (location.passphrase() != null) {
            // Kept by the source for every connection it makes (H2 copies it before use), so not wiped here.
            source.setPasswordChars(location.passphrase().connectionPassword());
        }
        return source;
    }
}
