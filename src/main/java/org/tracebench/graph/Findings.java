package org.tracebench.graph;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;

/** The answers {@link GraphAnalyses} gives; every one names the traced calls that support it. */
public final class Findings {

    private Findings() {
    }

    /** A party and the traced calls that put it in an answer. */
    public record PartyCount(Provider provider, int tracedCalls, List<Long> tracedCallIds) {
    }

    /** The last traceable hop of one traceback (the highest hop recorded for the call). */
    public record LastHop(long tracedCallId, String tracebackId, String campaign, Instant callTime, Provider provider,
                          ResponseStatus response) {
    }

    /** The last traceable hops of one campaign, most frequent first. */
    public record CampaignLastHops(String campaign, List<PartyCount> lastHops) {
    }

    public record NonResponder(Provider provider, NonResponses nonResponses) {
    }

    /** A provider not listed in the RMD and the providers that accepted traffic directly from it. */
    public record UnlistedProvider(Provider provider, List<Neighbour> acceptedBy, List<Long> tracedCallIds) {
    }

    /**
     * A path from one party to another along "handed calls to" links. {@code tracedCallIds} are the calls
     * behind any of its links; {@code wholePathCallIds} those that travelled every link of it.
     */
    public record CallPath(List<Provider> parties, List<Link> links, List<Long> tracedCallIds,
                           List<Long> wholePathCallIds, Instant first, Instant last) {
        public int hops() {
            return links.size();
        }
    }

    public record Centrality(Provider provider, int inDegree, int outDegree, int tracedCallsIn, int tracedCallsOut,
                             double betweenness, double pageRank, List<Long> tracedCallIds) {
    }

    /** Parties that belong together: a connected component, or a component of the k-core. */
    public record Cluster(int number, List<Provider> members, Set<String> campaigns, List<Long> tracedCallIds) {
    }
}
