package org.tracebench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.tracebench.app.ActingUser;
import org.tracebench.app.Workbench;
import org.tracebench.model.AuditEntry;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.TracedCall;
import org.tracebench.store.AuditLog;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseEditorTest {

    @Parameter
    Store store;
    @TempDir
    Path dir;
    Workbench workbench;
    Casework work;

    @BeforeEach
    void open() {
        Database database = Database.open(store.freshLocation(dir));
        workbench = new Workbench(database);
        workbench.samples().load();
        // The real clock: the audit log and the case services share the workbench's one clock, and the day
        // filter below must find nothing on a day long past.
        work = new Workbench(database, Clock.systemUTC(), new ActingUser("m.jones")).casework();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aSaveOverANewerVersionIsRefusedWithBothVersionsAndWritesNothing() {
        CaseFile read = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        CaseFile theirs = org.tracebench.model.RecordFields.with(read, "notes", "Counsel called");
        work.editor().save(read, theirs);
        int auditLines = workbench.audit().latest(1000).size();

        CaseFile mine = org.tracebench.model.RecordFields.with(read, "recipient.title", "Chief Executive Officer");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> work.editor().save(read, mine))
                .isInstanceOfSatisfying(org.tracebench.model.EditConflictException.class, e -> {
                    assertThat(e.conflict().theirs()).isEqualTo(theirs);
                    assertThat(e.conflict().fieldsToDecide()).containsExactlyInAnyOrder("recipient.title", "notes");
                    assertThat(e.getMessage()).contains("Recipient title", "Notes").endsWith("nothing was written");
                });
        assertThat(workbench.cases().find(read.id()).orElseThrow()).isEqualTo(theirs);
        assertThat(workbench.audit().latest(1000)).hasSize(auditLines);

        // The merge the conflict screen saves: theirs with this user's field.
        var conflict = new org.tracebench.model.EditConflict<>("case", read, mine, theirs);
        work.editor().save(theirs, conflict.merged(java.util.Set.of("recipient.title")));
        CaseFile both = workbench.cases().find(read.id()).orElseThrow();
        assertThat(both.notes()).isEqualTo("Counsel called");
        assertThat(both.recipient().title()).isEqualTo("Chief Executive Officer");
    }

    @Test
    void aDeadlineSavedByTwoIsRefusedForTheSecond() {
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        org.tracebench.model.Deadline read = work.editor().addDeadline(new org.tracebench.model.Deadline(0, pz.id(),
                java.time.Instant.parse("2030-01-31T23:59:00Z"), "Report on vetting", "agreement", false));
        org.tracebench.model.Deadline theirs = org.tracebench.model.RecordFields.with(read, "done", true);
        work.editor().updateDeadline(read, theirs);
        org.tracebench.model.Deadline mine = org.tracebench.model.RecordFields.with(read, "description", "Report on customer vetting");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> work.editor().updateDeadline(read, mine))
                .isInstanceOf(org.tracebench.model.EditConflictException.class);
        work.editor().updateDeadline(theirs, org.tracebench.model.RecordFields.with(theirs, "description", "Report on customer vetting"));
    }

    @Test
    void anEditIsSavedAndTheAuditLogSaysWhatChanged() {
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        CaseFile edited = new CaseFile(pz.id(), pz.key(), pz.title(), pz.targetProviderId(), pz.issuingOffice(),
                pz.letterKind(), pz.status(), pz.openedOn(), pz.letterDate(), "Loyaan A. Egal\nChief, Enforcement Bureau",
                pz.recipient(), pz.notes(), pz.sample());
        work.editor().save(pz, edited);
        // Saving what is already stored writes no second audit line.
        work.editor().save(edited, edited);
        assertThat(workbench.cases().find(pz.id()).orElseThrow().signatory()).startsWith("Loyaan A. Egal");
        List<AuditEntry> log = work.auditQueries().find(new AuditFilter("m.jones", "case", null, null, null, 50));
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("edit");
            assertThat(e.detail()).startsWith("signatory: \"Rosemary C. Harold Chief").contains("-> \"Loyaan A. Egal");
        });
    }

    @Test
    void factsLinkToTracedCallsAndCanBeDisputed() {
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        List<TracedCall> calls = workbench.calls().findByCase(pz.id());
        CaseFact fact = work.editor().addFact(new CaseFact(0, pz.id(), LocalDate.of(2021, 9, 7),
                "PZ/Illum named Spinning Mantra as the customer", "ITG portal", false),
                List.of(calls.get(10).id(), calls.get(11).id()));
        ChronologyEntry stored = work.chronology().findByCase(pz.id()).stream()
                .filter(e -> e.fact().id() == fact.id()).findFirst().orElseThrow();
        assertThat(stored.tracedCallIds()).containsExactly(calls.get(10).id(), calls.get(11).id());

        work.editor().updateFact(stored, new ChronologyEntry(new CaseFact(fact.id(), pz.id(), fact.date(), fact.fact(),
                fact.source(), true), List.of(calls.get(12).id())));
        ChronologyEntry disputed = work.chronology().findByCase(pz.id()).stream()
                .filter(e -> e.fact().id() == fact.id()).findFirst().orElseThrow();
        assertThat(disputed.fact().disputed()).isTrue();
        assertThat(disputed.tracedCallIds()).containsExactly(calls.get(12).id());
        assertThat(work.auditQueries().find(new AuditFilter(null, null, "disputed", null, null, 10))).hasSize(1);
    }

    @Test
    void auditFiltersByDayAndText() {
        CaseFile hk = workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow();
        work.editor().setStatus(hk.id(), org.tracebench.model.CaseStatus.CLOSED);
        assertThat(work.auditQueries().find(new AuditFilter(null, null, "closed", LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 1), 10))).isEmpty(); // the log's own clock is the real one: not on that day
        assertThat(work.auditQueries().find(new AuditFilter(null, "case", "CLOSED", null, null, 10))).hasSize(1);
        assertThat(work.auditQueries().entities()).contains("case");
    }

    @Test
    void theAuditLogCannotBeRewrittenThroughAnyApi() throws IOException {
        List<String> mutators = Arrays.stream(AuditLog.class.getMethods())
                .filter(m -> m.getDeclaringClass() == AuditLog.class && Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).filter(n -> !List.of("record", "latest", "forEntity", "actor").contains(n)).toList();
        assertThat(mutators).as("public methods of AuditLog besides append and read").isEmpty();
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            List<Path> rewriting = sources.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(java|sql|xml|fxml|properties)$")).filter(p -> {
                try {
                    String text = Files.readString(p).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    return text.contains("update audit_log") || text.contains("delete from audit_log");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(rewriting).as("code that updates or deletes audit entries").isEmpty();
        }
    }
}
