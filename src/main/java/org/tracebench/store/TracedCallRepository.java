package org.tracebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/**
 * Traced calls with their notification times, named customers and hops: one aggregate. Customer names
 * must already exist as parties (matched by name key); callers create them first.
 */
public final class TracedCallRepository {

    private final Database database;
    private final ProviderRepository providers;
    private final CampaignRepository campaigns;
    private final HopLinkRepository hopLinks;

    public TracedCallRepository(Database database, ProviderRepository providers, CampaignRepository campaigns,
                                HopLinkRepository hopLinks) {
        this.database = database;
        this.providers = providers;
        this.campaigns = campaigns;
        this.hopLinks = hopLinks;
    }

    /** Inserts a call and its hops; hop ids and call ids in the arguments are ignored. Returns the stored call. */
    public TracedCall insert(TracedCall call, List<Hop> hops) {
        return database.inTransaction(() -> database.withConnection(c -> {
            Long campaignId = call.campaign() == null || call.campaign().isBlank() ? null : campaigns.idFor(call.campaign());
            Long caseId = call.caseId() == 0 ? null : call.caseId();
            int rowOrder = (int) Jdbc.count(c, "SELECT COUNT(*) FROM traced_call WHERE case_id = ?", caseId);
            long id = Jdbc.insert(c, """
                    INSERT INTO traced_call (case_id, row_order, traceback_id, call_time_utc, caller_id, called_number,
                        campaign_id, violation, response, customer_as_written, description)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    caseId, rowOrder, call.tracebackId(), call.callTimeUtc(), call.callerId(), call.calledNumber(),
                    campaignId, call.violation(), call.response(), call.customerAsWritten(), call.description());
            int position = 0;
            for (Instant notified : call.notifications()) {
                Jdbc.update(c, "INSERT INTO traced_call_notification (traced_call_id, position, notified_at) VALUES (?, ?, ?)",
                        id, position++, notified);
            }
            position = 0;
            for (String customer : call.customers()) {
                long providerId = providers.findByName(customer)
                        .orElseThrow(() -> new StoreException("Unknown customer \"" + customer + "\": add it as a party first"))
                        .id();
                Jdbc.update(c, "INSERT INTO traced_call_customer (traced_call_id, position, provider_id) VALUES (?, ?, ?)",
                        id, position++, providerId);
            }
            for (Hop hop : hops) {
                Jdbc.insert(c, """
                        INSERT INTO hop (traced_call_id, hop_order, provider_id, role, notified_at, responded_at, response,
                            attestation, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        id, hop.order(), hop.providerId(), hop.role(), hop.notifiedAt(), hop.respondedAt(),
                        hop.response(), hop.attestation(), hop.illustrative());
            }
            CallCounts.added(c, caseId, 1);
            return call.withId(id);
        }));
    }

    public List<TracedCall> findByCase(long caseId) {
        return database.withConnection(c -> {
            List<TracedCall> calls = Jdbc.query(c, SELECT + " WHERE t.case_id = ? ORDER BY t.row_order, t.id",
                    TracedCallRepository::mapBare, caseId);
            return withDetails(c, calls, "WHERE t.case_id = ?", caseId);
        });
    }

    /**
     * One page of a case's calls in table order, after the call at (afterRowOrder, afterId); start with
     * (-1, -1). Lets exports stream a case of any size without holding it in memory.
     */
    public List<TracedCall> findByCasePage(long caseId, int afterRowOrder, long afterId, int limit) {
        return database.withConnection(c -> {
            List<TracedCall> calls = Jdbc.query(c, SELECT + """
                     WHERE t.case_id = ? AND (t.row_order > ? OR (t.row_order = ? AND t.id > ?))
                    ORDER BY t.row_order, t.id FETCH FIRST ? ROWS ONLY""",
                    TracedCallRepository::mapBare, caseId, afterRowOrder, afterRowOrder, afterId, limit);
            if (calls.isEmpty()) {
                return calls;
            }
            Object[] ids = calls.stream().map(TracedCall::id).toArray();
            String in = "WHERE t.id IN (" + String.join(", ", java.util.Collections.nCopies(ids.length, "?")) + ")";
            return withDetails(c, calls, in, ids);
        });
    }

    /** The table position of a stored call within its case, for paging with {@link #findByCasePage}. */
    public int rowOrderOf(long tracedCallId) {
        return database.withConnection(c -> (int) Jdbc.count(c, "SELECT row_order FROM traced_call WHERE id = ?", tracedCallId));
    }

    /** Queries over the direct provider-to-provider links recorded in this aggregate's hops. */
    public HopLinkRepository hopLinks() {
        return hopLinks;
    }

    /** One traced call with its details, if it exists. */
    public java.util.Optional<TracedCall> find(long id) {
        return database.withConnection(c -> {
            List<TracedCall> calls = Jdbc.query(c, SELECT + " WHERE t.id = ?", TracedCallRepository::mapBare, id);
            return withDetails(c, calls, "WHERE t.id = ?", id).stream().findFirst();
        });
    }

    /** Every traced call in the store, with or without a case. */
    public List<TracedCall> findAll() {
        return database.withConnection(c -> {
            List<TracedCall> calls = Jdbc.query(c, SELECT + " ORDER BY t.id", TracedCallRepository::mapBare);
            return withDetails(c, calls, "WHERE 1 = ?", 1);
        });
    }

    public List<Hop> hopsOf(long tracedCallId) {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM hop WHERE traced_call_id = ? ORDER BY hop_order",
                TracedCallRepository::mapHop, tracedCallId));
    }

    public List<Hop> hopsOfCase(long caseId) {
        return database.withConnection(c -> Jdbc.query(c, """
                SELECT h.* FROM hop h JOIN traced_call t ON t.id = h.traced_call_id
                WHERE t.case_id = ? ORDER BY h.traced_call_id, h.hop_order""", TracedCallRepository::mapHop, caseId));
    }

    public List<Hop> allHops() {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM hop ORDER BY traced_call_id, hop_order",
                TracedCallRepository::mapHop));
    }

    public int countByCase(long caseId) {
        return database.withConnection(c -> (int) Jdbc.count(c, "SELECT COUNT(*) FROM traced_call WHERE case_id = ?", caseId));
    }

    public int count() {
        return database.withConnection(c -> (int) Jdbc.count(c, "SELECT COUNT(*) FROM traced_call"));
    }

    public void delete(long tracedCallId) {
        database.withConnection(c -> CallCounts.delete(c, "id = ?", tracedCallId));
    }

    private static final String SELECT = """
            SELECT t.*, COALESCE(cc.name, cp.name) AS campaign_name, cp.name AS campaign_as_filed
            FROM traced_call t LEFT JOIN campaign cp ON cp.id = t.campaign_id LEFT JOIN campaign cc ON cc.id = cp.merged_into""";

    private static List<TracedCall> withDetails(Connection c, List<TracedCall> calls, String where, Object... param)
            throws SQLException {
        Map<Long, List<Instant>> notifications = new HashMap<>();
        Jdbc.query(c, "SELECT n.traced_call_id, n.notified_at FROM traced_call_notification n JOIN traced_call t "
                + "ON t.id = n.traced_call_id " + where + " ORDER BY n.traced_call_id, n.position", row -> {
                    notifications.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(Jdbc.instant(row, "notified_at"));
                    return null;
                }, param);
        Map<Long, List<String>> customers = new HashMap<>();
        Jdbc.query(c, "SELECT k.traced_call_id, p.name FROM traced_call_customer k JOIN provider p ON p.id = k.provider_id "
                + "JOIN traced_call t ON t.id = k.traced_call_id " + where + " ORDER BY k.traced_call_id, k.position", row -> {
                    customers.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2));
                    return null;
                }, param);
        List<TracedCall> result = new ArrayList<>(calls.size());
        for (TracedCall call : calls) {
            result.add(new TracedCall(call.id(), call.caseId(), call.tracebackId(), call.callTimeUtc(), call.callerId(),
                    call.calledNumber(), call.campaign(), call.violation(),
                    notifications.getOrDefault(call.id(), List.of()), call.response(),
                    customers.getOrDefault(call.id(), List.of()), call.customerAsWritten(), call.description()));
        }
        return result;
    }

    private static TracedCall mapBare(ResultSet row) throws SQLException {
        Long caseId = Jdbc.nullableLong(row, "case_id");
        return new TracedCall(row.getLong("id"), caseId == null ? 0 : caseId, row.getString("traceback_id"),
                Jdbc.instant(row, "call_time_utc"), row.getString("caller_id"), row.getString("called_number"),
                row.getString("campaign_name"), row.getString("violation"), List.of(),
                Jdbc.enumOf(ResponseStatus.class, row, "response"), List.of(), row.getString("customer_as_written"),
                descriptionAsRecorded(row));
    }

    /**
     * The campaign is read under its canonical name (merged campaigns count under the one they were merged into);
     * a call without a description of its own keeps the name it was filed under, so its table row reads as recorded.
     */
    private static String descriptionAsRecorded(ResultSet row) throws SQLException {
        String description = row.getString("description");
        return description == null || description.isBlank() ? row.getString("campaign_as_filed") : description;
    }

    static Hop mapHop(ResultSet row) throws SQLException {
        return new Hop(row.getLong("id"), row.getLong("traced_call_id"), row.getInt("hop_order"),
                row.getLong("provider_id"), Jdbc.enumOf(HopRole.class, row, "role"), Jdbc.instant(row, "notified_at"),
                Jdbc.instant(row, "responded_at"), Jdbc.enumOf(ResponseStatus.class, row, "response"),
                row.getString("attestation"), row.getBoolean("illustrative"));
    }
}
