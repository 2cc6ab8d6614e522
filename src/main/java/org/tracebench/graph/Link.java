package org.tracebench.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The edge "handed calls to": {@code from} handed traced calls to {@code to}. Carries the traced calls
 * behind it, their campaigns and first and last call times. Identity equality, as JGraphT expects of edges.
 */
public final class Link {

    private final long from;
    private final long to;
    private final Set<Long> callIds = new LinkedHashSet<>();
    private final SortedSet<String> campaigns = new TreeSet<>();
    private final List<Instant> times = new ArrayList<>();
    private boolean sorted = true;

    Link(long from, long to) {
        this.from = from;
        this.to = to;
    }

    void add(long callId, String campaign, Instant callTime) {
        if (!callIds.add(callId)) {
            return;
        }
        if (campaign != null && !campaign.isBlank()) {
            campaigns.add(campaign);
        }
        if (callTime != null) {
            times.add(callTime);
            sorted = false;
        }
    }

    public long from() {
        return from;
    }

    public long to() {
        return to;
    }

    /** Number of distinct traced calls handed along this link. */
    public int calls() {
        return callIds.size();
    }

    public List<Long> tracedCallIds() {
        return List.copyOf(callIds);
    }

    public Set<String> campaigns() {
        return Collections.unmodifiableSortedSet(campaigns);
    }

    public Instant first() {
        List<Instant> t = times();
        return t.isEmpty() ? null : t.get(0);
    }

    public Instant last() {
        List<Instant> t = times();
        return t.isEmpty() ? null : t.get(t.size() - 1);
    }

    /** Call times of the traced calls on this link, oldest first. */
    public List<Instant> times() {
        if (!sorted) {
            Collections.sort(times);
            sorted = true;
        }
        return Collections.unmodifiableList(times);
    }

    /** The earliest call time on this link that is not before the given instant, or null. */
    Instant earliestNotBefore(Instant instant) {
        for (Instant t : times()) {
            if (instant == null || !t.isBefore(instant)) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return from + "->" + to + " (" + callIds.size() + ")";
    }
}
