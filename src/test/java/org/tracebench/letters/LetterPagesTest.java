package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.store.DatabaseLocation;

/** The sample letters as an attorney reads them: findings' wording, Attachment A's columns, the pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterPagesTest {

    Workbench workbench;
    LetterService letters;

    @BeforeAll
    void open(@TempDir Path dir) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve("db")));
        workbench.samples().load();
        letters = workbench.letters();
    }

    @AfterAll
    void close() {
        workbench.close();
    }

    private Finding finding(CaseFile caseFile, String key) {
        return letters.findings(caseFile).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void findingsStateTheRmdStatusTheDataHoldsAndNothingSofter() {
        CaseFile hk = letters.caseFile("hk-kwaifong-2025");
        Provider target = workbench.providers().find(hk.targetProviderId()).orElseThrow();
        assertThat(target.rmdStatus()).isEqualTo(RmdStatus.NOT_FILED);
        try {
            assertThat(finding(hk, FindingsEngine.DOWNSTREAM).text()).startsWith("Although HK KwaiFong is not listed in the FCC's RMD, since");
            assertThat(finding(hk, FindingsEngine.RMD).title()).isEqualTo("HK KwaiFong has no RMD filing");
            workbench.providers().update(target.withRmd(target.rmdNumber(), RmdStatus.DEFICIENT));
            assertThat(finding(hk, FindingsEngine.DOWNSTREAM).text()).startsWith("Although HK KwaiFong's filing in the FCC's RMD is deficient, since");
            assertThat(finding(hk, FindingsEngine.DOWNSTREAM).title()).endsWith("despite its deficient RMD filing");
            assertThat(finding(hk, FindingsEngine.RMD).title()).isEqualTo("HK KwaiFong has a deficient RMD filing");
            workbench.providers().update(target.withRmd(target.rmdNumber(), RmdStatus.REMOVED));
            assertThat(finding(hk, FindingsEngine.DOWNSTREAM).text()).startsWith("Although HK KwaiFong has been removed from the FCC's RMD, since");
            assertThat(finding(hk, FindingsEngine.RMD).title()).isEqualTo("HK KwaiFong has been removed from the RMD");
            workbench.providers().update(target.withRmd(target.rmdNumber(), RmdStatus.REGISTERED));
            assertThat(letters.findings(hk)).extracting(Finding::key).doesNotContain(FindingsEngine.RMD);
            assertThat(finding(hk, FindingsEngine.DOWNSTREAM).text()).startsWith("Since").doesNotContain("RMD");
            for (RmdStatus status : RmdStatus.values()) {
                workbench.providers().update(target.withRmd(target.rmdNumber(), status));
                assertThat(letters.findings(hk)).allSatisfy(f -> assertThat(f.text() + f.title())
                        .doesNotContain("properly", "missing or deficient"));
            }
        } finally {
            workbench.providers().update(target);
        }
    }

    @Test
    void theLetterPrintsTypographicQuotesInFindingsAndTemplateText() throws IOException {
        LetterDocument document = letters.document(letters.draft(letters.caseFile("hk-kwaifong-2025"), "task-force-notice", null));
        String pdf = String.join(" ", text(letters.render(document, LetterService.Format.PDF), false));
        assertThat(pdf).contains("Although HK KwaiFong is not listed in the FCC’s RMD").doesNotContain("FCC's")
                .doesNotContain("\"");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(letters.render(document, LetterService.Format.DOCX)))) {
            String body = docx.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(body).contains("is not listed in the FCC’s RMD").doesNotContain("FCC's");
        }
    }

    @Test
    void everyWarningLetterDefinesTheItgBeforeUsingIt() throws IOException {
        for (String key : List.of("warning-kwk-2024", "warning-inbound-2024", "warning-aka-2024", "warning-callvox-2024")) {
            String text = String.join(" ", text(letters.render(letters.document(letters.draft(letters.caseFile(key),
                    "warning-letter", null)), LetterService.Format.PDF), false)).replaceAll("\\s+", " ");
            int defined = text.indexOf("Industry Traceback Group (“ITG”)");
            assertThat(defined).as(key).isPositive();
            assertThat(text.indexOf("ITG")).as(key).isEqualTo(defined + "Industry Traceback Group (“".length());
        }
    }

    private static List<String> text(byte[] pdf, boolean byPosition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return List.of(stripper.getText(doc).split("\\R"));
        }
    }

    @Test
    void aPdfSearchFindsEveryCustomerAndCampaignOfAttachmentAAsAPhrase() throws IOException {
        LetterDocument document = letters.document(letters.draft(letters.caseFile("pz-illum-2021"), "fcc-cease-and-desist", null));
        AttachmentTable table = document.attachment();
        Set<String> phrases = new LinkedHashSet<>();
        for (List<String> row : table.rows()) {
            phrases.add(row.get(0));
            phrases.add(row.get(5));
        }
        phrases.remove("");
        assertThat(phrases).contains("Spinning Mantra Communications Pvt. Ltd.", "LINTECH SOLUTIONS",
                "Credit Card Rate Reduction Call");
        // read as a viewer's search does, line by line across the page
        List<String> lines = text(letters.render(document, LetterService.Format.PDF), true);
        for (String phrase : phrases) {
            assertThat(lines).as(phrase).anyMatch(line -> line.contains(phrase));
        }
    }

    @Test
    void allEmptyColumnsAreNarrowerThanTheirHeaderPlusPaddingInPdfAndDocx() throws IOException {
        LetterDocument document = letters.document(letters.draft(letters.caseFile("pz-illum-2021"), "fcc-cease-and-desist", null));
        AttachmentTable table = document.attachment();
        LetterFonts fonts = new LetterFonts();
        float total = 0;
        for (float w : table.widths()) {
            total += w;
        }
        assertThat(total).isCloseTo(LetterLayout.WIDTH, org.assertj.core.data.Offset.offset(0.1f));
        List<Integer> empty = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            int column = c;
            if (table.rows().stream().allMatch(r -> r.get(column).isBlank())) {
                empty.add(c);
                float header = fonts.bold.getWidthPoint(table.header().get(c), ColumnWidths.SIZE) + 2 * ColumnWidths.PADDING;
                assertThat(table.widths()[c]).as(table.header().get(c)).isLessThan(header);
            }
        }
        assertThat(empty).extracting(c -> table.header().get(c)).containsExactly("Caller ID", "Called Number");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(letters.render(document, LetterService.Format.DOCX)))) {
            XWPFTable grid = docx.getTables().get(0);
            var cols = grid.getCTTbl().getTblGrid().getGridColList();
            assertThat(cols).hasSize(table.widths().length);
            for (int c = 0; c < cols.size(); c++) {
                assertThat(((java.math.BigInteger) cols.get(c).getW()).intValue()).as("gridCol %d", c)
                        .isCloseTo(Math.round(table.widths()[c] * 20), org.assertj.core.data.Offset.offset(2));
            }
        }
    }

    @Test
    void aCellThatFitsOnOneLineIsSetOnOneLine() {
        LetterDocument document = letters.document(letters.draft(letters.caseFile("pz-illum-2021"), "fcc-cease-and-desist", null));
        AttachmentTable table = document.attachment();
        LetterFonts fonts = new LetterFonts();
        ColumnWidths widths = new ColumnWidths(fonts);
        for (int c : new int[] {0, 5}) {
            float room = ColumnWidths.textWidth(table.widths()[c]);
            for (List<String> row : table.rows()) {
                assertThat(fonts.regular.getWidthPoint(row.get(c), ColumnWidths.SIZE)).as(row.get(c)).isLessThanOrEqualTo(room);
                assertThat(widths.breaks(row.get(c), room)).isZero();
            }
        }
    }

    @Test
    void theWarningLettersFillTheirFirstPageAndEndWithTheClosingTogether() {
        for (String key : List.of("warning-kwk-2024", "warning-inbound-2024", "warning-aka-2024", "warning-callvox-2024")) {
            LetterDocument document = letters.document(letters.draft(letters.caseFile(key), "warning-letter", null));
            float available = LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_TOP - LetterLayout.MARGIN_BOTTOM;
            // the pages as the PDF sets them, letterhead included
            List<Paginator.Page> pages = PdfLetterWriter.pages(document);
            Paginator.Page first = pages.get(0);
            float used = 0;
            for (TextLine line : first.body()) {
                used += line.spaceBefore() + line.height();
            }
            for (TextLine line : first.foot()) {
                used += line.height();
            }
            // the first page is no longer left a fifth empty
            assertThat(available - used).as(key).isLessThan(available / 5);
            Paginator.Page last = pages.get(pages.size() - 1);
            String lastText = last.body().stream().map(PageLayoutTest::text).reduce("", String::concat);
            assertThat(lastText).as(key).contains("Sincerely,").contains("Please").contains("answer");
            // and the closing does not stand alone there: lines of the letter's body come before it
            List<String> lastLines = last.body().stream().map(l -> PageLayoutTest.text(l).replace("|", " ")).toList();
            int closing = 0;
            while (!lastLines.get(closing).startsWith("Please ")) {
                closing++;
            }
            assertThat(lastLines.subList(0, closing).stream().filter(l -> !l.isBlank())).as(key).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void noLineOfTheSixSampleLettersSpacesItsWordsWiderThanTheLimit() {
        String[][] samples = {{"pz-illum-2021", "fcc-cease-and-desist"}, {"hk-kwaifong-2025", "task-force-notice"},
            {"warning-kwk-2024", "warning-letter"}, {"warning-inbound-2024", "warning-letter"},
            {"warning-aka-2024", "warning-letter"}, {"warning-callvox-2024", "warning-letter"}};
        for (String[] sample : samples) {
            LetterDocument document = SmartQuotes.document(letters.document(letters.draft(letters.caseFile(sample[0]), sample[1], null)));
            LetterLayout layout = new LetterLayout(fonts());
            List<TextLine> lines = new ArrayList<>();
            layout.units(document.blocks()).forEach(u -> lines.addAll(u.lines()));
            layout.footnotes(document.footnotes()).values().forEach(lines::addAll);
            assertThat(lines).hasSizeGreaterThan(30);
            for (TextLine line : lines) {
                assertThat(PageLayoutTest.spaceRatio(line)).as(sample[0] + ": " + PageLayoutTest.text(line))
                        .isLessThanOrEqualTo(LineBreaker.MAX_SPACE_RATIO + 0.01f);
            }
        }
    }

    private static LetterFonts fonts() {
        return PageLayoutTest.FONTS;
    }
}
