package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where the page ends around the closing: letters whose body grows a line at a time, so the end of a page falls
 * at every place before, inside and after the closing paragraph, "Sincerely," and the signature. Read back from
 * the PDF with PDFBox, page by page: the closing block is on one page and never alone there, footnotes start on
 * the page of their reference, and no two glyphs overlap.
 */
class ClosingPageBreakTest {

    /** What stands right before the closing paragraph: each lets the page end fall somewhere else. */
    enum Before {
        /** As in the warning letters: a three-line paragraph whose long footnote fills the foot of the page. */
        FOOTNOTED_PARAGRAPH("""
                The Task Force has shared these findings with the Federal Communications Commission, which will \
                consider what steps to take next.REFA[^a] If the provider continues to carry robocalls in breach of \
                state and federal law,REFB[^b] the Task Force may take further legal action against the company.

                """),
        /** A long paragraph, of which only the last lines may go over. */
        LONG_PARAGRAPH("Longer paragraph " + "with words that run on over several lines of the page ".repeat(9)
                + "to its end.\n\n"),
        /** A list of one-line items after the sentence leading into it. */
        LIST("""
                The calls were about these campaigns:

                - Item Auto Warranty
                - Item IRS Imposter
                - Item SSA Imposter
                - Item Utility Scam

                """);

        final String markup;

        Before(String markup) {
            this.markup = markup;
        }
    }

    private static final String CLOSING = """
            Please answer CLOSESTART within thirty (30) days, by January 9, 2025, describing what the provider \
            has done to stop this traffic CLOSEEND.

            :::signature
            Sincerely,



            SIGNER NAME
            SIGNER TITLE
            SIGNER OFFICE
            :::

            [^a]: NOTEA See, e.g., %s
            [^b]: NOTEB See 47 U.S.C. § 227; 47 C.F.R. § 64.1200; 15 U.S.C. §§ 6101–6108; 16 C.F.R. § 310.3(b).
            """.formatted("an order of the Commission, <https://www.fcc.gov/document/an-order-to-cease-and-desist>, "
            .repeat(10));

    static String letter(Before before, int fillers, int extraLines) {
        StringBuilder markup = new StringBuilder(":::lines\nRecipient Person\nRecipient Company\n1 Example Street\n:::\n\n");
        markup.append("To Whom It May Concern:\n\n");
        // one-line paragraphs move the closing by a line and a gap, the paragraph of 1 to 3 lines by a line
        markup.append("Opening paragraph FILLER ").append("that grows by about a line at a time ".repeat(3 * extraLines))
                .append("here.\n\n");
        for (int i = 0; i < fillers; i++) {
            markup.append("Filler paragraph ").append(i).append(".\n\n");
        }
        markup.append(before.markup).append(CLOSING);
        return markup.toString();
    }

    /** Each page's text in drawing order (body, then footnotes, then the page number) and its glyphs. */
    record PageText(String text, List<TextPosition> glyphs) {
    }

    static List<PageText> read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PageText> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        glyphs.addAll(positions);
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(new PageText(stripper.getText(doc), glyphs));
            }
            return pages;
        }
    }

    private static int pageOf(List<PageText> pages, String token) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).text().contains(token)) {
                return i;
            }
        }
        throw new AssertionError("no page shows " + token);
    }

    @ParameterizedTest
    @EnumSource(Before.class)
    void theClosingNeverStandsAloneOnAPageWhereverThePageEnds(Before before) throws IOException {
        boolean closingOnALaterPage = false;
        boolean closingCarriedText = false;
        for (int extra = 0; extra < 3; extra++) {
            for (int fillers = 12; fillers < 42; fillers++) {
                String label = before + ", " + fillers + " fillers, " + extra + " extra lines";
                LetterDocument letter = PageLayoutTest.parse(letter(before, fillers, extra));
                List<PageText> pages = read(new PdfLetterWriter().write(letter));
                int page = pageOf(pages, "CLOSESTART");
                String text = pages.get(page).text();
                assertThat(text).as(label).contains("CLOSEEND", "Sincerely,", "SIGNER NAME", "SIGNER TITLE",
                        "SIGNER OFFICE");
                // the body lines drawn on this page before the closing paragraph: at least two lines of text
                List<String> lead = text.substring(0, text.indexOf("Please answer CLOSESTART")).lines()
                        .filter(l -> !l.isBlank()).toList();
                assertThat(lead).as(label + ": lines before the closing on its page").hasSizeGreaterThanOrEqualTo(2);
                if (page > 0) {
                    closingOnALaterPage = true;
                    // the page ends inside what precedes the closing, or right before it
                    closingCarriedText |= text.contains(before == Before.LIST ? "Item"
                            : before == Before.LONG_PARAGRAPH ? "lines of the page" : "The Task Force");
                }
                if (before == Before.FOOTNOTED_PARAGRAPH) {
                    assertThat(pageOf(pages, "NOTEA")).as(label + ": footnote a").isEqualTo(pageOf(pages, "REFA"));
                    assertThat(pageOf(pages, "NOTEB")).as(label + ": footnote b").isEqualTo(pageOf(pages, "REFB"));
                }
                for (int p = 0; p < pages.size(); p++) {
                    assertThat(overlap(pages.get(p).glyphs())).as(label + ": page " + (p + 1)).isNull();
                    assertThat(pages.get(p).text()).as(label).contains("Page " + (p + 1) + " of " + pages.size());
                }
            }
        }
        assertThat(closingOnALaterPage).as(before + ": some body length sends the closing to page 2").isTrue();
        assertThat(closingCarriedText).as(before + ": some body length carries what precedes the closing over with it").isTrue();
    }

    @Test
    void theOverlapCheckSeesTextSetOverText() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
                for (float[] at : new float[][] {{72, 700}, {72, 686}, {80, 690}}) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(at[0], at[1]);
                    content.showText("A line of text");
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            List<PageText> pages = read(out.toByteArray());
            assertThat(overlap(pages.get(0).glyphs())).isNotNull();
            // without the line set over the other two, lines 14 pt apart do not touch
            assertThat(overlap(pages.get(0).glyphs().stream()
                    .filter(g -> Math.abs(g.getYDirAdj() - (792 - 690)) > 1).toList())).isNull();
        }
    }

    /** Two glyphs whose boxes overlap (more than a rounding's worth), described, or null. */
    static String overlap(List<TextPosition> glyphs) {
        List<TextPosition> inked = new ArrayList<>(glyphs.stream().filter(g -> !g.getUnicode().isBlank()).toList());
        inked.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        float slack = 0.5f;
        float tallest = 0;
        for (TextPosition g : inked) {
            tallest = Math.max(tallest, g.getHeightDir());
        }
        for (int i = 0; i < inked.size(); i++) {
            TextPosition a = inked.get(i);
            for (int j = i + 1; j < inked.size(); j++) {
                TextPosition b = inked.get(j);
                if (b.getYDirAdj() - tallest >= a.getYDirAdj()) {
                    break; // sorted by baseline: no later glyph reaches up to this one
                }
                boolean across = a.getXDirAdj() + a.getWidthDirAdj() - slack > b.getXDirAdj()
                        && b.getXDirAdj() + b.getWidthDirAdj() - slack > a.getXDirAdj();
                boolean down = a.getYDirAdj() - slack > b.getYDirAdj() - b.getHeightDir()
                        && b.getYDirAdj() - slack > a.getYDirAdj() - a.getHeightDir();
                if (across && down) {
                    return "'" + a.getUnicode() + "' at " + a.getXDirAdj() + "," + a.getYDirAdj() + " and '"
                            + b.getUnicode() + "' at " + b.getXDirAdj() + "," + b.getYDirAdj();
                }
            }
        }
        return null;
    }
}
