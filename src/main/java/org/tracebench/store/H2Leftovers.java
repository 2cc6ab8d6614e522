package org.tracebench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.db.MVIndex;
import org.h2.mvstore.db.MVTable;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.table.Table;
import org.h2.value.VersionedValue;

/**
 * Takes out of an embedded H2 file what a killed transaction left in its tables without an undo entry
 * (decision 0020). H2 2.4's background writer saves each map's root at its own moment, so the file can hold a
 * row of a transaction whose undo log was saved a moment earlier, without the entry that undoes that row. After
 * the next open rolls the transaction back, such a row stays marked "uncommitted, by transaction N"; the other
 * sessions do not see it, but H2 hands the freed number N to a later transaction, which takes it for its own
 * write and sees it (and may commit work built on it). This runs after an unclean stop, once H2 has ended the
 * cut-off transactions, and gives every such entry its value from before that transaction (none for an insert).
 */
final class H2Leftovers {

    private H2Leftovers() {
    }

    /** Puts every leftover entry back to its committed value; returns how many entries were changed. */
    static int clear(Connection connection) throws SQLException {
        return visit(connection, true);
    }

    /** How many leftover entries the open file holds, changing nothing (for the by-hand kill loop). */
    static int count(Connection connection) throws SQLException {
        return visit(connection, false);
    }

    private static int visit(Connection connection, boolean clear) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        org.h2.engine.Database database = session.getDatabase();
        TransactionStore transactions = database.getStore().getTransactionStore();
        BitSet open = new BitSet();
        for (Transaction transaction : transactions.getOpenTransactions()) {
            open.set(transaction.getId());
        }
        // A primary key index and the table share one map: each map once.
        Set<MVMap<Object, VersionedValue<Object>>> maps = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Table table : database.getAllTablesAndViews()) {
            if (table instanceof MVTable) {
                for (Index index : table.getIndexes()) {
                    if (index instanceof MVIndex<?, ?> mvIndex) {
                        @SuppressWarnings("unchecked")
                        MVMap<Object, VersionedValue<Object>> map = (MVMap<Object, VersionedValue<Object>>) (MVMap<?, ?>) mvIndex.getMVMap();
                        maps.add(map);
                    }
                }
            }
        }
        int found = 0;
        for (MVMap<Object, VersionedValue<Object>> map : maps) {
            found += visit(map, open, clear);
        }
        if (clear && found > 0) {
            database.getStore().flush();
        }
        return found;
    }

    private static int visit(MVMap<Object, VersionedValue<Object>> map, BitSet open, boolean clear) {
        int found = 0;
        // The cursor reads one version of the map, so changing the map while it runs is safe.
        Cursor<Object, VersionedValue<Object>> cursor = map.cursor(null);
        while (cursor.hasNext()) {
            Object key = cursor.next();
            VersionedValue<Object> value = cursor.getValue();
            long operation = value.getOperationId();
            if (operation == 0 || open.get(transactionOf(operation))) {
                continue;
            }
            found++;
            if (clear) {
                Object committed = value.getCommittedValue();
                if (committed == null) {
                    map.remove(key);
                } else {
                    // H2 keeps a committed row or index value as the value itself (Value is a VersionedValue).
                    @SuppressWarnings("unchecked")
                    VersionedValue<Object> restored = (VersionedValue<Object>) committed;
                    map.put(key, restored);
                }
            }
        }
        return found;
    }

    /**
     * H2's operation id holds the transaction number above a 40-bit log position (Transaction.LOG_ID_BITS,
     * not public); H2LeftoversTest fails if that layout changes.
     */
    private static int transactionOf(long operationId) {
        return (int) (operationId >>> 40);
    }
}
