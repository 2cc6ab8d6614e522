package org.tracebench.graph;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The traceback requests a provider left unanswered, with their campaigns, date range and traced calls. */
public record NonResponses(int count, Instant first, Instant last, Set<String> campaigns, List<Long> tracedCallIds) {
}
