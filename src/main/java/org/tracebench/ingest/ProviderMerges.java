package org.tracebench.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tracebench.model.Provider;
import org.tracebench.store.AuditLog;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;
import org.tracebench.store.ProviderRepository;

/**
 * The history of provider merges, and their undoing. A merge puts one spelling under a party: an import
 * meeting "... Pvt. Ltd" when "... Pvt. Ltd." is known, or the user merging two parties. Hops and named
 * customers remember the spelling they were written with, so undoing a merge moves exactly those back to
 * a party of their own.
 */
public final class ProviderMerges {

    /** One spelling merged into a party; undone when {@code undoneAt} is set. */
    public record Merge(long id, Instant mergedAt, String actor, long targetProviderId, String spelling, String reason,
                        Instant undoneAt, Long splitProviderId) {
        public boolean undone() {
            return undoneAt != null;
        }
    }

    /** Starts the reason of every record written by {@link #merge}: marks the records one hand merge wrote together. */
    static final String BY_HAND = "merged by hand: ";

    private final Database database;
    private final ProviderRepository providers;
    private final AuditLog audit;
    private final String actor;
    private final Clock clock;

    public ProviderMerges(Database database, ProviderRepository providers, AuditLog audit, String actor, Clock clock) {
        this.database = database;
        this.providers = providers;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Records that a spelling was merged into a party (on the caller's transaction, if any). */
    public void record(long targetProviderId, String spelling, String reason) {
        database.withConnection(c -> Jdbc.insert(c, """
                INSERT INTO provider_merge (merged_at, actor, target_provider_id, spelling, reason)
                VALUES (?, ?, ?, ?, ?)""", Instant.now(clock), actor, targetProviderId, spelling, truncate(reason)));
    }

    public List<Merge> forProvider(long providerId) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT * FROM provider_merge WHERE target_provider_id = ? ORDER BY id", ProviderMerges::map, providerId));
    }

    public List<Merge> latest(int limit) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT * FROM provider_merge ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                ProviderMerges::map));
    }

    /**
     * Merges party {@code sourceId} into {@code targetId}: its name and aliases become aliases of the target,
     * its hops and named customers move over, and it is removed. Each spelling gets a merge record.
     */
    public Provider merge(long sourceId, long targetId) {
        if (sourceId == targetId) {
            throw new IllegalArgumentException("a party cannot be merged into itself");
        }
        return database.inTransaction(() -> database.withConnection(c -> {
            Provider source = providers.find(sourceId).orElseThrow(() -> new IllegalArgumentException("no party " + sourceId));
            Provider target = providers.find(targetId).orElseThrow(() -> new IllegalArgumentException("no party " + targetId));
            // References written before spellings were kept are pinned to the source's name so undo finds them.
            Jdbc.update(c, "UPDATE hop SET provider_as_written = ? WHERE provider_id = ? AND provider_as_written IS NULL",
                    source.name(), sourceId);
            Jdbc.update(c, "UPDATE traced_call_customer SET name_as_written = ? WHERE provider_id = ? AND name_as_written IS NULL",
                    source.name(), sourceId);
            Jdbc.update(c, "UPDATE hop SET provider_id = ? WHERE provider_id = ?", targetId, sourceId);
            Jdbc.update(c, "UPDATE traced_call_customer SET provider_id = ? WHERE provider_id = ?", targetId, sourceId);
            Jdbc.update(c, "UPDATE case_file SET target_provider_id = ? WHERE target_provider_id = ?", targetId, sourceId);
            Jdbc.update(c, "UPDATE provider_merge SET target_provider_id = ? WHERE target_provider_id = ?", targetId, sourceId);
            // Enforcement history and RMD filings would be lost with the source row (cascade / set null): keep them.
            Jdbc.update(c, "UPDATE enforcement_action SET provider_id = ? WHERE provider_id = ?", targetId, sourceId);
            Jdbc.update(c, "UPDATE rmd_entry SET provider_id = ? WHERE provider_id = ?", targetId, sourceId);
            Jdbc.update(c, "UPDATE rmd_review SET candidate_provider_id = ? WHERE candidate_provider_id = ?", targetId, sourceId);
            List<String> spellings = new java.util.ArrayList<>();
            spellings.add(source.name());
            spellings.addAll(source.aliases());
            Jdbc.update(c, "DELETE FROM provider WHERE id = ?", sourceId);
            for (String spelling : spellings) {
                providers.addAlias(targetId, spelling);
                record(targetId, spelling, BY_HAND + "\"" + source.name() + "\" into \"" + target.name() + "\"");
            }
            audit.record("provider", targetId, "merged", "\"" + source.name() + "\" merged into \"" + target.name() + "\"");
            return providers.find(targetId).orElseThrow();
        }));
    }

    /**
     * Undoes a merge: the spelling becomes a party of its own again (of the same kind) and takes with it the
     * hops and named customers written with that spelling. Returns the new party.
     */
    public Provider undo(long mergeId) {
        return database.inTransaction(() -> database.withConnection(c -> {
            Merge merge = Jdbc.queryOne(c, "SELECT * FROM provider_merge WHERE id = ?", ProviderMerges::map, mergeId)
                    .orElseThrow(() -> new IllegalArgumentException("no merge " + mergeId));
            if (merge.undone()) {
                throw new IllegalStateException("merge " + mergeId + " was already undone");
            }
            Provider target = providers.find(merge.targetProviderId()).orElseThrow();
            if (target.name().equals(merge.spelling())) {
                throw new IllegalStateException("\"" + merge.spelling() + "\" is the party's main name; rename it first");
            }
            Jdbc.update(c, "DELETE FROM provider_alias WHERE provider_id = ? AND alias = ?", target.id(), merge.spelling());
            Provider split = providers.insert(Provider.named(merge.spelling()).withKind(target.kind()), false);
            Jdbc.update(c, "UPDATE hop SET provider_id = ? WHERE provider_id = ? AND provider_as_written = ?",
                    split.id(), target.id(), merge.spelling());
            Jdbc.update(c, "UPDATE traced_call_customer SET provider_id = ? WHERE provider_id = ? AND name_as_written = ?",
                    split.id(), target.id(), merge.spelling());
            Jdbc.update(c, "UPDATE provider_merge SET undone_at = ?, split_provider_id = ? WHERE id = ?",
                    Instant.now(clock), split.id(), mergeId);
            audit.record("provider", target.id(), "merge-undone", "\"" + merge.spelling() + "\" split from \""
                    + target.name() + "\" into party " + split.id());
            return split;
        }));
    }

    /**
     * The records written together with {@code mergeId}: for a hand merge, the merged party's name first and then
     * its aliases (consecutive records with the same party, actor and reason, in the same undone state); for a
     * merge made by an import, the record alone.
     */
    public List<Merge> group(long mergeId) {
        return database.withConnection(c -> {
            Merge merge = Jdbc.queryOne(c, "SELECT * FROM provider_merge WHERE id = ?", ProviderMerges::map, mergeId)
                    .orElseThrow(() -> new IllegalArgumentException("no merge " + mergeId));
            if (!merge.reason().startsWith(BY_HAND)) {
                return List.of(merge);
            }
            List<Merge> same = Jdbc.query(c, """
                    SELECT * FROM provider_merge WHERE target_provider_id = ? AND actor = ? AND reason = ? ORDER BY id""",
                    ProviderMerges::map, merge.targetProviderId(), merge.actor(), merge.reason()).stream()
                    .filter(m -> m.undone() == merge.undone()).toList();
            int at = 0;
            while (same.get(at).id() != mergeId) {
                at++;
            }
            int first = at;
            while (first > 0 && same.get(first - 1).id() == same.get(first).id() - 1) {
                first--;
            }
            int last = at;
            while (last + 1 < same.size() && same.get(last + 1).id() == same.get(last).id() + 1) {
                last++;
            }
            return same.subList(first, last + 1);
        });
    }

    /**
     * Undoes the whole merge {@code mergeId} belongs to (see {@link #group}): the first spelling becomes a party
     * of its own again through {@link #undo}, and the other spellings of the group go back to it as aliases, with
     * the hops and named customers written with them. Returns the restored party.
     */
    public Provider undoGroup(long mergeId) {
        return database.inTransaction(() -> database.withConnection(c -> {
            List<Merge> group = group(mergeId);
            Merge head = group.get(0);
            Provider split = undo(head.id());
            long targetId = head.targetProviderId();
            for (Merge alias : group.subList(1, group.size())) {
                Jdbc.update(c, "DELETE FROM provider_alias WHERE provider_id = ? AND alias = ?", targetId, alias.spelling());
                providers.addAlias(split.id(), alias.spelling());
                Jdbc.update(c, "UPDATE hop SET provider_id = ? WHERE provider_id = ? AND provider_as_written = ?",
                        split.id(), targetId, alias.spelling());
                Jdbc.update(c, "UPDATE traced_call_customer SET provider_id = ? WHERE provider_id = ? AND name_as_written = ?",
                        split.id(), targetId, alias.spelling());
                Jdbc.update(c, "UPDATE provider_merge SET undone_at = ?, split_provider_id = ? WHERE id = ?",
                        Instant.now(clock), split.id(), alias.id());
                // Spellings merged into the restored party before it was merged belong to it again.
                Jdbc.update(c, """
                        UPDATE provider_merge SET target_provider_id = ?
                        WHERE target_provider_id = ? AND spelling = ? AND undone_at IS NULL AND id < ?""",
                        split.id(), targetId, alias.spelling(), head.id());
            }
            if (group.size() > 1) {
                audit.record("provider", split.id(), "merge-undone", "aliases "
                        + group.subList(1, group.size()).stream().map(m -> "\"" + m.spelling() + "\"").toList()
                        + " went back with \"" + split.name() + "\"");
            }
            return providers.find(split.id()).orElseThrow();
        }));
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    private static Merge map(ResultSet row) throws SQLException {
        return new Merge(row.getLong("id"), Jdbc.instant(row, "merged_at"), row.getString("actor"),
                row.getLong("target_provider_id"), row.getString("spelling"), row.getString("reason"),
                Jdbc.instant(row, "undone_at"), Jdbc.nullableLong(row, "split_provider_id"));
    }
}
