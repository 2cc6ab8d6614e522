package org.tracebench.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.RecordFields;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.transfer.ImportSummary;
import org.tracebench.transfer.RecordConflict;
import org.tracebench.transfer.Side;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.ScriptedDialogs;

class CaseTransferViewModelTest {

    @TempDir
    Path dir;
    Workbench laptop;
    Workbench other;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<List<RecordConflict>> asked = new ArrayList<>();
    final List<ImportSummary> imported = new ArrayList<>();
    Optional<Map<String, Side>> answer = Optional.empty();

    @BeforeEach
    void open() {
        laptop = Workbench.open(DatabaseLocation.inDirectory(dir.resolve("laptop")));
        laptop.samples().load();
        other = Workbench.open(DatabaseLocation.inDirectory(dir.resolve("other")));
    }

    @AfterEach
    void close() {
        laptop.close();
        other.close();
    }

    private CaseTransferViewModel model(Workbench workbench) {
        return new CaseTransferViewModel(workbench.caseTransfer(), new InlineTaskRunner(), dialogs, (file, conflicts) -> {
            asked.add(conflicts);
            return answer;
        }, imported::add);
    }

    private CaseSummary summary(Workbench workbench) {
        return workbench.cases().summaries().stream().filter(s -> s.caseFile().key().equals("pz-illum-2021")).findFirst().orElseThrow();
    }

    private void setNotes(Workbench workbench, String notes) {
        CaseFile read = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        workbench.casework().editor().save(read, RecordFields.with(read, "notes", notes));
    }

    @Test
    void anEncryptedExportAndItsImportAskTheRightQuestionsAndSaySoWhenDone() {
        Path file = dir.resolve("pz");
        dialogs.choose(file).confirmNext(true).typePassphrase("correct horse battery");
        model(laptop).exportCase(summary(laptop));
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dir.resolve("pz.tbcase")).exists();

        dialogs.choose(dir.resolve("pz.tbcase")).typePassphrase("correct horse battery");
        model(other).importCase();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(imported).hasSize(1);
        assertThat(other.cases().findByKey("pz-illum-2021")).isPresent();
        assertThat(String.join("\n", dialogs.notes())).contains("Added case pz-illum-2021", "calls: 78 added");
    }

    @Test
    void conflictsAreAskedAndTheAnswerDecidesTheImportWhileCancelWritesNothing() {
        Path file = dir.resolve("pz.tbcase");
        dialogs.choose(file).confirmNext(false);
        model(laptop).exportCase(summary(laptop));
        dialogs.choose(file);
        model(other).importCase();
        setNotes(other, "Theirs");
        Path back = dir.resolve("back.tbcase");
        dialogs.choose(back).confirmNext(false);
        model(other).exportCase(summary(other));
        setNotes(laptop, "Mine");
        imported.clear();

        model(laptop).importFile(back);
        assertThat(asked).hasSize(1);
        assertThat(imported).isEmpty();
        assertThat(laptop.cases().findByKey("pz-illum-2021").orElseThrow().notes()).isEqualTo("Mine");
        assertThat(dialogs.notes()).anyMatch(n -> n.contains("Nothing was imported from back.tbcase"));

        RecordConflict conflict = asked.get(0).get(0);
        answer = Optional.of(conflict.fieldsToDecide().stream().collect(Collectors.toMap(conflict::key, f -> Side.THEIRS)));
        model(laptop).importFile(back);
        assertThat(imported).hasSize(1);
        assertThat(laptop.cases().findByKey("pz-illum-2021").orElseThrow().notes()).isEqualTo("Theirs");
    }
}
