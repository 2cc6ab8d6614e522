package org.tracebench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Direct links between providers as recorded in hops, read with indexed joins so that questions about
 * one provider do not load the whole store.
 */
public final class HopLinkRepository {

    /** One traced call in which the provider handed the call to, or took it from, another provider. */
    public record Link(long otherProviderId, long tracedCallId, Instant callTime, String campaign) {
    }

    /** One traced call whose traceback request to the provider was not answered. */
    public record Unanswered(long tracedCallId, Instant callTime, String campaign) {
    }

    private final Database database;

    public HopLinkRepository(Database database) {
        this.database = database;
    }

    /**
     * Links from the provider to its neighbours: downstream (the hop below it, towards the terminating
     * provider) or upstream (the hop above it). Calls before since (when given) are left out.
     */
    public List<Link> links(long providerId, boolean downstream, Instant since) {
        String neighbourOrder = downstream ? "h.hop_order - 1" : "h.hop_order + 1";
        String sql = """
                SELECT o.provider_id, t.id, t.call_time_utc, COALESCE(cc.name, cp.name) AS campaign
                FROM hop h
                JOIN hop o ON o.traced_call_id = h.traced_call_id AND o.hop_order = %s
                JOIN traced_call t ON t.id = h.traced_call_id
                LEFT JOIN campaign cp ON cp.id = t.campaign_id
                LEFT JOIN campaign cc ON cc.id = cp.merged_into
                WHERE h.provider_id = ? AND o.provider_id <> ?%s
                ORDER BY t.id""".formatted(neighbourOrder, since == null ? "" : " AND t.call_time_utc >= ?");
        Object[] params = since == null ? new Object[] {providerId, providerId} : new Object[] {providerId, providerId, since};
        return database.withConnection(c -> Jdbc.query(c, sql, HopLinkRepository::link, params));
    }

    /** The traced calls in which the provider's hop is recorded as not answered. */
    public List<Unanswered> unanswered(long providerId, Instant since) {
        String sql = """
                SELECT t.id, t.call_time_utc, COALESCE(cc.name, cp.name) AS campaign
                FROM hop h
                JOIN traced_call t ON t.id = h.traced_call_id
                LEFT JOIN campaign cp ON cp.id = t.campaign_id
                LEFT JOIN campaign cc ON cc.id = cp.merged_into
                WHERE h.provider_id = ? AND h.response = 'NO_RESPONSE'%s
                ORDER BY t.id""".formatted(since == null ? "" : " AND t.call_time_utc >= ?");
        Object[] params = since == null ? new Object[] {providerId} : new Object[] {providerId, since};
        return database.withConnection(c -> Jdbc.query(c, sql,
                row -> new Unanswered(row.getLong(1), Jdbc.instant(row, "call_time_utc"), row.getString("campaign")),
                params));
    }

    private static Link link(ResultSet row) throws SQLException {
        return new Link(row.getLong(1), row.getLong(2), Jdbc.instant(row, "call_time_utc"), row.getString("campaign"));
    }

}
