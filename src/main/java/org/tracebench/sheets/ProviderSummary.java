package org.tracebench.sheets;

import java.util.List;
import org.tracebench.model.PartyKind;
import org.tracebench.model.RmdStatus;

/**
 * A party as listed on the Providers sheet: its names, where it stands in the RMD and in how many of the
 * case's traced calls it appears (as a hop or as a named customer), and how many of its hops went unanswered.
 */
public record ProviderSummary(
        String name,
        PartyKind kind,
        List<String> aliases,
        String rmdNumber,
        RmdStatus rmdStatus,
        String country,
        long tracedCalls,
        long noResponses) {

    public ProviderSummary {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
