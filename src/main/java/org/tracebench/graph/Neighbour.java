package org.tracebench.graph;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tracebench.model.Provider;

/**
 * A provider next to another in call paths, with the traced calls behind that link: how many, which
 * campaigns, first and last call time, and the ids of the calls themselves.
 */
public record Neighbour(Provider provider, int tracedCalls, Set<String> campaigns, Instant first, Instant last,
                        List<Long> tracedCallIds) {
}
