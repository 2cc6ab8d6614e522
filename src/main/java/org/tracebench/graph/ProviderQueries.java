package org.tracebench.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tracebench.model.Hop;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;

/**
 * The questions investigators and letters ask about one provider, answered from the stored hops:
 * who took its traffic directly, who handed traffic to it, which tracebacks it left unanswered.
 * Every answer carries the traced calls that support it.
 */
public final class ProviderQueries {

    private final TracedCallRepository calls;
    private final ProviderRepository providers;

    public ProviderQueries(TracedCallRepository calls, ProviderRepository providers) {
        this.calls = calls;
        this.providers = providers;
    }

    /** Providers that accepted calls directly from the given one (the next hop towards the terminator). */
    public List<Neighbour> downstreamOf(long providerId, Instant since) {
        return neighbours(providerId, since, -1);
    }

    /** Providers that handed calls directly to the given one (the next hop towards the originator). */
    public List<Neighbour> upstreamOf(long providerId, Instant since) {
        return neighbours(providerId, since, +1);
    }

    /** Traceback requests to the provider recorded as not answered, with call time on or after since. */
    public NonResponses nonResponsesOf(long providerId, Instant since) {
        Map<Long, TracedCall> byId = callsById();
        List<TracedCall> unanswered = new ArrayList<>();
        for (Hop hop : calls.allHops()) {
            TracedCall call = byId.get(hop.tracedCallId());
            if (hop.providerId() == providerId && hop.response() == ResponseStatus.NO_RESPONSE && call != null
                    && onOrAfter(call, since)) {
                unanswered.add(call);
            }
        }
        return new NonResponses(unanswered.size(), min(unanswered), max(unanswered),
                unanswered.stream().map(TracedCall::campaign).filter(c -> c != null).collect(Collectors.toCollection(TreeSet::new)),
                unanswered.stream().map(TracedCall::id).toList());
    }

    private List<Neighbour> neighbours(long providerId, Instant since, int direction) {
        Map<Long, TracedCall> byId = callsById();
        Map<Long, List<Hop>> hopsByCall = calls.allHops().stream()
                .collect(Collectors.groupingBy(Hop::tracedCallId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<TracedCall>> linked = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Hop>> entry : hopsByCall.entrySet()) {
            TracedCall call = byId.get(entry.getKey());
            if (call == null || !onOrAfter(call, since)) {
                continue;
            }
            Map<Integer, Hop> byOrder = entry.getValue().stream().collect(Collectors.toMap(Hop::order, Function.identity(), (a, b) -> a));
            for (Hop hop : entry.getValue()) {
                if (hop.providerId() != providerId) {
                    continue;
                }
                // Hop order rises upstream: the downstream neighbour has order - 1.
                Hop other = byOrder.get(hop.order() + direction);
                if (other != null && other.providerId() != providerId) {
                    linked.computeIfAbsent(other.providerId(), k -> new ArrayList<>()).add(call);
                }
            }
        }
        List<Neighbour> result = new ArrayList<>();
        for (Map.Entry<Long, List<TracedCall>> entry : linked.entrySet()) {
            Optional<Provider> provider = providers.find(entry.getKey());
            List<TracedCall> supporting = entry.getValue();
            provider.ifPresent(p -> result.add(new Neighbour(p, supporting.size(),
                    supporting.stream().map(TracedCall::campaign).filter(c -> c != null)
                            .collect(Collectors.toCollection(TreeSet::new)),
                    min(supporting), max(supporting), supporting.stream().map(TracedCall::id).toList())));
        }
        result.sort(Comparator.comparing((Neighbour n) -> -n.tracedCalls()).thenComparing(n -> n.provider().name()));
        return result;
    }

    private Map<Long, TracedCall> callsById() {
        Map<Long, TracedCall> byId = new HashMap<>();
        for (TracedCall call : calls.findAll()) {
            byId.put(call.id(), call);
        }
        return byId;
    }

    private static boolean onOrAfter(TracedCall call, Instant since) {
        return since == null || (call.callTimeUtc() != null && !call.callTimeUtc().isBefore(since));
    }

    private static Instant min(List<TracedCall> calls) {
        return calls.stream().map(TracedCall::callTimeUtc).filter(t -> t != null).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant max(List<TracedCall> calls) {
        return calls.stream().map(TracedCall::callTimeUtc).filter(t -> t != null).max(Comparator.naturalOrder()).orElse(null);
    }
}
