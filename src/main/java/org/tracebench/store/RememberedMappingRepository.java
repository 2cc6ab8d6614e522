package org.tracebench.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Column mappings remembered per set of headers ({@code remembered_mapping}). The store keeps them as
 * text; {@code ingest} decides what a fingerprint and a mapping line are.
 */
public final class RememberedMappingRepository {

    /** One remembered mapping as stored. */
    public record Stored(String fingerprint, String headers, String mapping, String savedBy, Instant savedAt) {
    }

    private final Database database;

    public RememberedMappingRepository(Database database) {
        this.database = database;
    }

    public Optional<Stored> find(String fingerprint) {
        return database.withConnection(c -> Jdbc.queryOne(c,
                "SELECT fingerprint, headers, mapping, saved_by, saved_at FROM remembered_mapping WHERE fingerprint = ?",
                r -> new Stored(r.getString(1), r.getString(2), r.getString(3), r.getString(4), Jdbc.instant(r, "saved_at")),
                fingerprint));
    }

    /** Saves the mapping for the fingerprint, replacing the one remembered before. */
    public void save(Stored mapping) {
        database.inTransaction(() -> database.withConnection(c -> {
            int updated = Jdbc.update(c, "UPDATE remembered_mapping SET headers = ?, mapping = ?, saved_by = ?, saved_at = ? "
                    + "WHERE fingerprint = ?", mapping.headers(), mapping.mapping(), mapping.savedBy(), mapping.savedAt(),
                    mapping.fingerprint());
            if (updated == 0) {
                Jdbc.insert(c, "INSERT INTO remembered_mapping (fingerprint, headers, mapping, saved_by, saved_at) "
                        + "VALUES (?, ?, ?, ?, ?)", mapping.fingerprint(), mapping.headers(), mapping.mapping(),
                        mapping.savedBy(), mapping.savedAt());
            }
            return null;
        }));
    }

    public long count() {
        return database.withConnection(c -> Jdbc.count(c, "SELECT COUNT(*) FROM remembered_mapping"));
    }
}
