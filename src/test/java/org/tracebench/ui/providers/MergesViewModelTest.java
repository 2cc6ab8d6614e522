package org.tracebench.ui.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.EnforcementAction;
import org.tracebench.model.EnforcementKind;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Jdbc;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.ScriptedDialogs;

/** Merging and undoing through the Providers screen's view model, against a real (temporary) database. */
class MergesViewModelTest {

    @TempDir
    Path dir;

    private Database database;
    private Workbench workbench;
    private MergesViewModel model;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Provider acme;
    private Provider zeta;
    private Provider caller;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.inDirectory(dir.resolve("db")));
        workbench = new Workbench(database);
        acme = workbench.providers().insert(Provider.named("Acme Voice LLC").withAliases(List.of("ACME VOICE")), false);
        zeta = workbench.providers().insert(Provider.named("Zeta Telecom Inc.").withAliases(List.of("Zeta Telecom")), false);
        caller = workbench.providers().insert(Provider.customer("Sunrise Marketing Group"), false);
        // Two calls through Acme (one hop written with its alias, as an import would) and one through Zeta.
        call("TB-1", List.of(zeta.id(), acme.id()), List.of());
        call("TB-2", List.of(acme.id()), List.of(caller.name()));
        call("TB-3", List.of(zeta.id()), List.of());
        database.withConnection(c -> Jdbc.update(c,
                "UPDATE hop SET provider_as_written = 'ACME VOICE' WHERE provider_id = ? AND traced_call_id = "
                        + "(SELECT id FROM traced_call WHERE traceback_id = 'TB-2')", acme.id()));
        model = new MergesViewModel(workbench, new InlineTaskRunner(), dialogs);
    }

    private void call(String tracebackId, List<Long> hopProviders, List<String> customers) {
        List<Hop> hops = new java.util.ArrayList<>();
        for (int i = 0; i < hopProviders.size(); i++) {
            hops.add(new Hop(0, 0, i + 1, hopProviders.get(i), i == 0 ? HopRole.TERMINATING : HopRole.ORIGINATING,
                    null, null, ResponseStatus.PENDING, null, false));
        }
        workbench.calls().insert(new TracedCall(0, 0, tracebackId, Instant.parse("2021-09-07T21:11:00Z"), "+12025550100",
                "+12025550111", null, null, List.of(), ResponseStatus.PENDING, customers, null, null), hops);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private List<Long> hopProviders(String tracebackId) {
        long id = workbench.calls().findAll().stream().filter(c -> c.tracebackId().equals(tracebackId)).findFirst()
                .orElseThrow().id();
        return workbench.calls().hopsOf(id).stream().map(Hop::providerId).toList();
    }

    @Test
    void mergeThenUndoRestoresBothProvidersTheirAliasesAndTheirHops() {
        workbench.casework().editor().addEnforcementAction(new EnforcementAction(0, acme.id(), EnforcementKind.NOTICE,
                LocalDate.of(2024, 3, 1), "EB-1", null, null, null));
        assertThat(model.mergeQuestion(acme, zeta)).contains("\"ACME VOICE\"").contains("aliases of \"Zeta Telecom Inc.\"");

        Provider merged = model.merge(acme, zeta);

        assertThat(merged.aliases()).contains("Zeta Telecom", "Acme Voice LLC", "ACME VOICE");
        assertThat(workbench.providers().find(acme.id())).isEmpty();
        assertThat(hopProviders("TB-1")).containsExactly(zeta.id(), zeta.id());
        assertThat(hopProviders("TB-2")).containsExactly(zeta.id());
        // The enforcement history went with the merge instead of being deleted with the merged party.
        assertThat(workbench.casework().enforcement().historyOf(zeta.id())).extracting(EnforcementAction::fileNumber)
                .containsExactly("EB-1");

        model.reload();
        assertThat(model.rows()).extracting(r -> r.merge().spelling()).containsExactly("ACME VOICE", "Acme Voice LLC");
        assertThat(model.rows()).allSatisfy(r -> {
            assertThat(r.into()).isEqualTo("Zeta Telecom Inc.");
            assertThat(r.merge().actor()).isEqualTo(workbench.audit().actor());
            assertThat(r.state()).isEmpty();
        });
        // Either record of the hand merge undoes all of it; the question names both spellings.
        MergesViewModel.Row aliasRow = model.rows().get(0);
        assertThat(model.undoQuestion(aliasRow)).startsWith("\"Acme Voice LLC\" with its other spelling \"ACME VOICE\"");

        Provider restored = model.undo(aliasRow);

        assertThat(restored.name()).isEqualTo("Acme Voice LLC");
        assertThat(restored.aliases()).containsExactly("ACME VOICE");
        Provider zetaAfter = workbench.providers().find(zeta.id()).orElseThrow();
        assertThat(zetaAfter.name()).isEqualTo("Zeta Telecom Inc.");
        assertThat(zetaAfter.aliases()).containsExactly("Zeta Telecom");
        assertThat(hopProviders("TB-1")).containsExactly(zeta.id(), restored.id());
        assertThat(hopProviders("TB-2")).containsExactly(restored.id());
        assertThat(hopProviders("TB-3")).containsExactly(zeta.id());
        assertThat(model.rows()).allSatisfy(r -> {
            assertThat(r.merge().undone()).isTrue();
            assertThat(r.state()).startsWith("Undone ").endsWith("(now \"Acme Voice LLC\")");
        });
        assertThat(workbench.audit().forEntity("provider", zeta.id())).extracting(e -> e.action())
                .contains("merged", "merge-undone");
    }

    @Test
    void aMergedCallerTakesItsNamedCustomersBack() {
        Provider other = workbench.providers().insert(Provider.customer("Sunset Leads"), false);
        model.merge(caller, other);
        assertThat(workbench.calls().findAll().stream().filter(c -> c.tracebackId().equals("TB-2")).findFirst()
                .orElseThrow().customers()).containsExactly("Sunset Leads");

        model.reload();
        Provider restored = model.undo(model.rows().get(0));

        assertThat(restored.name()).isEqualTo("Sunrise Marketing Group");
        assertThat(workbench.calls().findAll().stream().filter(c -> c.tracebackId().equals("TB-2")).findFirst()
                .orElseThrow().customers()).containsExactly("Sunrise Marketing Group");
        assertThat(workbench.providers().find(other.id()).orElseThrow().aliases()).isEmpty();
    }

    @Test
    void refusalsAreSentencesForTheUser() {
        assertThatThrownBy(() -> model.merge(acme, acme)).isInstanceOf(MergesViewModel.Refused.class)
                .hasMessage("\"Acme Voice LLC\" cannot be merged into itself: pick another provider.");
        assertThatThrownBy(() -> model.merge(acme, null)).hasMessageStartingWith("Pick the provider to merge");
        assertThatThrownBy(() -> model.undo(null)).hasMessage("Select a merge to undo.");

        model.merge(zeta, acme);
        model.reload();
        MergesViewModel.Row row = model.rows().get(0);
        model.undo(row);
        MergesViewModel.Row undone = model.rows().stream().filter(r -> r.merge().id() == row.merge().id()).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> model.undo(undone)).isInstanceOf(MergesViewModel.Refused.class)
                .hasMessageStartingWith("The merge of \"Zeta Telecom\" was already undone on ");
        // A stale row (undone elsewhere, e.g. by the batch command) is refused by the service, in a sentence too.
        assertThatThrownBy(() -> model.undo(row)).isInstanceOf(MergesViewModel.Refused.class)
                .hasMessageEndingWith("was already undone.");
    }

    @Test
    void theTargetListLeavesOutTheSourceAndIsSearchable() {
        model.chooseTargetFor(acme);
        assertThat(model.targets()).extracting(Provider::name).containsExactlyInAnyOrder("Zeta Telecom Inc.", "Sunrise Marketing Group");
        model.targetQueryProperty().set("zeta telecom");
        assertThat(model.targets()).extracting(Provider::name).containsExactly("Zeta Telecom Inc.");
    }

    @Test
    void theDialogsAskMergeAndUndoThroughTheRunnerAndGetRefusalsBack() {
        List<Provider> merged = new java.util.ArrayList<>();
        List<String> refusals = new java.util.ArrayList<>();
        model.merge(acme, acme, merged::add, r -> refusals.add(r.getMessage()));
        assertThat(refusals).containsExactly("\"Acme Voice LLC\" cannot be merged into itself: pick another provider.");
        model.merge(acme, zeta, merged::add, r -> refusals.add(r.getMessage()));
        assertThat(merged).extracting(Provider::name).containsExactly("Zeta Telecom Inc.");

        model.reload();
        MergesViewModel.Row row = model.rows().get(0);
        List<String> questions = new java.util.ArrayList<>();
        model.undoQuestion(row, questions::add, r -> refusals.add(r.getMessage()));
        assertThat(questions).singleElement().asString().startsWith("\"Acme Voice LLC\" with its other spelling \"ACME VOICE\"");
        List<Provider> restored = new java.util.ArrayList<>();
        model.undo(row, restored::add, r -> refusals.add(r.getMessage()));
        assertThat(restored).extracting(Provider::name).containsExactly("Acme Voice LLC");
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.merge().undone()).isTrue());

        model.undo(row, restored::add, r -> refusals.add(r.getMessage()));
        assertThat(refusals).hasSize(2).last().asString().endsWith("was already undone.");
        model.undoQuestion(null, questions::add, r -> refusals.add(r.getMessage()));
        assertThat(refusals).last().isEqualTo("Select a merge to undo.");
        assertThat(questions).hasSize(1);
        assertThat(dialogs.errors()).isEmpty();
    }
}
