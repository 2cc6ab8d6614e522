package org.tracebench.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracebench.model.CallSource;
import org.tracebench.model.Notice;

/** How the Letters & responses tab words a notice's sources and its choice about marked findings. */
class NoticeProvenanceTextTest {

    static final String SHA = "c4294fba640957b233540d6ea4bcadc8403501cecaf8ffe33cb79dfaec3e1308";

    private static Notice notice(Boolean allowed, int marked, String note) {
        return new Notice(1, 1, LocalDate.of(2021, 10, 21), "fcc-cease-and-desist", List.of("Prince Anand"), "abc",
                null, List.of(new CallSource(CallSource.Kind.IMPORT, 4L, Instant.parse("2026-11-30T10:15:00Z"),
                        "attachment-a.csv", 8972L, SHA, "csv", 80L, "paralegal", 78),
                        CallSource.of(CallSource.Kind.TYPED, 1)), allowed, marked, note);
    }

    @Test
    void theTableNamesEachFileAndTheDetailGivesItsSha256() {
        Notice notice = notice(true, 1, "\"Traceback notices\" (rests on 1 cell that could not be read)");
        assertThat(CaseLettersPane.sourcesInBrief(notice))
                .isEqualTo("attachment-a.csv (78)\ntyped or pasted in the editor (1)");
        assertThat(CaseLettersPane.provenance(notice)).isEqualTo("""
                Sources of the calls this letter relies on:
                • 78 calls from import #4 of 2026-11-30: attachment-a.csv (SHA-256 %s)
                • 1 call typed or pasted in the editor
                Marked findings (illustrative or unreadable): 1 marked finding allowed: "Traceback notices" \
                (rests on 1 cell that could not be read)""".formatted(SHA));
    }

    @Test
    void aNoticeRecordedByHandHasNoSources() {
        Notice byHand = new Notice(2, 1, LocalDate.of(2021, 10, 21), "fcc-cease-and-desist", List.of(), null, null);
        assertThat(CaseLettersPane.sourcesInBrief(byHand)).isEmpty();
        assertThat(CaseLettersPane.provenance(byHand)).startsWith("Recorded by hand or before sources were kept");
        assertThat(notice(false, 0, null).illustrativeText()).isEqualTo("not allowed, none in the letter");
    }
}
