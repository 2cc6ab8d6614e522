package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.tracebench.app.Workbench;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The six sample letters, validated by veraPDF against PDF/UA-1 and PDF/A-2a. A failure lists every failed
 * rule with its clause, description and where it failed. With {@code -Dletters.out=DIR} the PDFs are also
 * written there, to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessiblePdfTest {

    Workbench workbench;

    @BeforeAll
    void open(@TempDir Path dir) {
        workbench = Workbench.open(Store.H2.freshLocation(dir));
        workbench.samples().load();
    }

    @AfterAll
    void close() {
        workbench.close();
    }

    static Stream<Arguments> letters() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("pz-illum-2021", "fcc-cease-and-desist"));
        out.add(Arguments.of("hk-kwaifong-2025", "task-force-notice"));
        for (String w : List.of("warning-kwk-2024", "warning-inbound-2024", "warning-aka-2024", "warning-callvox-2024")) {
            out.add(Arguments.of(w, "warning-letter"));
        }
        return out.stream();
    }

    private byte[] pdf(String caseKey, String template) {
        LetterService letters = workbench.letters();
        byte[] pdf = letters.render(letters.document(letters.draft(letters.caseFile(caseKey), template, null)),
                LetterService.Format.PDF);
        String out = System.getProperty("letters.out");
        if (out != null) {
            try {
                Files.createDirectories(Path.of(out));
                Files.write(Path.of(out, caseKey + ".pdf"), pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pdf;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void sampleLetterConformsToPdfUaAndPdfA(String caseKey, String template) {
        byte[] pdf = pdf(caseKey, template);
        VeraPdf.Report ua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        VeraPdf.Report a = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
        System.out.println(caseKey + " " + ua.toString().lines().findFirst().orElse("") + "; " + a.toString().lines().findFirst().orElse(""));
        assertThat(ua.compliant()).as("%s", ua).isTrue();
        assertThat(a.compliant()).as("%s", a).isTrue();
    }
}
