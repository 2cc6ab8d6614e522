package org.tracebench.cases;

import java.util.List;
import org.tracebench.model.CaseFact;

/** A fact of a case's chronology with the traced calls that support it. */
public record ChronologyEntry(CaseFact fact, List<Long> tracedCallIds) {

    public ChronologyEntry {
        tracedCallIds = List.copyOf(tracedCallIds);
    }
}
