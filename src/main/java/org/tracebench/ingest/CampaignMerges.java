package org.tracebench.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracebench.model.Campaign;
import org.tracebench.model.CampaignMerge;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CampaignRepository;
import org.tracebench.store.Database;

/**
 * Campaigns under their canonical names, merging one into another and undoing that. A merge only points the
 * merged campaign at the one it now counts under: no call is rewritten, so each call keeps the description it was
 * recorded with (the letters' Attachment A prints it) and the undo is exact. Every merge and undo is audit-logged.
 */
public final class CampaignMerges {

    /** A name merged into a canonical campaign, with the calls filed under that name. */
    public record Alias(long id, String name, long calls) {
    }

    /** A canonical campaign: its calls (its own and its aliases'), and its aliases. */
    public record Listed(long id, String name, long calls, List<Alias> aliases) {
    }

    private final Database database;
    private final CampaignRepository campaigns;
    private final AuditLog audit;
    private final String actor;
    private final Clock clock;

    public CampaignMerges(Database database, CampaignRepository campaigns, AuditLog audit, String actor, Clock clock) {
        this.database = database;
        this.campaigns = campaigns;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * The canonical campaigns with calls in case {@code caseId} (every case with null; then also a campaign whose
     * calls are all gone but that still has aliases), busiest first. Counts are of that case's calls.
     */
    public List<Listed> list(Long caseId) {
        return database.inTransaction(() -> {
            List<Campaign> all = campaigns.findAll();
            Map<Long, Long> counts = campaigns.callCounts(caseId);
            Map<Long, List<Alias>> aliases = new HashMap<>();
            for (Campaign c : all) {
                if (c.merged()) {
                    aliases.computeIfAbsent(c.mergedInto(), k -> new ArrayList<>())
                            .add(new Alias(c.id(), c.name(), counts.getOrDefault(c.id(), 0L)));
                }
            }
            List<Listed> result = new ArrayList<>();
            for (Campaign c : all) {
                if (c.merged()) {
                    continue;
                }
                List<Alias> own = aliases.getOrDefault(c.id(), List.of());
                long calls = counts.getOrDefault(c.id(), 0L) + own.stream().mapToLong(Alias::calls).sum();
                if (calls > 0 || (caseId == null && !own.isEmpty())) {
                    result.add(new Listed(c.id(), c.name(), calls, List.copyOf(own)));
                }
            }
            result.sort(Comparator.comparingLong(Listed::calls).reversed().thenComparing(Listed::name));
            return result;
        });
    }

    /** The newest merges first, undone ones included. */
    public List<CampaignMerge> latest(int limit) {
        return campaigns.latestMerges(limit);
    }

    /**
     * Merges the campaign named {@code from} into the one named {@code into}: from then on the calls of the first
     * (and of its aliases) count under the second, whose name is canonical. {@code into} may be an alias (the
     * merge goes to its canonical campaign) or a name not in the data yet (a common campaign name: it is created,
     * and removed again by the undo).
     */
    public CampaignMerge merge(String from, String into) {
        return database.inTransaction(() -> {
            Campaign source = named(from).orElseThrow(() -> new IllegalArgumentException("no campaign named \"" + from + "\""));
            if (source.merged()) {
                String canonical = campaigns.find(source.mergedInto()).map(Campaign::name).orElse("?");
                throw new IllegalStateException("\"" + source.name() + "\" is already merged into \"" + canonical
                        + "\"; undo that merge first to merge it elsewhere");
            }
            String target = into == null ? "" : into.strip();
            if (target.isEmpty()) {
                throw new IllegalArgumentException("name the campaign to merge \"" + source.name() + "\" into");
            }
            Optional<Campaign> existing = named(target);
            boolean created = existing.isEmpty();
            long targetId = existing.map(c -> c.merged() ? c.mergedInto() : c.id()).orElseGet(() -> campaigns.idFor(target));
            return merge(source, campaigns.find(targetId).orElseThrow(), created);
        });
    }

    /** Merges campaign {@code sourceId} into {@code targetId} (both canonical). */
    public CampaignMerge merge(long sourceId, long targetId) {
        return database.inTransaction(() -> {
            Campaign source = campaigns.find(sourceId).orElseThrow(() -> new IllegalArgumentException("no campaign " + sourceId));
            Campaign target = campaigns.find(targetId).orElseThrow(() -> new IllegalArgumentException("no campaign " + targetId));
            if (source.merged() || target.merged()) {
                throw new IllegalStateException("only campaigns under their canonical names can be merged");
            }
            return merge(source, target, false);
        });
    }

    private CampaignMerge merge(Campaign source, Campaign target, boolean created) {
        if (source.id() == target.id()) {
            throw new IllegalArgumentException("\"" + source.name() + "\" cannot be merged into itself");
        }
        List<Campaign> carried = campaigns.aliasesOf(source.id());
        Map<Long, Long> counts = campaigns.callCounts(null);
        long calls = counts.getOrDefault(source.id(), 0L) + carried.stream().mapToLong(c -> counts.getOrDefault(c.id(), 0L)).sum();
        campaigns.setMergedInto(source.id(), target.id());
        // One level only: the source's aliases now count under the target too (undo gives them back).
        carried.forEach(c -> campaigns.setMergedInto(c.id(), target.id()));
        String reason = "\"" + source.name() + "\" merged into \"" + target.name() + "\""
                + (carried.isEmpty() ? "" : " with its aliases " + carried.stream().map(c -> "\"" + c.name() + "\"").toList())
                + (created ? " (a new campaign)" : "");
        CampaignMerge merge = campaigns.insertMerge(new CampaignMerge(0, Instant.now(clock), actor, source.id(), source.name(),
                target.id(), target.name(), carried.stream().map(Campaign::id).toList(), created, calls, reason, null, null));
        audit.record("campaign", target.id(), "merged", reason + ", " + calls + (calls == 1 ? " call" : " calls")
                + " (merge " + merge.id() + ")");
        return merge;
    }

    /**
     * Undoes a merge: the merged campaign is canonical again with the aliases it brought along, and a target the
     * merge created goes when nothing uses it any more. Refused when a later merge moved the target on.
     */
    public CampaignMerge undo(long mergeId) {
        return database.inTransaction(() -> {
            CampaignMerge merge = campaigns.findMerge(mergeId).orElseThrow(() -> new IllegalArgumentException("no campaign merge " + mergeId));
            if (merge.undone()) {
                throw new IllegalStateException("campaign merge " + mergeId + " was already undone");
            }
            Campaign source = campaigns.find(merge.sourceId()).orElseThrow(
                    () -> new IllegalStateException("\"" + merge.sourceName() + "\" no longer exists"));
            if (source.mergedInto() == null || source.mergedInto() != merge.targetId()) {
                Optional<CampaignMerge> later = campaigns.openMergesOf(merge.targetId()).stream().findFirst();
                throw new IllegalStateException(later.map(l -> "\"" + l.sourceName() + "\" was since merged into \""
                        + l.targetName() + "\"; undo merge " + l.id() + " first")
                        .orElse("\"" + merge.sourceName() + "\" is no longer under \"" + merge.targetName() + "\""));
            }
            campaigns.setMergedInto(source.id(), null);
            for (long aliasId : merge.carried()) {
                campaigns.find(aliasId).filter(a -> a.mergedInto() != null && a.mergedInto() == merge.targetId())
                        .ifPresent(a -> campaigns.setMergedInto(a.id(), source.id()));
            }
            campaigns.markUndone(merge.id(), Instant.now(clock), actor);
            boolean removed = merge.targetCreated() && campaigns.deleteIfUnused(merge.targetId());
            audit.record("campaign", source.id(), "merge-undone", "\"" + merge.sourceName() + "\" is a campaign of its own again, "
                    + "no longer under \"" + merge.targetName() + "\"" + (removed ? " (which was removed, nothing used it)" : "")
                    + " (merge " + merge.id() + ")");
            return campaigns.findMerge(merge.id()).orElseThrow();
        });
    }

    /** A campaign by its exact name, else by the same name in other case when exactly one has it. */
    private Optional<Campaign> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<Campaign> exact = campaigns.findByName(name.strip());
        if (exact.isPresent()) {
            return exact;
        }
        List<Campaign> loose = campaigns.findAll().stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).toList();
        return loose.size() == 1 ? Optional.of(loose.get(0)) : Optional.empty();
    }
}
