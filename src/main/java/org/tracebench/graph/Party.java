package org.tracebench.graph;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tracebench.model.HopRole;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;

/**
 * A vertex of the call graph: a provider or a customer, with what the traced calls say about it (traffic,
 * roles played, how it answered, how often it was the last traceable hop, the cases it appears in).
 */
public final class Party {

    private final Provider provider;
    private final Set<Long> callIds = new LinkedHashSet<>();
    private final Map<HopRole, Integer> roles = new EnumMap<>(HopRole.class);
    private final Map<ResponseStatus, Integer> responses = new EnumMap<>(ResponseStatus.class);
    private final Set<Long> lastHopCalls = new LinkedHashSet<>();
    private final SortedSet<Long> caseIds = new TreeSet<>();
    private Instant first;
    private Instant last;

    Party(Provider provider) {
        this.provider = provider;
    }

    void addCall(long callId, long caseId, Instant callTime) {
        callIds.add(callId);
        if (caseId != 0) {
            caseIds.add(caseId);
        }
        if (callTime != null) {
            first = first == null || callTime.isBefore(first) ? callTime : first;
            last = last == null || callTime.isAfter(last) ? callTime : last;
        }
    }

    void addHop(HopRole role, ResponseStatus response) {
        if (role != null) {
            roles.merge(role, 1, Integer::sum);
        }
        if (response != null) {
            responses.merge(response, 1, Integer::sum);
        }
    }

    void addLastHop(long callId) {
        lastHopCalls.add(callId);
    }

    public Provider provider() {
        return provider;
    }

    public long id() {
        return provider.id();
    }

    public String name() {
        return provider.name();
    }

    public boolean isCustomer() {
        return provider.kind() == PartyKind.CUSTOMER;
    }

    /** Distinct traced calls that passed through (or were placed by) this party. */
    public int traffic() {
        return callIds.size();
    }

    public Set<Long> tracedCallIds() {
        return Collections.unmodifiableSet(callIds);
    }

    public Map<HopRole, Integer> roles() {
        return Collections.unmodifiableMap(roles);
    }

    public Map<ResponseStatus, Integer> responses() {
        return Collections.unmodifiableMap(responses);
    }

    public int noResponses() {
        return responses.getOrDefault(ResponseStatus.NO_RESPONSE, 0);
    }

    /** How this party answered as a whole: silent if it ever left a request unanswered. */
    public ResponseBehaviour behaviour() {
        if (isCustomer()) {
            return ResponseBehaviour.CUSTOMER;
        }
        int silent = noResponses();
        int answered = responses.getOrDefault(ResponseStatus.UPSTREAM_IDENTIFIED, 0)
                + responses.getOrDefault(ResponseStatus.CUSTOMER_IDENTIFIED, 0);
        if (silent > 0) {
            return answered > 0 ? ResponseBehaviour.SOMETIMES_SILENT : ResponseBehaviour.SILENT;
        }
        return answered > 0 ? ResponseBehaviour.ANSWERS : ResponseBehaviour.PENDING;
    }

    public Set<Long> lastHopCalls() {
        return Collections.unmodifiableSet(lastHopCalls);
    }

    public SortedSet<Long> caseIds() {
        return Collections.unmodifiableSortedSet(caseIds);
    }

    public Instant first() {
        return first;
    }

    public Instant last() {
        return last;
    }

    @Override
    public String toString() {
        return provider.name();
    }
}
