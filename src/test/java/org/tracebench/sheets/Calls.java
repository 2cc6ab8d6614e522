package org.tracebench.sheets;

import java.time.Instant;
import java.util.List;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/** Traced calls made up for writer and reader tests. */
final class Calls {

    static final Instant T0 = Instant.parse("2021-08-24T19:38:00Z");

    private Calls() {
    }

    static TracedCall call(int n, String callerId) {
        Instant time = T0.plusSeconds(3_600L * n);
        List<Instant> notified = n % 3 == 0 ? List.of(time.plusSeconds(86_400), time.plusSeconds(2 * 86_400))
                : List.of(time.plusSeconds(86_400));
        boolean answered = n % 2 == 0;
        return new TracedCall(0, 1, "TB-" + n, time, callerId, "+1202555" + String.format("%04d", n),
                n % 4 == 0 ? "Arrest Warrant" : "SSA Imposter", "47 USC 227(b)", notified,
                answered ? ResponseStatus.CUSTOMER_IDENTIFIED : ResponseStatus.NO_RESPONSE,
                answered ? List.of("Edoro Technologies") : List.of(), answered ? "Edoro Technologies" : "No Response",
                null);
    }

    static List<TracedCall> many(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> call(i, "+1888555" + String.format("%04d", i))).toList();
    }
}
