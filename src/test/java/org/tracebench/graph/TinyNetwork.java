package org.tracebench.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.TracedCall;

/**
 * A small hand-made network for exact tests and golden files:
 * Caller X -> Origin A -> Gateway B -> Terminator T (two calls, campaign "Alpha"),
 * Origin C -> Gateway B -> Terminator T (one call, "Beta", C silent), and
 * Origin C -> Terminator U and Origin C -> Terminator T (one call each, "Beta", in case 2).
 */
public final class TinyNetwork {

    public static final long A = 1;
    public static final long B = 2;
    public static final long C = 3;
    public static final long T = 4;
    public static final long U = 5;
    public static final long X = 6;

    private TinyNetwork() {
    }

    public static CallData data() {
        List<Provider> providers = List.of(
                Provider.named("Origin A").withId(A).withRmd("RMD0000001", RmdStatus.REGISTERED),
                Provider.named("Gateway B").withId(B).withRmd(null, RmdStatus.DEFICIENT),
                Provider.named("Origin C").withId(C).withRmd(null, RmdStatus.NOT_FILED),
                Provider.named("Terminator T").withId(T).withRmd("RMD0000004", RmdStatus.REGISTERED),
                Provider.named("Terminator U").withId(U),
                Provider.customer("Caller X").withId(X));
        List<TracedCall> calls = new ArrayList<>();
        List<Hop> hops = new ArrayList<>();
        call(calls, hops, 101, 1, "2024-01-10T10:00:00Z", "Alpha", List.of("Caller X"), T, B, A);
        call(calls, hops, 102, 1, "2024-02-10T10:00:00Z", "Alpha", List.of("Caller X"), T, B, A);
        call(calls, hops, 103, 1, "2024-03-10T10:00:00Z", "Beta", List.of(), T, B, C);
        call(calls, hops, 104, 2, "2024-04-10T10:00:00Z", "Beta", List.of(), U, C);
        call(calls, hops, 105, 2, "2024-05-10T10:00:00Z", "Beta", List.of(), T, C);
        List<CaseFile> cases = List.of(new CaseFile(1, "one", "Case one", A, null, null, null, null, null, null, null, null, false),
                new CaseFile(2, "two", "Case two", C, null, null, null, null, null, null, null, null, false));
        return new CallData(providers, calls, hops, cases);
    }

    private static void call(List<TracedCall> calls, List<Hop> hops, long id, long caseId, String time, String campaign,
                             List<String> customers, long... path) {
        boolean silentOrigin = path[path.length - 1] == C;
        calls.add(new TracedCall(id, caseId, "TB-" + id, Instant.parse(time), "+12025550100", "+13125550100", campaign,
                "47 USC 227(b)", List.of(), silentOrigin ? ResponseStatus.NO_RESPONSE : ResponseStatus.CUSTOMER_IDENTIFIED,
                customers, String.join(" / ", customers), null));
        for (int i = 0; i < path.length; i++) {
            boolean last = i == path.length - 1;
            HopRole role = i == 0 ? HopRole.TERMINATING : last ? HopRole.ORIGINATING : HopRole.GATEWAY;
            ResponseStatus response = !last ? ResponseStatus.UPSTREAM_IDENTIFIED
                    : silentOrigin ? ResponseStatus.NO_RESPONSE : ResponseStatus.CUSTOMER_IDENTIFIED;
            hops.add(new Hop(id * 10 + i, id, i + 1, path[i], role, null, null, response, null, false));
        }
    }
}
