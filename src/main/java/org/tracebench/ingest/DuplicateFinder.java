package org.tracebench.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tracebench.model.TracedCall;
import org.tracebench.store.Jdbc;

/**
 * Tells, for each incoming call, whether the target case already holds it ({@link CallIdentity}) and if
 * so whether its values differ. The case's calls are loaded once into a map before the first row, so a
 * row costs a map look-up, not a query.
 */
final class DuplicateFinder {

    enum Kind { NEW, IDENTICAL, CHANGED, IN_FILE }

    /** A field whose stored value differs from the file's. */
    record Difference(String field, String stored, String incoming) {
        @Override
        public String toString() {
            return field + ": \"" + stored + "\" -> \"" + incoming + "\"";
        }
    }

    record Verdict(Kind kind, long existingId, List<Difference> differences) {
    }

    private final Map<String, Long> idsByIdentity = new HashMap<>();
    private final Map<Long, Map<String, String>> valuesById = new HashMap<>();
    private final Set<String> seenInFile = new HashSet<>();
    private final boolean compareHops;

    private DuplicateFinder(boolean compareHops) {
        this.compareHops = compareHops;
    }

    /** Loads the calls of a case; their hops only for traceback files. */
    static DuplicateFinder load(Connection c, long caseId, boolean compareHops) throws SQLException {
        DuplicateFinder finder = new DuplicateFinder(compareHops);
        String where = "t.case_id = ?";
        Object[] params = {caseId};
        Map<Long, List<String>> notifications = new HashMap<>();
        for (Object[] row : Jdbc.query(c, "SELECT n.traced_call_id, n.notified_at FROM traced_call_notification n "
                + "JOIN traced_call t ON t.id = n.traced_call_id WHERE " + where + " ORDER BY n.traced_call_id, n.position",
                r -> new Object[] {r.getLong(1), Jdbc.instant(r, "notified_at")}, params)) {
            notifications.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(String.valueOf(row[1]));
        }
        Map<Long, List<String>> hops = new HashMap<>();
        if (compareHops) {
            for (Object[] row : Jdbc.query(c, "SELECT h.traced_call_id, h.hop_order, COALESCE(h.provider_as_written, p.name), "
                    + "h.role, h.notified_at, h.responded_at, h.response, h.attestation FROM hop h "
                    + "JOIN traced_call t ON t.id = h.traced_call_id JOIN provider p ON p.id = h.provider_id WHERE " + where
                    + " ORDER BY h.traced_call_id, h.hop_order", r -> new Object[] {r.getLong(1), hop(r.getInt(2),
                    r.getString(3), r.getString(4), Jdbc.instant(r, "notified_at"), Jdbc.instant(r, "responded_at"),
                    r.getString(7), r.getString(8))}, params)) {
                hops.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        Jdbc.query(c, "SELECT t.*, cp.name AS campaign_name FROM traced_call t LEFT JOIN campaign cp ON cp.id = t.campaign_id "
                + "WHERE " + where, r -> {
                    long id = r.getLong("id");
                    Instant time = Jdbc.instant(r, "call_time_utc");
                    String tracebackId = r.getString("traceback_id");
                    Map<String, String> values = values(time, r.getString("caller_id"), r.getString("called_number"),
                            r.getString("campaign_name"), r.getString("violation"), r.getString("response"),
                            r.getString("customer_as_written"), notifications.getOrDefault(id, List.of()),
                            compareHops ? hops.getOrDefault(id, List.of()) : null);
                    finder.valuesById.put(id, values);
                    String byTraceback = CallIdentity.ofTraceback(tracebackId);
                    if (byTraceback != null) {
                        finder.idsByIdentity.putIfAbsent(byTraceback, id);
                    }
                    finder.idsByIdentity.putIfAbsent(CallIdentity.ofFields(time, r.getString("caller_id"),
                            r.getString("called_number"), r.getString("campaign_name"), r.getString("customer_as_written")), id);
                    return null;
                }, params);
        return finder;
    }

    /** Classifies one call of the file; {@code hopRows} are compared only for traceback files. */
    Verdict classify(TracedCall call, List<CallBatchWriter.HopRow> hopRows) {
        String identity = CallIdentity.ofTraceback(call.tracebackId());
        if (identity == null) {
            identity = CallIdentity.ofFields(call.callTimeUtc(), call.callerId(), call.calledNumber(), call.campaign(),
                    call.customerAsWritten());
        }
        // A traceback repeated in the file is already an error of its own (its rows are not together).
        boolean trackInFile = call.tracebackId() == null;
        if (trackInFile && !seenInFile.add(identity)) {
            return new Verdict(Kind.IN_FILE, 0, List.of());
        }
        Long existing = idsByIdentity.get(identity);
        if (existing == null) {
            return new Verdict(Kind.NEW, 0, List.of());
        }
        Map<String, String> stored = valuesById.get(existing);
        Map<String, String> incoming = values(call.callTimeUtc(), call.callerId(), call.calledNumber(), call.campaign(),
                call.violation(), call.response().name(), call.customerAsWritten(),
                call.notifications().stream().map(String::valueOf).toList(),
                compareHops ? hopRows.stream().map(h -> hop(h.hop().order(), h.providerAsWritten(), name(h.hop().role()),
                        h.hop().notifiedAt(), h.hop().respondedAt(), name(h.hop().response()), h.hop().attestation())).toList()
                        : null);
        List<Difference> differences = new ArrayList<>();
        incoming.forEach((field, value) -> {
            if (!Objects.equals(stored.get(field), value)) {
                differences.add(new Difference(field, Objects.toString(stored.get(field), ""), Objects.toString(value, "")));
            }
        });
        return new Verdict(differences.isEmpty() ? Kind.IDENTICAL : Kind.CHANGED, existing, List.copyOf(differences));
    }

    private static Map<String, String> values(Instant time, String caller, String called, String campaign, String violation,
                                              String response, String customer, List<String> notifications,
                                              List<String> hops) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Date of Call", time == null ? "" : time.toString());
        values.put("Caller ID", blank(caller));
        values.put("Called Number", blank(called));
        values.put("Description", blank(campaign));
        values.put("Violation", blank(violation));
        values.put("Customer", blank(customer));
        values.put("Response", blank(response));
        values.put("Date of ITG Notification", String.join(" ", notifications));
        if (hops != null) {
            values.put("Hops", String.join("; ", hops));
        }
        return values;
    }

    private static String hop(int order, String provider, String role, Instant notified, Instant responded, String response,
                              String attestation) {
        return List.of(String.valueOf(order), blank(provider), blank(role), notified == null ? "" : notified.toString(),
                responded == null ? "" : responded.toString(), blank(response), blank(attestation)).stream()
                .collect(Collectors.joining(" "));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
