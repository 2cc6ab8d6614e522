package org.tracebench.sheets;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calls per campaign with their first and last call time, counted while the rows stream past. */
final class CampaignTally {

    /** One campaign's line on the Campaigns sheet; first and last are null when no call time is known. */
    record Line(String campaign, long calls, Instant first, Instant last) {
    }

    static final String NO_CAMPAIGN = "(no description)";

    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, Instant[]> spans = new HashMap<>();

    void add(String campaign, Instant callTime) {
        String key = campaign == null || campaign.isBlank() ? NO_CAMPAIGN : campaign.strip();
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
        Instant[] span = spans.computeIfAbsent(key, k -> new Instant[2]);
        if (callTime != null) {
            if (span[0] == null || callTime.isBefore(span[0])) {
                span[0] = callTime;
            }
            if (span[1] == null || callTime.isAfter(span[1])) {
                span[1] = callTime;
            }
        }
    }

    /** Busiest campaign first; ties by name. */
    List<Line> lines() {
        return counts.entrySet().stream()
                .map(e -> new Line(e.getKey(), e.getValue()[0], spans.get(e.getKey())[0], spans.get(e.getKey())[1]))
                .sorted(Comparator.comparingLong(Line::calls).reversed().thenComparing(Line::campaign))
                .toList();
    }
}
