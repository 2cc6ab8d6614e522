package org.tracebench.store;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.db.MVIndex;
import org.h2.result.Row;
import org.h2.result.SearchRow;
import org.h2.table.Table;
import org.h2.value.Value;
import org.h2.value.ValueBigint;
import org.h2.value.ValueVarchar;
import org.h2.value.VersionedValue;

/**
 * Test help: writes into the provider table what H2 2.4's background writer can leave in the file when a
 * transaction is killed (decision 0020): rows marked uncommitted by a transaction, without the undo entries
 * that would take them out. The real race needs luck (a few kills in a hundred, more with WRITE_DELAY=1);
 * this makes its outcome certain, so the crash tests fail every time the clean-up after an unclean stop is
 * missing.
 *
 * <p>One row per transaction number 1..{@value #TRANSACTION_NUMBERS}, because H2 gives a freed number to the
 * next transaction and that transaction alone sees such a row: whichever number the reader gets, it sees one.
 */
final class H2LeftoverInjection {

    static final int TRANSACTION_NUMBERS = 64;
    static final String NAME_PREFIX = "Left Without Undo ";
    private static final long FIRST_KEY = 900_000_000L;

    private H2LeftoverInjection() {
    }

    /** Adds the rows to the provider table's map and saves them to the file; the provider table must hold a committed row. */
    static void leaveProvidersWithoutUndo(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        org.h2.engine.Database database = session.getDatabase();
        Table table = database.getSchema("PUBLIC").findTableOrView(session, "PROVIDER");
        @SuppressWarnings("unchecked")
        MVMap<Long, VersionedValue<Row>> map = (MVMap<Long, VersionedValue<Row>>) (MVMap<?, ?>)
                ((MVIndex<?, ?>) table.getScanIndex(session)).getMVMap();
        Row committed = firstCommittedRow(map);
        int idColumn = table.getColumn("ID").getColumnId();
        int nameColumn = table.getColumn("NAME").getColumnId();
        for (int transaction = 1; transaction <= TRANSACTION_NUMBERS; transaction++) {
            long key = FIRST_KEY + transaction;
            Value[] values = committed.getValueList().clone();
            values[idColumn] = ValueBigint.get(key);
            values[nameColumn] = ValueVarchar.get(NAME_PREFIX + transaction);
            Row row = Row.get(values, SearchRow.MEMORY_CALCULATE, key);
            // Log position 7: past any undo entry the number's next owner will have when it first reads.
            long operationId = ((long) transaction << 40) | 7;
            map.put(key, uncommitted(operationId, row));
        }
        database.getStore().flush();
    }

    private static Row firstCommittedRow(MVMap<Long, VersionedValue<Row>> map) {
        Cursor<Long, VersionedValue<Row>> cursor = map.cursor(null);
        while (cursor.hasNext()) {
            cursor.next();
            if (cursor.getValue().getOperationId() == 0) {
                return (Row) (Object) cursor.getValue();
            }
        }
        throw new IllegalStateException("the provider table holds no committed row to copy");
    }

    /** H2 builds uncommitted values only inside its transaction package. */
    @SuppressWarnings("unchecked")
    private static VersionedValue<Row> uncommitted(long operationId, Row row) {
        try {
            Method getInstance = Class.forName("org.h2.mvstore.tx.VersionedValueUncommitted")
                    .getDeclaredMethod("getInstance", long.class, Object.class, Object.class);
            getInstance.setAccessible(true);
            return (VersionedValue<Row>) getInstance.invoke(null, operationId, row, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("H2's uncommitted value changed shape", e);
        }
    }
}
