package org.tracebench.letters;

import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;

/** Findings that rest on records the sample data marks as illustrative, and the exports they refuse. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class IllustrativeFindingsTest {

    @Parameter
    Store store;


    Path dir;
    Workbench workbench;
    LetterService letters;

    @BeforeParameterizedClassInvocation
    void open(Store store, @TempDir Path tempDir) {
        dir = tempDir;
        workbench = Workbench.open(store.freshLocation(dir));
        workbench.samples().load();
        letters = workbench.letters();
    }

    @AfterParameterizedClassInvocation
    void close() {
        workbench.close();
    }

    private Finding finding(String caseKey, String key) {
        return letters.findings(letters.caseFile(caseKey)).stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void warningLetterFindingsNameTheInventedProviderAndHops() {
        assertThat(finding("warning-kwk-2024", FindingsEngine.DOWNSTREAM).illustrativeReason()).get().asString()
                .contains("names provider marked illustrative (Sample Wholesale Routes)", "hops marked illustrative",
                        "(sample data)");
        assertThat(finding("hk-kwaifong-2025", FindingsEngine.NON_RESPONSE).illustrativeReason()).get().asString()
                .contains("hops marked illustrative");
    }

    @Test
    void pzIllumFindingsRestOnItsOwnRecordedHopsOnly() {
        // Its 78 calls are the real Attachment A; the invented downstream path hops support no finding.
        List<Finding> findings = letters.findings(letters.caseFile("pz-illum-2021"));
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.illustrativeReason()).isEmpty());
    }

    @Test
    void theHkKwaiFongNoticeAndNotThePzIllumLetterWouldBeRefused() {
        assertThat(LetterService.illustrativeFindings(letters.draft(letters.caseFile("hk-kwaifong-2025"),
                "task-force-notice", null))).extracting(Finding::key).contains(FindingsEngine.NON_RESPONSE);
        assertThat(LetterService.illustrativeFindings(letters.draft(letters.caseFile("pz-illum-2021"),
                "fcc-cease-and-desist", null))).isEmpty();
    }

    @Test
    void exportRefusesIllustrativeFindingsWritingNothing() {
        CaseFile kwk = letters.caseFile("warning-inbound-2024");
        LetterDraft draft = letters.draft(kwk, "warning-letter", null);
        Path out = dir.resolve("inbound.pdf");
        assertThatThrownBy(() -> letters.export(draft, out, false))
                .isInstanceOf(IllustrativeFindingsException.class)
                .hasMessageStartingWith("letter refused: ")
                .hasMessageContaining("use --allow-illustrative to write it anyway");
        assertThat(out).doesNotExist();
        assertThat(workbench.notices().findByCase(kwk.id())).isEmpty();
    }

    @Test
    void droppedFindingsDoNotRefuse() {
        CaseFile aka = letters.caseFile("warning-aka-2024");
        List<Finding> dropped = letters.findings(aka).stream().map(f -> f.withEdit(false, null, null)).toList();
        assertThat(dropped).anySatisfy(f -> assertThat(f.illustrativeReason()).isPresent());
        LetterDraft draft = letters.draft(aka, letters.templates().template("warning-letter"), null, dropped);
        assertThat(LetterService.illustrativeFindings(draft)).isEmpty();
    }
}
