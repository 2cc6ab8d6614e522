package org.tracebench.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * Tells, for each incoming call, whether the target case (or, for an import into no case, the calls of no
 * case) already holds it ({@link CallIdentity}) and if so whether its values differ. The stored calls'
 * identities and fingerprints are loaded once before the first row, so a row costs a map look-up, not a
 * query; only a call that differs is read again, to name its differences.
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
    // A fingerprint of each stored call's values, not the values: a million stored calls stay a few tens of
    // megabytes. The values themselves are read again only for a call whose fingerprint differs.
    private final Map<Long, Long> fingerprintById = new HashMap<>();
    private final Set<String> seenInFile = new HashSet<>();
    private final Connection connection;
    private final boolean compareHops;

    private DuplicateFinder(Connection connection, boolean compareHops) {
        this.connection = connection;
        this.compareHops = compareHops;
    }

    /**
     * Loads the calls of a case, or the calls of no case when {@code caseId} is null (imports into no case
     * must not double either); their hops only for traceback files.
     */
    static DuplicateFinder load(Connection c, Long caseId, boolean compareHops) throws SQLException {
        DuplicateFinder finder = new DuplicateFinder(c, compareHops);
        Scope scope = caseId == null ? new Scope("t.case_id IS NULL") : new Scope("t.case_id = ?", caseId);
        finder.read(scope, (id, identities, values) -> {
            identities.forEach(identity -> finder.idsByIdentity.putIfAbsent(identity, id));
            finder.fingerprintById.put(id, fingerprint(values));
        });
        return finder;
    }

    /** Which stored calls a read covers: a where clause on {@code t} (traced_call) and its parameters. */
    private record Scope(String where, Object... params) {
    }

    private interface StoredCall {
        void accept(long id, List<String> identities, Map<String, String> values);
    }

    private void read(Scope scope, StoredCall sink) throws SQLException {
        Map<Long, List<String>> notifications = new HashMap<>();
        Jdbc.query(connection, "SELECT n.traced_call_id, n.notified_at FROM traced_call_notification n "
                + "JOIN traced_call t ON t.id = n.traced_call_id WHERE " + scope.where() + " ORDER BY n.traced_call_id, n.position",
                r -> notifications.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(String.valueOf(Jdbc.instant(r, "notified_at"))), scope.params());
        // Hops are folded into one string per call as they stream by (ordered by call), never held as rows.
        Map<Long, String> hops = new HashMap<>();
        if (compareHops) {
            List<String> current = new ArrayList<>();
            long[] currentId = {-1};
            Jdbc.query(connection, "SELECT h.traced_call_id, h.hop_order, COALESCE(h.provider_as_written, p.name), "
                    + "h.role, h.notified_at, h.responded_at, h.response, h.attestation FROM hop h "
                    + "JOIN traced_call t ON t.id = h.traced_call_id JOIN provider p ON p.id = h.provider_id WHERE " + scope.where()
                    + " ORDER BY h.traced_call_id, h.hop_order", r -> {
                        long id = r.getLong(1);
                        if (id != currentId[0] && currentId[0] >= 0) {
                            hops.put(currentId[0], String.join("; ", current));
                            current.clear();
                        }
                        currentId[0] = id;
                        current.add(hop(r.getInt(2), r.getString(3), r.getString(4), Jdbc.instant(r, "notified_at"),
                                Jdbc.instant(r, "responded_at"), r.getString(7), r.getString(8)));
                        return null;
                    }, scope.params());
            if (currentId[0] >= 0) {
                hops.put(currentId[0], String.join("; ", current));
            }
        }
        Jdbc.query(connection, "SELECT t.*, cp.name AS campaign_name FROM traced_call t LEFT JOIN campaign cp ON cp.id = t.campaign_id "
                + "WHERE " + scope.where(), r -> {
                    long id = r.getLong("id");
                    Instant time = Jdbc.instant(r, "call_time_utc");
                    Map<String, String> values = values(time, r.getString("caller_id"), r.getString("called_number"),
                            r.getString("campaign_name"), r.getString("violation"), r.getString("response"),
                            r.getString("customer_as_written"), notifications.getOrDefault(id, List.of()),
                            compareHops ? hops.getOrDefault(id, "") : null);
                    List<String> identities = new ArrayList<>(2);
                    String byTraceback = CallIdentity.ofTraceback(r.getString("traceback_id"));
                    if (byTraceback != null) {
                        identities.add(byTraceback);
                    }
                    identities.add(CallIdentity.ofFields(time, r.getString("caller_id"), r.getString("called_number"),
                            r.getString("campaign_name"), r.getString("customer_as_written")));
                    sink.accept(id, identities, values);
                    return null;
                }, scope.params());
    }

    /** Classifies one call of the file; {@code hopRows} are compared only for traceback files. */
    Verdict classify(TracedCall call, List<CallBatchWriter.HopRow> hopRows) throws SQLException {
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
        Map<String, String> incoming = values(call.callTimeUtc(), call.callerId(), call.calledNumber(), call.campaign(),
                call.violation(), call.response().name(), call.customerAsWritten(),
                call.notifications().stream().map(String::valueOf).toList(),
                compareHops ? hopRows.stream().map(h -> hop(h.hop().order(), h.providerAsWritten(), name(h.hop().role()),
                        h.hop().notifiedAt(), h.hop().respondedAt(), name(h.hop().response()), h.hop().attestation()))
                        .collect(Collectors.joining("; ")) : null);
        if (fingerprintById.get(existing) == fingerprint(incoming)) {
            return new Verdict(Kind.IDENTICAL, existing, List.of());
        }
        Map<String, String> stored = storedValues(existing);
        List<Difference> differences = new ArrayList<>();
        incoming.forEach((field, value) -> {
            if (!Objects.equals(stored.get(field), value)) {
                differences.add(new Difference(field, Objects.toString(stored.get(field), ""), Objects.toString(value, "")));
            }
        });
        return new Verdict(differences.isEmpty() ? Kind.IDENTICAL : Kind.CHANGED, existing, List.copyOf(differences));
    }

    private Map<String, String> storedValues(long id) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        read(new Scope("t.id = ?", id), (ignored, identities, values) -> found.putAll(values));
        return found;
    }

    /** 64 bits of SHA-256 over the values: a chance collision (a change read as identical) is about 1 in 10^19. */
    private static long fingerprint(Map<String, String> values) {
        MessageDigest digest = sha256();
        values.forEach((field, value) -> {
            digest.update(field.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Objects.toString(value, "").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Map<String, String> values(Instant time, String caller, String called, String campaign, String violation,
                                              String response, String customer, List<String> notifications,
                                              String hops) {
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
            values.put("Hops", hops);
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
