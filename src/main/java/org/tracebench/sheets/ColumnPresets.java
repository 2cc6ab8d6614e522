package org.tracebench.sheets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/**
 * The saved column presets, kept in the case store so they travel with it. The built-in Attachment A
 * preset always comes first and cannot be overwritten or deleted.
 */
public final class ColumnPresets {

    private final Database database;
    private final Clock clock;

    public ColumnPresets(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The built-in preset, then the saved ones by name. A saved layout that no longer parses is skipped. */
    public List<ColumnPreset> all() {
        List<ColumnPreset> result = new ArrayList<>();
        result.add(ColumnPreset.attachmentA());
        List<String[]> rows = database.withConnection(c -> Jdbc.query(c,
                "SELECT name, layout FROM column_preset ORDER BY LOWER(name)",
                row -> new String[] {row.getString(1), row.getString(2)}));
        for (String[] row : rows) {
            try {
                result.add(new ColumnPreset(row[0], ColumnLayout.parse(row[1]), false));
            } catch (IllegalArgumentException e) {
                // Written by a newer version with columns this one does not know: leave it untouched.
            }
        }
        return result;
    }

    /** A preset by name, ignoring case. */
    public Optional<ColumnPreset> find(String name) {
        return all().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Saves the layout under the name, replacing a saved preset of that name. */
    public ColumnPreset save(String name, ColumnLayout layout) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A preset needs a name");
        }
        if (trimmed.equalsIgnoreCase(ColumnPreset.BUILT_IN_NAME)) {
            throw new IllegalArgumentException("\"" + ColumnPreset.BUILT_IN_NAME + "\" is built in; choose another name");
        }
        if (trimmed.length() > 200) {
            throw new IllegalArgumentException("A preset name may have at most 200 characters");
        }
        database.inTransaction(() -> database.withConnection(c -> {
            int updated = Jdbc.update(c, "UPDATE column_preset SET name = ?, layout = ?, updated_at = ? WHERE LOWER(name) = LOWER(?)",
                    trimmed, layout.format(), Instant.now(clock), trimmed);
            if (updated == 0) {
                Jdbc.insert(c, "INSERT INTO column_preset (name, layout, updated_at) VALUES (?, ?, ?)",
                        trimmed, layout.format(), Instant.now(clock));
            }
            return null;
        }));
        return new ColumnPreset(trimmed, layout, false);
    }

    /** Deletes a saved preset; returns false if there was none of that name (the built-in one is never deleted). */
    public boolean delete(String name) {
        return database.withConnection(c -> Jdbc.update(c, "DELETE FROM column_preset WHERE LOWER(name) = LOWER(?)",
                name.strip())) > 0;
    }
}
