package org.tracebench.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tracebench.work.Progress;

/**
 * Reads the whole store and looks for what a crash or a hand edit can leave behind: every row of every table
 * is read back (a damaged page fails here, not in the middle of an export), and every declared foreign key is
 * checked for rows pointing at rows that do not exist (possible when a file was repaired or edited with the
 * database's own checks switched off). The relations come from the schema's own metadata, so a new table with
 * a foreign key is checked without a change here. Each case's kept call count is compared with its calls.
 */
public final class IntegrityCheck {

    /** How many missing ids a finding names before it says "and N more". */
    private static final int IDS_NAMED = 10;

    private final Database database;

    public IntegrityCheck(Database database) {
        this.database = database;
    }

    /** What the check found, in words for the user. */
    public record Report(int tablesRead, long rowsRead, Map<String, Long> rowsPerTable, List<String> problems) {
        public Report {
            rowsPerTable = Map.copyOf(rowsPerTable);
            problems = List.copyOf(problems);
        }

        public boolean clean() {
            return problems.isEmpty();
        }

        public long rows(String table) {
            return rowsPerTable.getOrDefault(table.toLowerCase(Locale.ROOT), 0L);
        }

        /** One paragraph: what was read and what is wrong, or that nothing is. */
        public String summary() {
            String read = "all " + tablesRead + " tables read (" + rowsRead + " rows)";
            if (problems.isEmpty()) {
                return read + "; no orphan rows";
            }
            return read + "; " + String.join("; ", problems);
        }
    }

    private record ForeignKey(String childTable, String childColumn, String parentTable, String parentColumn) {
    }

    public Report run(Progress progress) {
        return database.withConnection(connection -> {
            List<String> tables = tables(connection);
            Map<String, Long> rows = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            long total = 0;
            int done = 0;
            for (String table : tables) {
                progress.checkCancelled();
                progress.update(done++, tables.size() + 1L, "Reading " + table.toLowerCase(Locale.ROOT) + "…");
                try {
                    long count = readWhole(connection, table);
                    rows.put(table.toLowerCase(Locale.ROOT), count);
                    total += count;
                } catch (SQLException e) {
                    problems.add("table " + table.toLowerCase(Locale.ROOT) + " cannot be read (" + firstLine(e) + ")");
                }
            }
            progress.update(done, tables.size() + 1L, "Looking for orphan rows…");
            for (ForeignKey key : foreignKeys(connection, tables)) {
                progress.checkCancelled();
                try {
                    orphans(connection, key).ifPresent(problems::add);
                } catch (SQLException e) {
                    problems.add("the link from " + key.childTable().toLowerCase(Locale.ROOT) + " to "
                            + key.parentTable().toLowerCase(Locale.ROOT) + " cannot be checked (" + firstLine(e) + ")");
                }
            }
            progress.checkCancelled();
            try {
                callCounts(connection).ifPresent(problems::add);
            } catch (SQLException e) {
                problems.add("the cases' call counts cannot be checked (" + firstLine(e) + ")");
            }
            progress.update(tables.size() + 1L, tables.size() + 1L, "Integrity check done");
            return new Report(tables.size(), total, rows, problems);
        });
    }

    /** The application's tables (Flyway's history included: a damaged history blocks every later open). */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        tables.sort(String.CASE_INSENSITIVE_ORDER);
        return tables;
    }

    /** Reads every column of every row, so each data page is decoded once; returns the row count. */
    private static long readWhole(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery("SELECT * FROM " + quote(table))) {
                int columns = rs.getMetaData().getColumnCount();
                long count = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    count++;
                }
                return count;
            }
        }
    }

    private static List<ForeignKey> foreignKeys(Connection connection, List<String> tables) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<ForeignKey> keys = new ArrayList<>();
        for (String table : tables) {
            try (ResultSet rs = meta.getImportedKeys(null, connection.getSchema(), table)) {
                while (rs.next()) {
                    // All of Tracebench's keys are single-column; a compound key would show as several rows here.
                    keys.add(new ForeignKey(rs.getString("FKTABLE_NAME"), rs.getString("FKCOLUMN_NAME"),
                            rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME")));
                }
            }
        }
        return keys;
    }

    private static java.util.Optional<String> orphans(Connection connection, ForeignKey key) throws SQLException {
        String child = quote(key.childTable());
        String column = quote(key.childColumn());
        String sql = "SELECT c." + column + " FROM " + child + " c WHERE c." + column + " IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM " + quote(key.parentTable()) + " p WHERE p." + quote(key.parentColumn()) + " = c." + column
                + ") ORDER BY c." + column;
        long count = 0;
        List<String> missing = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                count++;
                String id = rs.getString(1);
                if (missing.size() < IDS_NAMED && !missing.contains(id)) {
                    missing.add(id);
                }
            }
        }
        if (count == 0) {
            return java.util.Optional.empty();
        }
        String ids = String.join(", ", missing);
        return java.util.Optional.of(count + " " + noun(key.childTable(), count) + (count == 1 ? " refers to " : " refer to ") + noun(key.parentTable(), 2)
                + " that do not exist (" + key.childColumn().toLowerCase(Locale.ROOT) + " " + ids
                + (missing.size() == IDS_NAMED ? ", …" : "") + ")");
    }

    /**
     * The number of calls the case list shows for each case is kept, not counted (decision 0712); a kept number
     * that differs from the calls the case holds is named with the way to set it right.
     */
    private static java.util.Optional<String> callCounts(Connection connection) throws SQLException {
        List<CallCounts.Mismatch> wrong = CallCounts.mismatches(connection);
        if (wrong.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> named = wrong.stream().limit(IDS_NAMED).map(m -> "case " + m.caseId()
                + (m.caseKey() == null ? "" : " (" + m.caseKey() + ")") + " lists " + m.kept() + " calls but holds " + m.held())
                .toList();
        return java.util.Optional.of(wrong.size() + (wrong.size() == 1 ? " case's call count is" : " cases' call counts are")
                + " wrong: " + String.join(", ", named) + (wrong.size() > IDS_NAMED ? ", …" : "")
                + "; `tracebench check --recount` sets them to the calls held");
    }

    /** The words a user knows for the main tables; the table's own name otherwise. */
    private static String noun(String table, long count) {
        String name = table.toLowerCase(Locale.ROOT);
        String plural = switch (name) {
            case "hop" -> "hops";
            case "traced_call" -> "calls";
            case "case_file" -> "cases";
            case "provider" -> "providers";
            case "campaign" -> "campaigns";
            case "notice" -> "notices";
            case "deadline" -> "deadlines";
            case "import_batch" -> "imports";
            default -> "rows of " + name;
        };
        if (count == 1 && !plural.startsWith("rows of ")) {
            return plural.substring(0, plural.length() - 1);
        }
        return count == 1 ? "row of " + name : plural;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
