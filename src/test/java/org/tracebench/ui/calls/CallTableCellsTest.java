package org.tracebench.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.CallRow;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

class CallTableCellsTest {

    private static CallRow row(String callTime, List<String> notified, Map<AttachmentColumn, CallRow.InvalidCell> invalid) {
        return new CallRow(new TracedCall(0, 1, null, callTime == null ? null : Instant.parse(callTime), null, null, null,
                null, notified.stream().map(Instant::parse).toList(), ResponseStatus.PENDING, List.of(), null, null), invalid);
    }

    @Test
    void dateColumnsSortByTheStoredTimeWithEmptyAndUnreadableCellsLast() {
        CallRow late = row("2021-10-01T00:00:00Z", List.of("2021-09-02T00:00:00Z"), Map.of());
        // "Sep 7" sorts after "Oct 1" as text; by time it comes first.
        CallRow early = row("2021-09-07T07:05:00Z", List.of("2021-09-01T00:00:00Z", "2021-12-01T00:00:00Z"), Map.of());
        CallRow empty = row(null, List.of(), Map.of());
        CallRow typed = row("2021-08-01T00:00:00Z", List.of("2021-08-01T00:00:00Z"), Map.of(
                AttachmentColumn.CALL_TIME, new CallRow.InvalidCell("Sep 31, 2021", "not a valid date"),
                AttachmentColumn.NOTIFIED, new CallRow.InvalidCell("soon", "not a date and time")));
        List<CallRow> rows = new ArrayList<>(List.of(typed, empty, late, early));
        rows.sort(CallTableCells.byTime(AttachmentColumn.CALL_TIME));
        assertThat(rows.subList(0, 2)).containsExactly(early, late);
        rows.sort(CallTableCells.byTime(AttachmentColumn.NOTIFIED));
        assertThat(rows.subList(0, 2)).containsExactly(early, late);
        assertThat(CallTableCells.text(typed, AttachmentColumn.CALL_TIME)).isEqualTo("Sep 31, 2021");
        assertThat(CallTableCells.text(early, AttachmentColumn.NOTIFIED)).isEqualTo("Sep 01, 2021 00:00 Dec 01, 2021 00:00");
    }
}
