package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The DOCX letter's structure, read back with POI: what Word and LibreOffice lay out from. */
class DocxLetterWriterTest {

    private static LetterDocument parse(String markup, AttachmentTable attachment) {
        return new MarkupParser(new CitationLibrary(List.of())).parse(markup, "Title", "Subject", "Author", attachment);
    }

    private static XWPFDocument docx(String markup) throws IOException {
        return docx(parse(markup, null));
    }

    private static XWPFDocument docx(LetterDocument letter) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new DocxLetterWriter().write(letter)));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + text));
    }

    @Test
    void stylesGiveEveryTextTheLetterFontAndWidowControl() throws Exception {
        try (XWPFDocument doc = docx("Body text.[^a]\n\n1. item\n\n[^a]: A note.\n")) {
            String defaults = doc.getStyle().getDocDefaults().xmlText();
            assertThat(defaults).contains("Times New Roman", "w:val=\"22\"", "widowControl");
            assertThat(doc.getStyles().getStyle(DocxLetterWriter.FOOTNOTE_REFERENCE).getCTStyle().xmlText())
                    .contains("superscript");
            assertThat(doc.getStyles().getStyle(DocxLetterWriter.FOOTNOTE_TEXT).getCTStyle().xmlText())
                    .contains("w:val=\"17\"");
            assertThat(doc.getStyles().getStyle(DocxLetterWriter.FOOTER)).isNotNull();
            assertThat(doc.getStyles().getStyle("TableText")).isNotNull();
        }
    }

    @Test
    void footnotesAreWordFootnotesNumberedByFirstReference() throws IOException {
        String markup = "First mark.[^b] Second mark.[^a]\n\nAgain the first.[^b]\n\n"
                + "[^a]: Note called a.\n[^b]: Note called *b*.\n";
        try (XWPFDocument doc = docx(markup)) {
            List<XWPFRun> refs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> p.getRuns().stream()
                    .filter(r -> !r.getCTR().getFootnoteReferenceList().isEmpty()).forEach(refs::add));
            assertThat(refs).hasSize(3).allSatisfy(r -> assertThat(r.getStyle())
                    .isEqualTo(DocxLetterWriter.FOOTNOTE_REFERENCE));
            BigInteger first = refs.get(0).getCTR().getFootnoteReferenceArray(0).getId();
            BigInteger second = refs.get(1).getCTR().getFootnoteReferenceArray(0).getId();
            assertThat(refs.get(2).getCTR().getFootnoteReferenceArray(0).getId()).isEqualTo(first);
            XWPFFootnote b = doc.getFootnoteByID(first.intValue());
            XWPFFootnote a = doc.getFootnoteByID(second.intValue());
            assertThat(b.getParagraphs().get(0).getText()).contains("Note called b.");
            assertThat(a.getParagraphs().get(0).getText()).contains("Note called a.");
            assertThat(first).isLessThan(second); // Word numbers footnotes in the order of their ids' references
            for (XWPFFootnote note : List.of(a, b)) {
                XWPFParagraph p = note.getParagraphs().get(0);
                assertThat(p.getStyle()).isEqualTo(DocxLetterWriter.FOOTNOTE_TEXT);
                assertThat(p.getRuns().get(0).getCTR().getFootnoteRefList()).hasSize(1);
                assertThat(p.getRuns().get(0).getStyle()).isEqualTo(DocxLetterWriter.FOOTNOTE_REFERENCE);
            }
            assertThat(b.getParagraphs().get(0).getRuns()).anySatisfy(r -> {
                assertThat(r.text()).isEqualTo("b");
                assertThat(r.isItalic()).isTrue();
            });
        }
    }

    @Test
    void listsAreNumberedAndBulletedAndNumberingRestarts() throws IOException {
        String markup = "1. one\n2. two\n\nBetween.\n\n1. again\n\n- apple\n- pear\n\nAfter the bullets.\n";
        try (XWPFDocument doc = docx(markup)) {
            XWPFParagraph one = paragraph(doc, "one");
            XWPFParagraph two = paragraph(doc, "two");
            XWPFParagraph again = paragraph(doc, "again");
            assertThat(one.getNumID()).isNotNull().isEqualTo(two.getNumID());
            assertThat(again.getNumID()).isNotNull().isNotEqualTo(one.getNumID());
            assertThat(one.getNumFmt()).isEqualTo("decimal");
            assertThat(one.getNumLevelText()).isEqualTo("%1.");
            XWPFParagraph apple = paragraph(doc, "apple");
            XWPFParagraph pear = paragraph(doc, "pear");
            assertThat(apple.getNumFmt()).isEqualTo("bullet");
            assertThat(apple.getNumID()).isEqualTo(pear.getNumID());
            assertThat(apple.getSpacingAfter()).isEqualTo(DocxLetterWriter.ITEM_SPACE);
            assertThat(pear.getSpacingAfter()).as("the list ends with a paragraph's space")
                    .isEqualTo(DocxLetterWriter.PARAGRAPH_SPACE);
            assertThat(paragraph(doc, "Between.").getNumID()).isNull();
        }
    }

    @Test
    void boldItalicHeadingsAndAlignedLines() throws IOException {
        String markup = ":::letterhead\n**Big Office**\nStreet 1\n:::\n\n## A heading\n\nSome **strong** and *slanted* words.\n\n"
                + ":::right\nRight line\n:::\n";
        try (XWPFDocument doc = docx(markup)) {
            XWPFParagraph head = paragraph(doc, "Big Office");
            assertThat(head.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(head.getRuns().get(0).isBold()).isTrue();
            assertThat(head.getText()).contains("Street 1");
            XWPFParagraph heading = paragraph(doc, "A heading");
            assertThat(heading.getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(heading.getRuns()).allSatisfy(r -> assertThat(r.isBold()).isTrue());
            XWPFParagraph body = paragraph(doc, "strong");
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getRuns()).anySatisfy(r -> {
                assertThat(r.text()).isEqualTo("strong");
                assertThat(r.isBold()).isTrue();
            }).anySatisfy(r -> {
                assertThat(r.text()).isEqualTo("slanted");
                assertThat(r.isItalic()).isTrue();
                assertThat(r.isBold()).isFalse();
            });
            assertThat(paragraph(doc, "Right line").getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        }
    }

    @Test
    void signatureKeepsItsLinesTogetherInOneValidParagraph() throws IOException {
        try (XWPFDocument doc = docx("Body.\n\n:::signature\nSincerely,\n\n\nSIGNER NAME\nSIGNER TITLE\n:::\n")) {
            XWPFParagraph signature = paragraph(doc, "SIGNER NAME");
            assertThat(signature.getText()).contains("Sincerely,", "SIGNER TITLE");
            // a paragraph may carry one w:pPr only; Word reports a second one as unreadable content
            assertThat(signature.getCTP().xmlText().split("<w:pPr", -1)).hasSize(2);
            assertThat(signature.getCTP().getPPr().isSetKeepLines()).isTrue();
        }
    }

    @Test
    void closingParagraphIsKeptWithTheSignatureAndTheParagraphBeforeWithIt() throws IOException {
        try (XWPFDocument doc = docx("First paragraph.\n\n- a bullet\n\nEarlier paragraph.\n\nMiddle paragraph.\n\n"
                + "Closing paragraph.\n\n:::signature\nSincerely,\n\n\nSIGNER NAME\n:::\n")) {
            assertThat(paragraph(doc, "Closing paragraph.").isKeepNext()).isTrue();
            // a short closing paragraph is not split: it goes whole, as in the PDF
            assertThat(paragraph(doc, "Closing paragraph.").getCTP().getPPr().isSetKeepLines()).isTrue();
            // the paragraph before goes along (its last two lines, by widow control), so the closing never opens a
            // page alone; nothing earlier is tied to it
            assertThat(paragraph(doc, "Middle paragraph.").isKeepNext()).isTrue();
            assertThat(paragraph(doc, "Earlier paragraph.").isKeepNext()).isFalse();
            // the sentence leading into a list keeps with its first item
            assertThat(paragraph(doc, "First paragraph.").isKeepNext()).isTrue();
            assertThat(paragraph(doc, "a bullet").isKeepNext()).isFalse();
            assertThat(paragraph(doc, "SIGNER NAME").isKeepNext()).isFalse();
            // widow control (from the style) is what makes Word carry two lines, not one, to the signature's page
            assertThat(doc.getStyles().getStyle("Normal").getCTStyle().getPPr().isSetWidowControl()).isTrue();
            assertThat(paragraph(doc, "Closing paragraph.").getCTP().xmlText().split("<w:pPr", -1)).hasSize(2);
        }
    }

    @Test
    void theLastTwoItemsOfAListBeforeTheClosingGoWithIt() throws IOException {
        try (XWPFDocument doc = docx("Lead-in:\n\n- one\n- two\n- three\n\n" + "Closing words. ".repeat(60)
                + "\n\n:::signature\nSincerely,\n\n\nSIGNER NAME\n:::\n")) {
            assertThat(paragraph(doc, "three").isKeepNext()).isTrue();
            assertThat(paragraph(doc, "two").isKeepNext()).isTrue();
            assertThat(paragraph(doc, "one").isKeepNext()).isFalse();
            // a closing paragraph longer than six lines may split: widow control sends its last two lines
            XWPFParagraph closing = paragraph(doc, "Closing words.");
            assertThat(closing.isKeepNext()).isTrue();
            assertThat(closing.getCTP().getPPr().isSetKeepLines()).isFalse();
        }
    }

    @Test
    void pageBreakStartsTheNextParagraphOnANewPageWithoutAnEmptyLine() throws IOException {
        try (XWPFDocument doc = docx("Before.\n\n:::pagebreak\n\nAfter.\n")) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("Before.", "After.");
            assertThat(paragraph(doc, "After.").isPageBreak()).isTrue();
            assertThat(paragraph(doc, "Before.").isPageBreak()).isFalse();
        }
    }

    @Test
    void usLetterWithInchMarginsAndPageXOfYFooter() throws IOException {
        try (XWPFDocument doc = docx("Body.\n")) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(12240));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(15840));
            assertThat(List.of(section.getPgMar().getTop(), section.getPgMar().getBottom(), section.getPgMar().getLeft(),
                    section.getPgMar().getRight())).containsOnly(BigInteger.valueOf(1440));
            XWPFParagraph footer = doc.getFooterArray(0).getParagraphs().get(0);
            assertThat(footer.getStyle()).isEqualTo(DocxLetterWriter.FOOTER);
            assertThat(footer.getText()).startsWith("Page ").contains(" of ");
            assertThat(footer.getCTP().getFldSimpleList()).extracting(f -> f.getInstr().strip())
                    .containsExactly("PAGE", "NUMPAGES");
        }
    }

    @Test
    void attachmentTableHasRepeatingShadedHeaderProportionalColumnsAndUnsplitRows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(List.of("Customer " + i, "Sep 01, 2021 13:22\nSep 02, 2021 10:00", "Aug 31, 2021 16:41 UTC", "",
                    "", "SSA Imposter", "47 USC 227(b); 47 CFR 64.1200(a)"));
        }
        AttachmentTable attachment = new AttachmentTable("ATTACHMENT A", AttachmentRows.HEADER, rows, AttachmentRows.widths(rows));
        try (XWPFDocument doc = docx(parse("Letter body.\n", attachment))) {
            XWPFParagraph title = paragraph(doc, "ATTACHMENT A");
            assertThat(title.isPageBreak()).isTrue();
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(121);
            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getCell(0).getColor()).isEqualTo(DocxAttachmentTable.HEADER_FILL);
            assertThat(header.getCell(1).getText()).isEqualTo("Date of ITG Notification");
            assertThat(table.getRows()).allSatisfy(r -> assertThat(r.isCantSplitRow()).isTrue());
            assertThat(table.getRow(1).isRepeatHeader()).isFalse();
            assertThat(table.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
            List<Integer> grid = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((BigInteger) c.getW()).intValue()).toList();
            assertThat(grid).hasSize(7);
            assertThat(grid.stream().mapToInt(Integer::intValue).sum()).isEqualTo(DocxAttachmentTable.TEXT_WIDTH);
            // the widest column (Violation, weight 19) is wider than Caller ID (weight 11), as in the PDF
            assertThat(grid.get(6)).isGreaterThan(grid.get(3) * 3 / 2);
            assertThat(((BigInteger) table.getRow(5).getCell(6).getCTTc().getTcPr().getTcW().getW()).intValue())
                    .isEqualTo(grid.get(6));
            XWPFParagraph cell = table.getRow(1).getCell(1).getParagraphs().get(0);
            assertThat(cell.getStyle()).isEqualTo("TableText");
            assertThat(table.getRow(1).getCell(1).getText()).contains("Sep 01, 2021 13:22", "Sep 02, 2021 10:00");
        }
    }

    @Test
    void columnWidthsFollowTheWeightsAndFillTheLine() {
        assertThat(DocxAttachmentTable.columnWidths(new float[] {1, 3}, 2))
                .containsExactly(DocxAttachmentTable.TEXT_WIDTH / 4, DocxAttachmentTable.TEXT_WIDTH * 3 / 4);
        assertThat(DocxAttachmentTable.columnWidths(null, 3)).containsExactly(3120, 3120, 3120);
        assertThat(DocxAttachmentTable.columnWidths(new float[] {2}, 2)).containsExactly(6240, 3120);
    }
}
