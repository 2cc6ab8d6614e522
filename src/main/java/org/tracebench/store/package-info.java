/**
 * The case store: H2 file by default or PostgreSQL by URL, Flyway migrations, thread-bound transactions, one
 * repository per aggregate, the append-only audit log.
 */
package org.tracebench.store;
