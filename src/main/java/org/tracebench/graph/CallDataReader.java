package org.tracebench.graph;

import org.tracebench.store.CaseRepository;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;

/**
 * Reads what the graph is built from, for the window's Graph screen and the batch `graph` and `analyze`
 * commands alike: one call, so that both faces see the same data and a stale graph is reloaded the same way.
 */
public final class CallDataReader {

    private final ProviderRepository providers;
    private final TracedCallRepository calls;
    private final CaseRepository cases;

    public CallDataReader(ProviderRepository providers, TracedCallRepository calls, CaseRepository cases) {
        this.providers = providers;
        this.calls = calls;
        this.cases = cases;
    }

    /** Everything the graph shows, read now. */
    public CallData read() {
        return CallData.load(providers, calls, cases);
    }
}
