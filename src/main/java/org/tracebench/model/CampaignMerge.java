package org.tracebench.model;

import java.time.Instant;
import java.util.List;

/**
 * One campaign merged into another: when, by whom, both names as they were, the aliases of the source that went
 * with it, whether the target was created for the merge (a common campaign name not yet in the data), how many
 * calls moved under the target, and when it was undone.
 */
public record CampaignMerge(long id, Instant mergedAt, String actor, long sourceId, String sourceName, long targetId,
                            String targetName, List<Long> carried, boolean targetCreated, long calls, String reason,
                            Instant undoneAt, String undoneBy) {

    public CampaignMerge {
        carried = carried == null ? List.of() : List.copyOf(carried);
    }

    public boolean undone() {
        return undoneAt != null;
    }
}
