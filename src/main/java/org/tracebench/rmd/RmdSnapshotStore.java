package org.tracebench.rmd;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/** Persistence of RMD snapshots, their rows and the review list. */
public final class RmdSnapshotStore {

    private final Database database;

    public RmdSnapshotStore(Database database) {
        this.database = database;
    }

    public RmdSnapshot insertSnapshot(LocalDate asOf, String sourceFile, int rows, Instant importedAt) {
        return database.withConnection(c -> {
            long id = Jdbc.insert(c, "INSERT INTO rmd_snapshot (as_of, imported_at, source_file, row_count) VALUES (?, ?, ?, ?)",
                    asOf, importedAt, sourceFile, rows);
            return new RmdSnapshot(id, asOf, importedAt, sourceFile, rows);
        });
    }

    /** Inserts the rows of a snapshot in one batch; returns their ids in the same order. */
    public List<Long> insertEntries(long snapshotId, List<RmdMatch> matches) {
        return database.withConnection(c -> {
            java.util.List<Long> ids = new java.util.ArrayList<>(matches.size());
            for (RmdMatch m : matches) {
                ids.add(insertEntry(c, snapshotId, m.record(), m.provider() == null ? null : m.provider().id(), m.rule()));
            }
            return ids;
        });
    }

    private static long insertEntry(Connection c, long snapshotId, RmdRecord r, Long providerId, String rule)
            throws SQLException {
        return Jdbc.insert(c, """
                INSERT INTO rmd_entry (snapshot_id, row_number, rmd_number, business_name, frn, previous_dba_names,
                    other_dba_names, foreign_provider, implementation, gateway_choice, intermediate_choice, contact_name,
                    contact_title, contact_department, contact_address, contact_email, contact_phone, country,
                    last_updated, last_recertified, provider_id, match_rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                snapshotId, r.rowNumber(), r.rmdNumber(), r.businessName(), r.frn(), Jdbc.joinLines(r.previousDbaNames()),
                Jdbc.joinLines(r.otherDbaNames()), r.foreignProvider(), r.implementation(), r.gatewayChoice(),
                r.intermediateChoice(), r.contactName(), r.contactTitle(), r.contactDepartment(), r.contactAddress(),
                r.contactEmail(), r.contactPhone(), r.country(), r.lastUpdated(), r.lastRecertified(), providerId, rule);
    }

    public void insertReview(long snapshotId, long entryId, Long candidateProviderId, String reason) {
        database.withConnection(c -> Jdbc.insert(c, """
                INSERT INTO rmd_review (snapshot_id, entry_id, candidate_provider_id, reason, resolution)
                VALUES (?, ?, ?, ?, ?)""", snapshotId, entryId, candidateProviderId, reason, RmdReviewItem.Resolution.OPEN));
    }

    public void resolveReview(long reviewId, RmdReviewItem.Resolution resolution, String actor, Instant at) {
        database.withConnection(c -> Jdbc.update(c,
                "UPDATE rmd_review SET resolution = ?, resolved_at = ?, resolved_by = ? WHERE id = ?",
                resolution, at, actor, reviewId));
    }

    /** Closes the other open proposals for the same row once one of them was decided. */
    public void closeSiblings(long entryId, long keptReviewId, String actor, Instant at) {
        database.withConnection(c -> Jdbc.update(c, """
                UPDATE rmd_review SET resolution = ?, resolved_at = ?, resolved_by = ?
                WHERE entry_id = ? AND id <> ? AND resolution = ?""",
                RmdReviewItem.Resolution.REJECTED, at, actor, entryId, keptReviewId, RmdReviewItem.Resolution.OPEN));
    }

    public void assignEntry(long entryId, long providerId, String rule) {
        database.withConnection(c -> Jdbc.update(c, "UPDATE rmd_entry SET provider_id = ?, match_rule = ? WHERE id = ?",
                providerId, rule, entryId));
    }

    /** The providers that appear in at least one hop of a traced call. */
    public java.util.Set<Long> providersInCallPaths() {
        return database.withConnection(c -> new java.util.HashSet<>(Jdbc.query(c, "SELECT DISTINCT provider_id FROM hop",
                r -> r.getLong(1))));
    }

    public List<RmdSnapshot> snapshots() {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM rmd_snapshot ORDER BY as_of, id", RmdSnapshotStore::mapSnapshot));
    }

    public Optional<RmdSnapshot> snapshot(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM rmd_snapshot WHERE id = ?", RmdSnapshotStore::mapSnapshot, id));
    }

    public Optional<RmdSnapshot> latest() {
        List<RmdSnapshot> all = snapshots();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public List<RmdEntry> entries(long snapshotId) {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM rmd_entry WHERE snapshot_id = ? ORDER BY row_number",
                RmdSnapshotStore::mapEntry, snapshotId));
    }

    public Optional<RmdEntry> entry(long entryId) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM rmd_entry WHERE id = ?", RmdSnapshotStore::mapEntry, entryId));
    }

    /** The rows matched to a provider across all snapshots, oldest snapshot first. */
    public List<RmdEntry> historyOf(long providerId) {
        return database.withConnection(c -> Jdbc.query(c, """
                SELECT e.* FROM rmd_entry e JOIN rmd_snapshot s ON s.id = e.snapshot_id
                WHERE e.provider_id = ? ORDER BY s.as_of, s.id""", RmdSnapshotStore::mapEntry, providerId));
    }

    public List<RmdReviewItem> openReviews() {
        return reviews("WHERE r.resolution = ?", RmdReviewItem.Resolution.OPEN);
    }

    public Optional<RmdReviewItem> review(long id) {
        return reviews("WHERE r.id = ?", id).stream().findFirst();
    }

    public int openReviewCount() {
        return database.withConnection(c -> (int) Jdbc.count(c, "SELECT COUNT(*) FROM rmd_review WHERE resolution = 'OPEN'"));
    }

    private List<RmdReviewItem> reviews(String where, Object... params) {
        return database.withConnection(c -> Jdbc.query(c, """
                SELECT r.id AS review_id, r.snapshot_id AS review_snapshot, r.candidate_provider_id, r.reason, r.resolution,
                       p.name AS candidate_name, e.*
                FROM rmd_review r JOIN rmd_entry e ON e.id = r.entry_id
                LEFT JOIN provider p ON p.id = r.candidate_provider_id""" + " " + where + " ORDER BY r.snapshot_id, e.row_number, r.id",
                row -> new RmdReviewItem(row.getLong("review_id"), row.getLong("review_snapshot"), mapEntry(row),
                        Jdbc.nullableLong(row, "candidate_provider_id"), row.getString("candidate_name"),
                        row.getString("reason"), Jdbc.enumOf(RmdReviewItem.Resolution.class, row, "resolution")), params));
    }

    private static RmdSnapshot mapSnapshot(ResultSet row) throws SQLException {
        return new RmdSnapshot(row.getLong("id"), Jdbc.date(row, "as_of"), Jdbc.instant(row, "imported_at"),
                row.getString("source_file"), row.getInt("row_count"));
    }

    private static RmdEntry mapEntry(ResultSet row) throws SQLException {
        RmdRecord record = new RmdRecord(row.getInt("row_number"), row.getString("rmd_number"), row.getString("business_name"),
                row.getString("frn"), Jdbc.splitLines(row.getString("previous_dba_names")),
                Jdbc.splitLines(row.getString("other_dba_names")), row.getBoolean("foreign_provider"),
                row.getString("implementation"), row.getString("gateway_choice"), row.getString("intermediate_choice"),
                row.getString("contact_name"), row.getString("contact_title"), row.getString("contact_department"),
                row.getString("contact_address"), row.getString("contact_email"), row.getString("contact_phone"),
                row.getString("country"), Jdbc.date(row, "last_updated"), Jdbc.date(row, "last_recertified"));
        return new RmdEntry(row.getLong("id"), row.getLong("snapshot_id"), record, Jdbc.nullableLong(row, "provider_id"),
                row.getString("match_rule"));
    }

}
