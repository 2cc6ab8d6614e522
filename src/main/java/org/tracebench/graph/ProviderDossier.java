package org.tracebench.graph;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;

/**
 * Everything known about one provider since a date: RMD standing, tracebacks, non-responses, campaigns,
 * neighbours both ways, how often it was the last traceable hop, its traced calls over time and the
 * cases it appears in. Lists of traced call ids support every figure.
 */
public record ProviderDossier(Provider provider, Instant since, int tracebacks, List<Long> tracebackCallIds,
                              NonResponses nonResponses, Set<String> campaigns, List<Neighbour> upstream,
                              List<Neighbour> downstream, int lastHops, List<Long> lastHopCallIds,
                              List<TimelineEntry> timeline, List<CaseFile> cases) {

    /** One traced call through the provider, for the timeline chart. */
    public record TimelineEntry(long tracedCallId, Instant callTime, String campaign, ResponseStatus response) {
    }
}
