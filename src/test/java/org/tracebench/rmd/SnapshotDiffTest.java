package org.tracebench.rmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    private static List<RmdEntry> entries(String fixture) {
        return new RmdCsvReader().read(RmdFixtures.path(fixture)).stream()
                .map(r -> new RmdEntry(0, 0, r, null, null)).toList();
    }

    @Test
    void listsNewRemovedRenamedChangedAndOverdue() {
        List<SnapshotDiff.Change> changes = SnapshotDiff.between(entries(RmdFixtures.SEPTEMBER_2025),
                entries(RmdFixtures.MARCH_2026), LocalDate.of(2026, 3, 15));
        assertThat(changes).extracting(SnapshotDiff.Change::kind, SnapshotDiff.Change::rmdNumber,
                SnapshotDiff.Change::before, SnapshotDiff.Change::after).containsExactly(
                tuple(SnapshotDiff.Kind.NEW, "RMD0100019", null, "Saltmarsh Telecom LLC"),
                tuple(SnapshotDiff.Kind.REMOVED, "RMD0100003", "Harbor Relay Networks LLC", null),
                tuple(SnapshotDiff.Kind.RENAMED, "RMD0100001", "Northwind Voice LLC", "Northwind Voice Holdings LLC"),
                tuple(SnapshotDiff.Kind.IMPLEMENTATION_CHANGED, "RMD0100002", "Partial STIR/SHAKEN Implementation",
                        "Complete STIR/SHAKEN Implementation"),
                tuple(SnapshotDiff.Kind.IMPLEMENTATION_CHANGED, "RMD0100012", "Partial STIR/SHAKEN Implementation",
                        "Complete STIR/SHAKEN Implementation"),
                tuple(SnapshotDiff.Kind.RECERTIFICATION_OVERDUE, "RMD0100009", "2025-02-20", "due 2026-03-01"),
                tuple(SnapshotDiff.Kind.RECERTIFICATION_OVERDUE, "RMD0100018", "2025-02-20", "due 2026-03-01"));
    }

    @Test
    void aSnapshotComparedWithItselfHasNoChangesBeforeTheDeadline() {
        List<RmdEntry> march = entries(RmdFixtures.MARCH_2026);
        // On 28 February 2026 the 2026 recertification is not due yet; the 2025 one was done by everyone.
        assertThat(SnapshotDiff.between(march, march, LocalDate.of(2026, 2, 28))).isEmpty();
    }

    @Test
    void recertificationIsDueEachFirstOfMarch() {
        RmdRecord late = new RmdRecord(2, "RMD1", "Late Co", null, List.of(), List.of(), false, null, null, null, null,
                null, null, null, null, null, null, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 10));
        assertThat(SnapshotDiff.recertificationOverdue(late, LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(SnapshotDiff.recertificationOverdue(late, LocalDate.of(2026, 3, 2))).isTrue();
        RmdRecord newFiler = new RmdRecord(2, "RMD2", "New Co", null, List.of(), List.of(), false, null, null, null, null,
                null, null, null, null, null, null, LocalDate.of(2026, 1, 5), null);
        assertThat(SnapshotDiff.recertificationOverdue(newFiler, LocalDate.of(2026, 3, 15))).isFalse();
    }
}
