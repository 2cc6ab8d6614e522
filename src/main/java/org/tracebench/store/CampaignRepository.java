package org.tracebench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracebench.model.Campaign;
import org.tracebench.model.CampaignMerge;

/**
 * Campaign names, each stored once, and their merges. A merged campaign keeps its row (its calls still point
 * at it) and names in {@code merged_into} the canonical campaign its calls count under.
 */
public final class CampaignRepository {

    private final Database database;

    public CampaignRepository(Database database) {
        this.database = database;
    }

    /** The id of the campaign with exactly this name, created if it does not exist yet. */
    public long idFor(String name) {
        return database.withConnection(c -> {
            Optional<Long> existing = Jdbc.queryOne(c, "SELECT id FROM campaign WHERE name = ?", r -> r.getLong(1), name);
            if (existing.isPresent()) {
                return existing.get();
            }
            return Jdbc.insert(c, "INSERT INTO campaign (name) VALUES (?)", name);
        });
    }

    public List<Campaign> findAll() {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM campaign ORDER BY name", CampaignRepository::map));
    }

    public Optional<Campaign> find(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM campaign WHERE id = ?", CampaignRepository::map, id));
    }

    public Optional<Campaign> findByName(String name) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM campaign WHERE name = ?", CampaignRepository::map, name));
    }

    /** Calls filed under each campaign row (not under its canonical one), of one case or, with null, of all. */
    public Map<Long, Long> callCounts(Long caseId) {
        return database.withConnection(c -> {
            Map<Long, Long> counts = new HashMap<>();
            String sql = "SELECT campaign_id, COUNT(*) FROM traced_call WHERE campaign_id IS NOT NULL"
                    + (caseId == null ? "" : " AND case_id = ?") + " GROUP BY campaign_id";
            Jdbc.query(c, sql, r -> counts.put(r.getLong(1), r.getLong(2)), caseId == null ? new Object[0] : new Object[] {caseId});
            return counts;
        });
    }

    /** The campaigns merged into {@code canonicalId} (its aliases). */
    public List<Campaign> aliasesOf(long canonicalId) {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM campaign WHERE merged_into = ? ORDER BY name",
                CampaignRepository::map, canonicalId));
    }

    public void setMergedInto(long campaignId, Long canonicalId) {
        database.withConnection(c -> Jdbc.update(c, "UPDATE campaign SET merged_into = ? WHERE id = ?", canonicalId, campaignId));
    }

    /** Removes a campaign that no call, alias or open merge refers to; returns whether it went. */
    public boolean deleteIfUnused(long campaignId) {
        return database.withConnection(c -> Jdbc.update(c, """
                DELETE FROM campaign WHERE id = ?
                  AND NOT EXISTS (SELECT 1 FROM traced_call WHERE campaign_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM campaign m WHERE m.merged_into = ?)
                  AND NOT EXISTS (SELECT 1 FROM campaign_merge g WHERE g.undone_at IS NULL AND (g.source_id = ? OR g.target_id = ?))""",
                campaignId, campaignId, campaignId, campaignId, campaignId) > 0);
    }

    public CampaignMerge insertMerge(CampaignMerge merge) {
        return database.withConnection(c -> {
            long id = Jdbc.insert(c, """
                    INSERT INTO campaign_merge (merged_at, actor, source_id, source_name, target_id, target_name, carried,
                        target_created, calls, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    merge.mergedAt(), merge.actor(), merge.sourceId(), merge.sourceName(), merge.targetId(), merge.targetName(),
                    Jdbc.joinLines(merge.carried().stream().map(String::valueOf).toList()), merge.targetCreated(),
                    merge.calls(), merge.reason());
            return findMerge(id).orElseThrow();
        });
    }

    public Optional<CampaignMerge> findMerge(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM campaign_merge WHERE id = ?",
                CampaignRepository::mapMerge, id));
    }

    /** The newest merges first. */
    public List<CampaignMerge> latestMerges(int limit) {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM campaign_merge ORDER BY id DESC FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", CampaignRepository::mapMerge));
    }

    /** Open (not undone) merges that took {@code campaignId} somewhere, newest first. */
    public List<CampaignMerge> openMergesOf(long campaignId) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT * FROM campaign_merge WHERE source_id = ? AND undone_at IS NULL ORDER BY id DESC",
                CampaignRepository::mapMerge, campaignId));
    }

    public void markUndone(long mergeId, Instant at, String by) {
        database.withConnection(c -> Jdbc.update(c, "UPDATE campaign_merge SET undone_at = ?, undone_by = ? WHERE id = ?",
                at, by, mergeId));
    }

    private static Campaign map(ResultSet r) throws SQLException {
        return new Campaign(r.getLong("id"), r.getString("name"), r.getString("description"), Jdbc.nullableLong(r, "merged_into"));
    }

    private static CampaignMerge mapMerge(ResultSet r) throws SQLException {
        return new CampaignMerge(r.getLong("id"), Jdbc.instant(r, "merged_at"), r.getString("actor"), r.getLong("source_id"),
                r.getString("source_name"), r.getLong("target_id"), r.getString("target_name"),
                Jdbc.splitLines(r.getString("carried")).stream().map(Long::valueOf).toList(), r.getBoolean("target_created"),
                r.getLong("calls"), r.getString("reason"), Jdbc.instant(r, "undone_at"), r.getString("undone_by"));
    }
}
