package org.tracebench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampParserTest {

    @Test
    void readsMonthSpellingsAndSeveralStampsInOneCell() {
        assertThat(TimestampParser.parseAll("Sep 14, 2021 14:00 Sept 08, 2021 16:06 September 8, 2021 UTC"))
                .containsExactly(Instant.parse("2021-09-14T14:00:00Z"), Instant.parse("2021-09-08T16:06:00Z"),
                        Instant.parse("2021-09-08T00:00:00Z"));
        assertThat(TimestampParser.parseOne("Aug 24, 2021 20:05 UTC")).isEqualTo(Instant.parse("2021-08-24T20:05:00Z"));
    }

    @Test
    void readsIsoAndSpreadsheetSerials() {
        assertThat(TimestampParser.parseOne("2021-09-17T05:20:00Z")).isEqualTo(Instant.parse("2021-09-17T05:20:00Z"));
        assertThat(TimestampParser.parseOne("2021-09-17 07:20+02:00")).isEqualTo(Instant.parse("2021-09-17T05:20:00Z"));
        assertThat(TimestampParser.parseOne("44456.2222222222")).isEqualTo(Instant.parse("2021-09-17T05:20:00Z"));
    }

    @Test
    void rejectsTextThatIsNotATimestamp() {
        assertThatThrownBy(() -> TimestampParser.parseAll("Sep 14, 2021 14:00 call back later"))
                .hasMessageContaining("not a date and time");
        assertThatThrownBy(() -> TimestampParser.parseOne("Sep 14, 2021 Sep 15, 2021")).hasMessageContaining("expected one");
        assertThat(TimestampParser.parseAll("  ")).isEmpty();
    }
}
