package org.tracebench.rmd;

import java.util.List;
import org.tracebench.graph.Neighbour;
import org.tracebench.model.Provider;

/** A provider absent from an RMD snapshot, with the providers that accepted calls directly from it. */
public record NotFiledProvider(Provider provider, List<Neighbour> acceptedTrafficFrom) {

    public NotFiledProvider {
        acceptedTrafficFrom = List.copyOf(acceptedTrafficFrom);
    }

    public List<String> downstreamNames() {
        return acceptedTrafficFrom.stream().map(n -> n.provider().name()).toList();
    }
}
