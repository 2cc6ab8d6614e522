package org.tracebench.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tracebench.store.HopLinkRepository;
import org.tracebench.store.HopLinkRepository.Link;
import org.tracebench.store.HopLinkRepository.Unanswered;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;

/**
 * The questions investigators and letters ask about one provider, answered from the stored hops:
 * who took its traffic directly, who handed traffic to it, which tracebacks it left unanswered.
 * Every answer carries the traced calls that support it. Answers come from indexed joins on the
 * hops of this one provider, so their cost follows its traffic, not the size of the store.
 */
public final class ProviderQueries {

    private final HopLinkRepository links;
    private final ProviderRepository providers;

    public ProviderQueries(TracedCallRepository calls, ProviderRepository providers) {
        this.links = calls.hopLinks();
        this.providers = providers;
    }

    /** Providers that accepted calls directly from the given one (the next hop towards the terminator). */
    public List<Neighbour> downstreamOf(long providerId, Instant since) {
        return neighbours(links.links(providerId, true, since));
    }

    /** Providers that handed calls directly to the given one (the next hop towards the originator). */
    public List<Neighbour> upstreamOf(long providerId, Instant since) {
        return neighbours(links.links(providerId, false, since));
    }

    /** Traceback requests to the provider recorded as not answered, with call time on or after since. */
    public NonResponses nonResponsesOf(long providerId, Instant since) {
        List<Unanswered> unanswered = links.unanswered(providerId, since);
        List<Instant> times = unanswered.stream().map(Unanswered::callTime).filter(Objects::nonNull).toList();
        return new NonResponses(unanswered.size(), min(times), max(times),
                unanswered.stream().map(Unanswered::campaign).filter(Objects::nonNull)
                        .collect(Collectors.toCollection(TreeSet::new)),
                unanswered.stream().map(Unanswered::tracedCallId).toList());
    }

    private List<Neighbour> neighbours(List<Link> found) {
        Map<Long, List<Link>> byNeighbour = found.stream()
                .collect(Collectors.groupingBy(Link::otherProviderId, LinkedHashMap::new, Collectors.toList()));
        List<Neighbour> result = new ArrayList<>();
        for (Map.Entry<Long, List<Link>> entry : byNeighbour.entrySet()) {
            List<Link> supporting = entry.getValue();
            List<Instant> times = supporting.stream().map(Link::callTime).filter(Objects::nonNull).toList();
            providers.find(entry.getKey()).ifPresent(provider -> result.add(new Neighbour(provider, supporting.size(),
                    supporting.stream().map(Link::campaign).filter(Objects::nonNull)
                            .collect(Collectors.toCollection(TreeSet::new)),
                    min(times), max(times), supporting.stream().map(Link::tracedCallId).toList())));
        }
        result.sort(Comparator.comparing((Neighbour n) -> -n.tracedCalls()).thenComparing(n -> n.provider().name()));
        return result;
    }

    private static Instant min(List<Instant> times) {
        return times.stream().min(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant max(List<Instant> times) {
        return times.stream().max(Comparator.naturalOrder()).orElse(null);
    }
}
