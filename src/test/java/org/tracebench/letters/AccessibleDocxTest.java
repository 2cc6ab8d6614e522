package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The accessibility parts of the DOCX letter, read back with POI: heading styles, table header and alt text, language. */
class AccessibleDocxTest {

    private static XWPFDocument docx(AttachmentTable table) throws IOException {
        LetterDocument letter = new MarkupParser(new CitationLibrary(List.of())).parse(
                "## Findings\n\nThe provider carried the calls.\n", "Warning letter", "Subject", "Author", table);
        return new XWPFDocument(new ByteArrayInputStream(new DocxLetterWriter().write(letter)));
    }

    private static AttachmentTable table() {
        List<List<String>> rows = List.of(List.of("Edoro Technologies", "Aug 25, 2021", "Aug 24, 2021", "", "",
                "SSA Imposter", "47 USC 227(b)"));
        return new AttachmentTable("ATTACHMENT A", AttachmentRows.HEADER, rows, AttachmentRows.widths(rows));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().contains(text)).findFirst().orElseThrow();
    }

    @Test
    void headingsUseTheHeadingStyleThatWordKnowsAsHeading1() throws IOException {
        try (XWPFDocument doc = docx(table())) {
            assertThat(paragraph(doc, "Findings").getStyle()).isEqualTo(DocxLetterWriter.HEADING);
            assertThat(paragraph(doc, "ATTACHMENT A").getStyle()).isEqualTo(DocxLetterWriter.HEADING);
            assertThat(paragraph(doc, "The provider").getStyle()).isNull();
            String style = doc.getStyles().getStyle(DocxLetterWriter.HEADING).getCTStyle().xmlText();
            assertThat(style).contains("w:val=\"heading 1\"").contains("outlineLvl w:val=\"0\"");
        }
    }

    @Test
    void attachmentTableHasAMarkedHeaderRowAndACaption() throws IOException {
        try (XWPFDocument doc = docx(table())) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).isRepeatHeader()).isFalse();
            assertThat(table.getCTTbl().getTblPr().getTblCaption().getVal()).isEqualTo("ATTACHMENT A");
            assertThat(table.getCTTbl().getTblPr().getTblDescription().getVal())
                    .startsWith("1 rows, one per traced call; columns: " + AttachmentRows.HEADER.get(0))
                    .doesNotContain("\n");
        }
    }

    @Test
    void titleAndLanguageAreInTheDocumentProperties() throws Exception {
        try (XWPFDocument doc = docx(null)) {
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Warning letter");
            assertThat(doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .hasValue("en-US");
            assertThat(doc.getStyle().getDocDefaults().xmlText()).contains("w:val=\"en-US\"");
        }
    }

    @Test
    void anImageCarriesItsAltText() throws IOException {
        BufferedImage seal = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(seal, "png", png);
        byte[] written;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxLetterWriter.picture(doc.createParagraph().createRun(), png.toByteArray(), "seal.png", 36, 36,
                    "Seal of the Federal Office");
            assertThatThrownBy(() -> DocxLetterWriter.picture(doc.createParagraph().createRun(), png.toByteArray(),
                    "blank.png", 10, 10, " ")).isInstanceOf(IllegalArgumentException.class);
            doc.write(out);
            written = out.toByteArray();
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(written))) {
            var inline = doc.getParagraphs().get(0).getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
            assertThat(inline.getDocPr().getDescr()).isEqualTo("Seal of the Federal Office");
            assertThat(doc.getAllPictures()).hasSize(1);
        }
    }
}
