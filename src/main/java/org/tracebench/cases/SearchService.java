package org.tracebench.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tracebench.model.NameKey;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/**
 * One search box across cases, providers (every name and alias, FRN, RMD number), campaigns and traced calls
 * (caller ID, called number, traceback id). Calls are the big table (millions of rows): they are only looked
 * up by exact value or prefix over indexed columns, with the spellings a number is typed in ("(202) 555-0182",
 * "2025550182", "+12025550182") turned into the stored E.164 form. The small tables are scanned with LIKE.
 */
public final class SearchService {

    private static final String CALL_SELECT = """
            SELECT t.id, t.case_id, t.caller_id, t.called_number, t.call_time_utc, t.traceback_id,
                   cp.name AS campaign_name, cf.title AS case_title
            FROM traced_call t LEFT JOIN campaign cp ON cp.id = t.campaign_id LEFT JOIN case_file cf ON cf.id = t.case_id""";

    private final Database database;

    public SearchService(Database database) {
        this.database = database;
    }

    public List<SearchHit> search(String query, int limitPerKind) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        int limit = Math.max(1, limitPerKind);
        return database.withConnection(c -> {
            List<SearchHit> hits = new ArrayList<>();
            hits.addAll(cases(c, q, limit));
            hits.addAll(providers(c, q, limit));
            hits.addAll(campaigns(c, q, limit));
            hits.addAll(calls(c, q, limit));
            return hits;
        });
    }

    private static List<SearchHit> cases(Connection c, String q, int limit) throws SQLException {
        String like = "%" + q.toLowerCase(Locale.ROOT) + "%";
        return Jdbc.query(c, """
                SELECT c.id, c.title, c.case_key, c.status, p.name AS target FROM case_file c
                LEFT JOIN provider p ON p.id = c.target_provider_id
                WHERE LOWER(c.title) LIKE ? OR LOWER(c.case_key) LIKE ? OR LOWER(c.issuing_office) LIKE ?
                   OR CAST(c.id AS VARCHAR(20)) = ?
                ORDER BY c.id FETCH FIRST""" + " " + limit + " ROWS ONLY",
                r -> new SearchHit(SearchHit.Kind.CASE, r.getLong("id"), r.getLong("id"), r.getString("title"),
                        r.getString("case_key") + " · " + label(r.getString("status"))
                                + (r.getString("target") == null ? "" : " · " + r.getString("target"))),
                like, like, like, q);
    }

    private static List<SearchHit> providers(Connection c, String q, int limit) throws SQLException {
        Map<Long, SearchHit> hits = new LinkedHashMap<>();
        String key = NameKey.of(q);
        String lower = "%" + q.toLowerCase(Locale.ROOT) + "%";
        String keyLike = key.isEmpty() ? lower : "%" + key + "%";
        Jdbc.query(c, """
                SELECT p.id, p.name, p.frn, p.rmd_number, p.rmd_status, a.alias FROM provider p
                JOIN provider_alias a ON a.provider_id = p.id
                WHERE a.normalized LIKE ? OR LOWER(a.alias) LIKE ?
                ORDER BY p.name, a.id FETCH FIRST""" + " " + (limit * 4) + " ROWS ONLY", r -> {
                    long id = r.getLong("id");
                    String alias = r.getString("alias");
                    String name = r.getString("name");
                    hits.putIfAbsent(id, new SearchHit(SearchHit.Kind.PROVIDER, id, 0, name,
                            (alias.equals(name) ? "" : "also \"" + alias + "\" · ") + providerLine(r)));
                    return null;
                }, keyLike, lower);
        String digits = q.replaceAll("\\D", "");
        if (!digits.isEmpty() && digits.length() <= 10 && q.matches("[\\d\\s-]+")) {
            String frn = "0".repeat(10 - digits.length()) + digits;
            Jdbc.query(c, "SELECT id, name, frn, rmd_number, rmd_status FROM provider WHERE frn = ? OR frn = ?", r -> {
                hits.putIfAbsent(r.getLong("id"), new SearchHit(SearchHit.Kind.PROVIDER, r.getLong("id"), 0,
                        r.getString("name"), "FRN match · " + providerLine(r)));
                return null;
            }, frn, digits);
        }
        String rmd = q.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (rmd.startsWith("RMD")) {
            Jdbc.query(c, "SELECT id, name, frn, rmd_number, rmd_status FROM provider WHERE rmd_number >= ? AND rmd_number < ?",
                    r -> {
                        hits.putIfAbsent(r.getLong("id"), new SearchHit(SearchHit.Kind.PROVIDER, r.getLong("id"), 0,
                                r.getString("name"), "RMD number match · " + providerLine(r)));
                        return null;
                    }, rmd, rmd + "\uffff");
        }
        return hits.values().stream().limit(limit).toList();
    }

    private static String providerLine(java.sql.ResultSet r) throws SQLException {
        List<String> parts = new ArrayList<>();
        parts.add("RMD " + label(r.getString("rmd_status")));
        if (r.getString("rmd_number") != null) {
            parts.add(r.getString("rmd_number"));
        }
        if (r.getString("frn") != null) {
            parts.add("FRN " + r.getString("frn"));
        }
        return String.join(" · ", parts);
    }

    /** Campaign names only: counting their calls here would read every call of a big campaign on each keystroke. */
    private static List<SearchHit> campaigns(Connection c, String q, int limit) throws SQLException {
        return Jdbc.query(c, """
                SELECT cp.id, cp.name, cp.description FROM campaign cp WHERE LOWER(cp.name) LIKE ?
                ORDER BY cp.name FETCH FIRST""" + " " + limit + " ROWS ONLY",
                r -> new SearchHit(SearchHit.Kind.CAMPAIGN, r.getLong("id"), 0, r.getString("name"),
                        r.getString("description") == null ? "campaign" : r.getString("description")),
                "%" + q.toLowerCase(Locale.ROOT) + "%");
    }

    private static List<SearchHit> calls(Connection c, String q, int limit) throws SQLException {
        Map<Long, SearchHit> hits = new LinkedHashMap<>();
        for (String prefix : numberPrefixes(q)) {
            for (String column : List.of("caller_id", "called_number")) {
                if (hits.size() >= limit) {
                    break;
                }
                Jdbc.query(c, CALL_SELECT + " WHERE t." + column + " >= ? AND t." + column + " < ? ORDER BY t." + column
                        + ", t.id FETCH FIRST " + limit + " ROWS ONLY", r -> {
                            hits.putIfAbsent(r.getLong("id"), callHit(r, column.equals("caller_id") ? "caller ID" : "called number"));
                            return null;
                        }, prefix, prefix + "\uffff");
            }
        }
        if (hits.size() < limit) {
            Jdbc.query(c, CALL_SELECT + " WHERE t.traceback_id = ? FETCH FIRST " + limit + " ROWS ONLY", r -> {
                hits.putIfAbsent(r.getLong("id"), callHit(r, "traceback id"));
                return null;
            }, q);
        }
        return hits.values().stream().limit(limit).toList();
    }

    /**
     * The stored spellings a typed number may start with: as typed, its digits, and E.164 with "+" or "+1"
     * (North American numbers typed without the country code). Needs at least four digits, so a word is not
     * taken for a number.
     */
    static List<String> numberPrefixes(String q) {
        String digits = q.replaceAll("\\D", "");
        if (digits.length() < 4 || !q.matches("[+\\d\\s().\\-]+")) {
            return List.of();
        }
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add("+" + digits);
        if (digits.length() <= 10 && !digits.startsWith("1")) {
            prefixes.add("+1" + digits);
        }
        prefixes.add(digits);
        prefixes.add(q);
        return List.copyOf(prefixes);
    }

    private static SearchHit callHit(java.sql.ResultSet r, String matchedOn) throws SQLException {
        Instant at = Jdbc.instant(r, "call_time_utc");
        String caller = r.getString("caller_id");
        String called = r.getString("called_number");
        String title = (caller == null ? "(no caller ID)" : caller) + " → " + (called == null ? "(redacted)" : called);
        List<String> parts = new ArrayList<>();
        parts.add("matched " + matchedOn);
        if (at != null) {
            parts.add(at.toString().replace("T", " ").replace("Z", " UTC"));
        }
        if (r.getString("campaign_name") != null) {
            parts.add(r.getString("campaign_name"));
        }
        if (r.getString("case_title") != null) {
            parts.add(r.getString("case_title"));
        }
        return new SearchHit(SearchHit.Kind.CALL, r.getLong("id"), r.getLong("case_id"), title, String.join(" · ", parts));
    }

    /**
     * The search a first version would write: a substring scan of both number columns. Kept only as the
     * baseline of SearchBenchmark; it cannot use an index.
     */
    int naiveCallScan(String q, int limit) {
        String like = "%" + q + "%";
        return database.withConnection(c -> Jdbc.query(c, CALL_SELECT
                + " WHERE t.caller_id LIKE ? OR t.called_number LIKE ? ORDER BY t.id FETCH FIRST " + limit + " ROWS ONLY",
                r -> r.getLong("id"), like, like).size());
    }

    private static String label(String enumName) {
        return enumName == null ? "" : enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
