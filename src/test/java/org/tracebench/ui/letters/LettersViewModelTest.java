package org.tracebench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.letters.Finding;
import org.tracebench.letters.FindingsEngine;
import org.tracebench.store.DatabaseLocation;

/** The Letters screen's logic without a stage. */
class LettersViewModelTest {

    @TempDir
    Path dir;
    Workbench workbench;
    LettersViewModel model;

    @BeforeEach
    void open() {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir));
        workbench.samples().load();
        model = new LettersViewModel(workbench.letters());
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void selectingACasePicksItsTemplateDateAndFindings() {
        model.selectCase(workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow());
        assertThat(model.templateProperty().get()).isEqualTo("task-force-notice");
        assertThat(model.letterDateProperty().get()).isEqualTo(LocalDate.parse("2025-08-07"));
        assertThat(model.findings()).extracting(Finding::key)
                .contains(FindingsEngine.RMD, FindingsEngine.DOWNSTREAM, FindingsEngine.NON_RESPONSE);
        assertThat(model.templateUses(FindingsEngine.DOWNSTREAM)).isTrue();
        assertThat(model.templateUses(FindingsEngine.ORIGINATION)).isFalse();
        Finding silent = model.findings().stream().filter(f -> f.key().equals(FindingsEngine.NON_RESPONSE)).findFirst().orElseThrow();
        assertThat(model.callLabels(silent)).hasSize(silent.supportingCallIds().size()).allMatch(l -> l.startsWith("TB-HK-"));
    }

    @Test
    void previewUsesUnsavedTemplateTextAndReportsErrorsWithTheLine() {
        model.selectCase(workbench.cases().findByKey("warning-kwk-2024").orElseThrow());
        LettersViewModel.Preview ok = model.preview();
        assertThat(ok.error()).isNull();
        assertThat(ok.pdf()).isNotEmpty();
        model.templateSourceProperty().set(model.templateSourceProperty().get() + "\n{{#if target.name}}\nunclosed\n");
        LettersViewModel.Preview broken = model.preview();
        assertThat(broken.pdf()).isNull();
        assertThat(broken.error()).startsWith("template warning-letter, line ").contains("is never closed");
        assertThat(model.saveTemplate()).isNotNull();
        assertThat(workbench.letters().templates().isEdited("warning-letter")).isFalse();
    }

    @Test
    void droppingAFindingIsKeptWithTheCase() {
        model.selectCase(workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow());
        Finding rmd = model.findings().stream().filter(f -> f.key().equals(FindingsEngine.RMD)).findFirst().orElseThrow();
        model.editFinding(rmd.withEdit(false, null, null));
        model.reloadFindings();
        assertThat(model.findings()).filteredOn(f -> f.key().equals(FindingsEngine.RMD))
                .singleElement().satisfies(f -> assertThat(f.included()).isFalse());
        model.resetFinding(FindingsEngine.RMD);
        assertThat(model.findings()).filteredOn(f -> f.key().equals(FindingsEngine.RMD))
                .singleElement().satisfies(f -> assertThat(f.included()).isTrue());
    }

    @Test
    void saveAsMakesANewTemplateAndResetDeletesIt() {
        model.selectCase(workbench.cases().findByKey("warning-kwk-2024").orElseThrow());
        assertThat(model.saveTemplateAs("Bad Name")).isNotNull();
        model.templateSourceProperty().set(model.templateSourceProperty().get().replace("Warning about", "Second warning about"));
        assertThat(model.saveTemplateAs("second-warning")).isNull();
        assertThat(model.templates()).contains("second-warning");
        assertThat(workbench.letters().templates().source("second-warning")).contains("Second warning about");
        model.resetTemplate();
        assertThat(model.templates()).doesNotContain("second-warning");
        assertThat(model.templateProperty().get()).isEqualTo("warning-letter");
    }
}
