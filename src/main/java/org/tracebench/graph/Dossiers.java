package org.tracebench.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tracebench.graph.ProviderDossier.TimelineEntry;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Hop;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/** Builds provider dossiers from the calls in all cases (a dossier is about the provider, not one case). */
public final class Dossiers {

    private final CallData data;

    public Dossiers(CallData data) {
        this.data = data;
    }

    /** The party with this name or alias (name key match first, then the shortest name containing it). */
    public Optional<Party> find(String name) {
        return CallGraph.build(data, GraphFilter.ALL).find(name);
    }

    public ProviderDossier of(long providerId, Instant since) {
        CallGraph graph = CallGraph.build(data, GraphFilter.ALL.withDates(since, null));
        Party party = graph.party(providerId);
        if (party == null) {
            return new ProviderDossier(data.provider(providerId), since, 0, List.of(),
                    new NonResponses(0, null, null, Set.of(), List.of()), Set.of(), List.of(), List.of(), 0,
                    List.of(), List.of(), List.of());
        }
        GraphAnalyses analyses = new GraphAnalyses(graph);
        List<TimelineEntry> timeline = new ArrayList<>();
        Set<String> campaigns = new TreeSet<>();
        List<Long> tracebackCalls = new ArrayList<>();
        for (TracedCall call : data.calls()) {
            if (!party.tracedCallIds().contains(call.id())) {
                continue;
            }
            ResponseStatus response = null;
            for (Hop hop : data.hopsOf(call.id())) {
                if (hop.providerId() == providerId) {
                    response = hop.response();
                }
            }
            if (response != null) {
                tracebackCalls.add(call.id());
            }
            if (call.campaign() != null) {
                campaigns.add(call.campaign());
            }
            timeline.add(new TimelineEntry(call.id(), call.callTimeUtc(), call.campaign(), response));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::callTime, Comparator.nullsLast(Comparator.naturalOrder())));
        List<CaseFile> cases = party.caseIds().stream().map(id -> data.cases().get(id)).filter(c -> c != null).toList();
        return new ProviderDossier(party.provider(), since, tracebackCalls.size(), List.copyOf(tracebackCalls),
                analyses.nonResponsesOf(providerId), campaigns, analyses.upstreamOf(providerId),
                analyses.downstreamOf(providerId), party.lastHopCalls().size(), List.copyOf(party.lastHopCalls()),
                timeline, cases);
    }
}
