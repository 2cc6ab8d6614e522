package org.tracebench.store;

import java.util.List;
import java.util.Optional;
import org.tracebench.model.Campaign;

/** Campaign names, each stored once. */
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
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM campaign ORDER BY name",
                r -> new Campaign(r.getLong("id"), r.getString("name"), r.getString("description"))));
    }
}
