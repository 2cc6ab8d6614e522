package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Office;
import org.tracebench.model.Signatory;

/**
 * Offices and signatories: the sample offices of V13 on both stores, a sample case's letterhead and signature
 * from its office, the warning letter addressed from the provider's record, a new office chosen for a case,
 * per-letter overrides, and the logo in PDF (an image on page 1) and DOCX (a picture with alt text).
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class OfficesTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;
    LetterService letters;
    Offices offices;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
        workbench.samples().load();
        letters = workbench.letters();
        offices = letters.offices();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private static byte[] seal() throws IOException {
        try (InputStream in = OfficesTest.class.getResourceAsStream("/org/tracebench/letters/offices/sample-seal.png")) {
            return in.readAllBytes();
        }
    }

    private byte[] pdf(String caseKey, String template) {
        return letters.render(letters.document(letters.draft(letters.caseFile(caseKey), template, null)),
                LetterService.Format.PDF);
    }

    private static String page1(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(doc);
        }
    }

    private static List<PDImageXObject> images(byte[] pdf) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
        }
        return images;
    }

    @Test
    void sampleOfficesAreStoredWithTheirLogosAndSignatories() throws IOException {
        List<Office> all = offices.offices();
        assertThat(all).extracting(Office::key)
                .containsExactly("fcc-enforcement-bureau", "il-ag-consumer-fraud", "nc-doj-task-force");
        Office nc = all.get(2);
        assertThat(nc.nameLines()).containsExactly("JEFF JACKSON", "ATTORNEY GENERAL");
        assertThat(nc.logoPng()).isEqualTo(seal());
        assertThat(nc.email()).endsWith("@example.org");
        assertThat(offices.signatories(nc.id())).extracting(Signatory::name).containsExactly("Tracy Nayer");
    }

    @Test
    void sampleCasesGetTheOfficeOfTheirReferenceLetter() {
        assertThat(offices.of(letters.caseFile("hk-kwaifong-2025")).office()).map(Office::key).hasValue("nc-doj-task-force");
        assertThat(offices.of(letters.caseFile("pz-illum-2021")).signatory()).map(Signatory::name).hasValue("Rosemary C. Harold");
        assertThat(offices.of(letters.caseFile("warning-aka-2024")).office()).map(Office::key).hasValue("il-ag-consumer-fraud");
    }

    @Test
    void taskForceNoticeCarriesTheLetterheadInCapitalsWithLogoAndContactLine() throws IOException {
        byte[] pdf = pdf("hk-kwaifong-2025", "task-force-notice");
        String page = page1(pdf);
        assertThat(page).contains("JEFF JACKSON\nATTORNEY GENERAL", "TRACY NAYER", "(919) 555-0117",
                "task-force.sample@example.org");
        assertThat(page).doesNotContain("Jeff Jackson");
        assertThat(images(pdf)).hasSize(1);
    }

    @Test
    void warningLetterIsAddressedFromTheProviderRecordAndSignedByAPerson() throws IOException {
        byte[] pdf = pdf("warning-kwk-2024", "warning-letter");
        String page = page1(pdf);
        assertThat(page).contains("Alex Sample\nPresident\nKWK Communications, Inc.\n100 Example Street, Suite 1\n"
                + "Sample City, NY 10001", "Sent by e-mail to compliance@kwk.example.com");
        assertThat(page).contains("Office of the Illinois Attorney General\nConsumer Fraud Bureau");
        assertThat(images(pdf)).as("this office has no logo").isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Sincerely,").contains("Jordan Sample\nAssistant Attorney General\nConsumer Fraud Bureau");
        }
    }

    @Test
    void aNewOfficeChosenForACaseSignsItsLetterAndLetterFieldsStillOverride() throws IOException {
        Office saved = offices.save(new Office(0, "state-ag-test", List.of("State of Example", "OFFICE OF THE ATTORNEY GENERAL"),
                List.of(), List.of("9 Test Street", "Testville, EX 00001"), "(555) 555-0100", "ag@example.org", null,
                seal(), false));
        Signatory signer = offices.save(new Signatory(0, saved.id(), "Pat Tester", "Senior Counsel",
                List.of("Robocall Unit"), false));
        CaseFile kwk = letters.caseFile("warning-kwk-2024");
        offices.assign(kwk, saved, signer);

        String page = page1(pdf("warning-kwk-2024", "warning-letter"));
        assertThat(page).contains("State of Example\nOFFICE OF THE ATTORNEY GENERAL", "9 Test Street, Testville, EX 00001");
        assertThat(String.join("\n", letters.draft(kwk, "warning-letter", null).data().get("sender").toString()))
                .contains("Pat Tester", "Senior Counsel", "Robocall Unit");

        letters.fields().put(kwk.id(), LetterField.LETTERHEAD.key(), "Overridden Letterhead");
        assertThat(page1(pdf("warning-kwk-2024", "warning-letter"))).contains("Overridden Letterhead")
                .doesNotContain("State of Example");

        Office reloaded = offices.offices().stream().filter(o -> o.key().equals("state-ag-test")).findFirst().orElseThrow();
        assertThat(reloaded).isEqualTo(saved);
    }

    @Test
    void badOfficesAreRefused() {
        Office base = new Office(0, "fcc-enforcement-bureau", List.of("Duplicate"), List.of(), List.of(), null, null, null,
                null, false);
        assertThatThrownBy(() -> offices.save(base)).hasMessageContaining("already has the key");
        Office svg = new Office(0, "svg-office", List.of("Svg"), List.of(), List.of(), null, null, null,
                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(), false);
        assertThatThrownBy(() -> offices.save(svg)).hasMessageContaining("not a PNG");
        Office nameless = new Office(0, "nameless", List.of(" "), List.of(), List.of(), null, null, null, null, false);
        assertThatThrownBy(() -> offices.save(nameless)).hasMessageContaining("name line");
    }

    @Test
    void docxLetterheadHasTheLogoWithAltTextAndARule() throws IOException {
        LetterDocument document = letters.document(letters.draft(letters.caseFile("pz-illum-2021"), "fcc-cease-and-desist", null));
        byte[] docx = letters.render(document, LetterService.Format.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            List<XWPFPicture> pictures = paragraphs.get(0).getRuns().get(0).getEmbeddedPictures();
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getCTPicture().getNvPicPr().getCNvPr().getName()).isNotBlank();
            assertThat(paragraphs.get(0).getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr())
                    .isEqualTo("Federal Communications Commission, Enforcement Bureau");
            XWPFParagraph names = paragraphs.get(1);
            assertThat(names.getText()).isEqualTo("Federal Communications Commission\nEnforcement Bureau");
            assertThat(names.getCTP().getPPr().getPBdr().getBottom()).isNotNull();
            assertThat(paragraphs.get(2).getText()).startsWith("45 L Street, NE, Washington, DC 20554");
        }
    }
}
