package org.tracebench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RebasedTest {

    private final CaseResponse read = new CaseResponse(7, 1, LocalDate.of(2024, 3, 1), "Answered", null, null);

    @Test
    void untouchedFieldsFollowTheStoreAndTouchedOnesKeepTheUsersText() {
        CaseResponse typing = RecordFields.with(read, "summary", "Answered: customer cut off");
        CaseResponse stored = RecordFields.with(read, "attachmentPath", "/r.pdf");
        Rebased<CaseResponse> rebased = Rebased.of(read, typing, stored);
        assertThat(rebased.shown()).isEqualTo(RecordFields.with(stored, "summary", "Answered: customer cut off"));
        assertThat(rebased.base()).isEqualTo(stored);
        assertThat(rebased.clashes()).isEmpty();
    }

    @Test
    void aFieldChangedByBothKeepsTheOldReadingSoTheSaveAsks() {
        CaseResponse typing = RecordFields.with(read, "summary", "mine");
        CaseResponse stored = RecordFields.with(RecordFields.with(read, "summary", "theirs"), "noticeId", 3L);
        Rebased<CaseResponse> rebased = Rebased.of(read, typing, stored);
        assertThat(rebased.clashes()).containsExactly("summary");
        assertThat(rebased.shown().summary()).isEqualTo("mine");
        assertThat(rebased.shown().noticeId()).isEqualTo(3L);
        assertThat(rebased.base().summary()).isEqualTo("Answered");
        assertThat(rebased.base().noticeId()).isEqualTo(3L);
        assertThat(new EditConflict<>("response", rebased.base(), rebased.shown(), stored).fieldsToDecide())
                .containsExactly("summary");
    }

    @Test
    void theSameChangeOnBothSidesIsNoClash() {
        CaseResponse same = RecordFields.with(read, "summary", "both");
        assertThat(Rebased.of(read, same, same).clashes()).isEmpty();
        assertThat(Rebased.of(read, same, same).base()).isEqualTo(same);
    }
}
