package org.tracebench.rmd;

import java.util.List;
import org.tracebench.model.Provider;

/**
 * How one RMD row relates to the providers we know. {@code provider} is set only when the match is certain;
 * {@code candidates} are the providers a person must choose between when it is not.
 */
public record RmdMatch(RmdRecord record, Certainty certainty, Provider provider, String rule, List<Provider> candidates,
                       String reason) {

    public enum Certainty {
        /** Matched on an identifier or a name with nothing contradicting it. */
        CERTAIN,
        /** Several candidates, contradicting identifiers or a near name: goes to the review list. */
        UNCERTAIN,
        /** A filer we have never met. */
        NONE
    }

    public RmdMatch {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    static RmdMatch certain(RmdRecord record, Provider provider, String rule) {
        return new RmdMatch(record, Certainty.CERTAIN, provider, rule, List.of(provider), null);
    }

    static RmdMatch uncertain(RmdRecord record, List<Provider> candidates, String reason) {
        return new RmdMatch(record, Certainty.UNCERTAIN, null, null, candidates, reason);
    }

    static RmdMatch none(RmdRecord record) {
        return new RmdMatch(record, Certainty.NONE, null, null, List.of(), null);
    }
}
