package org.tracebench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Traceback headers are folded as Attachment A headers are (issue 11). */
class TracebackColumnTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "traceback_id | TRACEBACK_ID",
        "Traceback ID | TRACEBACK_ID",
        "TRACEBACK-ID: | TRACEBACK_ID",
        "call_time_utc | CALL_TIME_UTC",
        "Call Time (UTC) | CALL_TIME_UTC",
        "Call Time [EST] | CALL_TIME_UTC",
        "Hop(s) | HOP",
        "Providers | PROVIDER",
        "Role: | ROLE",
        "notified at (UTC) | NOTIFIED_AT_UTC",
        "Responded_At_UTC | RESPONDED_AT_UTC",
        "\uFEFFtraceback_id | TRACEBACK_ID",
    })
    void recognisesSpelling(String written, String expected) {
        assertThat(TracebackColumn.recognise(written)).as(written).contains(TracebackColumn.valueOf(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Notes", "Provider Comments", "Customer Name", "Date of Call", ""})
    void leavesOtherHeadersAlone(String written) {
        assertThat(TracebackColumn.recognise(written)).isEqualTo(Optional.empty());
    }

    @Test
    void noTwoColumnsFoldAlike() {
        assertThat(Arrays.stream(TracebackColumn.values()).map(TracebackColumn::folded).distinct().count())
                .isEqualTo(TracebackColumn.values().length);
    }
}
