package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfLetterWriterTest {

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    private static LetterDocument parse(String markup) {
        return new MarkupParser(new CitationLibrary(List.of())).parse(markup, "t", "s", "a", null);
    }

    @Test
    void aLongFootnoteStartsOnItsPageAndContinuesOnTheNext() throws IOException {
        StringBuilder markup = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            markup.append("Filler paragraph ").append(i).append(" with a few words in it.\n\n");
        }
        markup.append("The reference sits here.[^long]\n\nAfter the reference.\n\n");
        markup.append("[^long]: FIRSTWORDS ").append("lorem ipsum dolor sit amet ".repeat(300)).append("LASTWORDS\n");
        List<String> pages = pages(new PdfLetterWriter().write(parse(markup.toString())));
        int ref = indexOf(pages, "The reference sits here.1");
        assertThat(pages.get(ref)).contains("1 FIRSTWORDS");
        assertThat(pages.get(ref)).doesNotContain("LASTWORDS");
        assertThat(indexOf(pages, "LASTWORDS")).isGreaterThan(ref);
        assertThat(pages.get(pages.size() - 1)).contains("Page " + pages.size() + " of " + pages.size());
    }

    @Test
    void signatureBlockIsKeptTogether() throws IOException {
        for (int filler = 30; filler < 50; filler++) {
            StringBuilder markup = new StringBuilder();
            for (int i = 0; i < filler; i++) {
                markup.append("Paragraph ").append(i).append(".\n\n");
            }
            markup.append(":::signature\nSincerely,\n\n\nSIGNER NAME\nSIGNER TITLE\nSIGNER OFFICE\n:::\n");
            List<String> pages = pages(new PdfLetterWriter().write(parse(markup.toString())));
            int page = indexOf(pages, "Sincerely,");
            assertThat(pages.get(page)).as("filler %d", filler).contains("SIGNER NAME", "SIGNER TITLE", "SIGNER OFFICE");
        }
    }

    @Test
    void theSignatureNeverStandsAloneButTakesTheClosingLinesWithIt() throws IOException {
        StringBuilder closing = new StringBuilder();
        for (int w = 1; w <= 90; w++) {
            closing.append(String.format("close%02d ", w));
        }
        boolean split = false;
        // every filler height puts the page end somewhere else around the closing paragraph and the signature
        for (int filler = 30; filler < 62; filler++) {
            StringBuilder markup = new StringBuilder();
            for (int i = 0; i < filler; i++) {
                markup.append("Paragraph ").append(i).append(".\n\n");
            }
            markup.append(closing.toString().strip()).append(".\n\n");
            markup.append(":::signature\nSincerely,\n\n\nSIGNER NAME\nSIGNER TITLE\n:::\n");
            List<String> pages = pages(new PdfLetterWriter().write(parse(markup.toString())));
            int signature = indexOf(pages, "Sincerely,");
            String page = pages.get(signature);
            assertThat(page).as("filler %d", filler).contains("close90.", "SIGNER TITLE");
            // the two closing lines before the signature hold well over ten words; one line alone holds fewer
            assertThat(page).as("filler %d", filler).contains("close75");
            int start = indexOf(pages, "close01");
            if (start < signature) {
                split = true;
                assertThat(pages.get(start)).as("filler %d", filler).doesNotContain("close90.");
                assertThat(page).as("filler %d", filler).doesNotContain("close01");
            }
        }
        assertThat(split).as("some filler splits the closing paragraph over two pages").isTrue();
    }

    @Test
    void aShortClosingParagraphMovesWholeWithTheSignature() throws IOException {
        for (int filler = 30; filler < 62; filler++) {
            StringBuilder markup = new StringBuilder();
            for (int i = 0; i < filler; i++) {
                markup.append("Paragraph ").append(i).append(".\n\n");
            }
            markup.append("Please answer by the date above, SHORTSTART in a short closing paragraph of two lines that ")
                    .append("ends the letter here and now with these few last words SHORTEND.\n\n");
            markup.append(":::signature\nSincerely,\n\n\nSIGNER NAME\n:::\n");
            List<String> pages = pages(new PdfLetterWriter().write(parse(markup.toString())));
            String page = pages.get(indexOf(pages, "Sincerely,"));
            assertThat(page).as("filler %d", filler).contains("SHORTSTART", "SHORTEND", "SIGNER NAME");
        }
    }

    @Test
    void boldItalicAndListsSurviveIntoTheText() throws IOException {
        String text = pages(new PdfLetterWriter().write(parse("""
                Plain **bold** and *italic* text.

                1. first
                2. second

                - bullet"""))).get(0);
        assertThat(text).contains("Plain bold and italic text.", "1. first", "2. second", "• bullet");
    }

    private static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("not found: " + text);
    }
}
