package org.tracebench.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Hop;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.TracedCall;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;

/**
 * One read of everything the graph is built from: parties, traced calls with their hops and named
 * customers, and the cases. Read once, then filtered and rebuilt in memory as often as the user likes.
 */
public final class CallData {

    private final Map<Long, Provider> providers;
    private final List<TracedCall> calls;
    private final Map<Long, List<Hop>> hopsByCall;
    private final Map<Long, List<Long>> customersByCall;
    private final Map<Long, CaseFile> cases;

    public CallData(List<Provider> providers, List<TracedCall> calls, List<Hop> hops, List<CaseFile> cases) {
        this.providers = new LinkedHashMap<>();
        for (Provider provider : providers) {
            this.providers.put(provider.id(), provider);
        }
        this.calls = List.copyOf(calls);
        this.hopsByCall = new HashMap<>();
        for (Hop hop : hops) {
            hopsByCall.computeIfAbsent(hop.tracedCallId(), k -> new ArrayList<>()).add(hop);
        }
        hopsByCall.values().forEach(list -> list.sort(Comparator.comparingInt(Hop::order)));
        this.customersByCall = customerIds(providers, calls);
        this.cases = new LinkedHashMap<>();
        for (CaseFile caseFile : cases) {
            this.cases.put(caseFile.id(), caseFile);
        }
    }

    /** Reads the whole store (all cases); filtering by case happens when the graph is built. */
    public static CallData load(ProviderRepository providers, TracedCallRepository calls, CaseRepository cases) {
        return new CallData(providers.findAll(), calls.findAll(), calls.allHops(), cases.findAll());
    }

    // Customers are stored by name on the call; resolve them to the party rows (callers first, then any party).
    private static Map<Long, List<Long>> customerIds(List<Provider> providers, List<TracedCall> calls) {
        Map<String, Long> byName = new HashMap<>();
        for (Provider provider : providers) {
            if (provider.kind() == PartyKind.CUSTOMER || !byName.containsKey(provider.name())) {
                byName.put(provider.name(), provider.id());
            }
        }
        Map<Long, List<Long>> result = new HashMap<>();
        for (TracedCall call : calls) {
            for (String name : call.customers()) {
                Long id = byName.get(name);
                if (id != null) {
                    result.computeIfAbsent(call.id(), k -> new ArrayList<>()).add(id);
                }
            }
        }
        return result;
    }

    public Map<Long, Provider> providers() {
        return providers;
    }

    public Provider provider(long id) {
        return providers.get(id);
    }

    public List<TracedCall> calls() {
        return calls;
    }

    /** Hops of a call, terminating provider first. */
    public List<Hop> hopsOf(long callId) {
        return hopsByCall.getOrDefault(callId, List.of());
    }

    public List<Long> customersOf(long callId) {
        return customersByCall.getOrDefault(callId, List.of());
    }

    public Map<Long, CaseFile> cases() {
        return cases;
    }
}
