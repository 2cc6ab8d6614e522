package org.tracebench.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.tracebench.model.NameKey;
import org.tracebench.model.TracedCall;

/** Compares calls read back from a workbook with the calls that were exported, field by field. */
final class RoundTrip {

    private RoundTrip() {
    }

    static void assertSameCalls(List<TracedCall> read, List<TracedCall> exported) {
        assertThat(read).hasSameSizeAs(exported);
        for (int i = 0; i < exported.size(); i++) {
            TracedCall expected = exported.get(i);
            TracedCall actual = read.get(i);
            String where = "row " + (i + 1);
            // The store keeps each customer under its party's name; the cell keeps the spelling as written.
            // Both must name the same parties.
            assertThat(actual.customers().stream().map(NameKey::of).toList()).as(where + " customers")
                    .isEqualTo(expected.customers().stream().map(NameKey::of).toList());
            assertThat(actual.response()).as(where + " response").isEqualTo(expected.response());
            assertThat(actual.notifications()).as(where + " notifications").isEqualTo(expected.notifications());
            assertThat(actual.callTimeUtc()).as(where + " call time").isEqualTo(expected.callTimeUtc());
            assertThat(actual.callerId()).as(where + " caller id").isEqualTo(expected.callerId());
            assertThat(actual.calledNumber()).as(where + " called number").isEqualTo(expected.calledNumber());
            assertThat(actual.campaign()).as(where + " campaign").isEqualTo(expected.campaign());
            assertThat(actual.violation()).as(where + " violation").isEqualTo(expected.violation());
        }
    }
}
