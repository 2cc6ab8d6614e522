package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of a good page, checked on the layout model (lines, gaps, units, pages), not on pixels. */
class PageLayoutTest {

    static final LetterFonts FONTS = new LetterFonts();

    static LetterDocument parse(String markup) {
        return SmartQuotes.document(new MarkupParser(new CitationLibrary(List.of())).parse(markup, "t", "s", "a", null));
    }

    /**
     * The widest word space of a line as a multiple of the font's space: the gaps between pieces that do not
     * touch, the hanging label left out.
     */
    static float spaceRatio(TextLine line) {
        float widest = 0;
        // word spaces are set in the line's text size, not a footnote mark's
        float size = 0;
        for (TextLine.Piece piece : line.pieces()) {
            size = Math.max(size, piece.size());
        }
        TextLine.Piece before = null;
        for (TextLine.Piece piece : line.pieces()) {
            if (piece.x() < 0) {
                continue; // a list label hangs left of the text
            }
            if (before != null) {
                float end = before.x() + FONTS.of(before.bold(), before.italic()).getWidthPoint(before.text(), before.size());
                float gap = piece.x() - end;
                if (gap > 0.05f) {
                    widest = Math.max(widest, gap / FONTS.regular.getWidthPoint(" ", size));
                }
            }
            before = piece;
        }
        return widest;
    }

    static String text(TextLine line) {
        StringBuilder out = new StringBuilder();
        line.pieces().forEach(p -> out.append(p.text()).append('|'));
        return out.toString();
    }

    @Test
    void noJustifiedLineSpacesItsWordsWiderThanTheLimit() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            // words of very different lengths make loose lines likely
            words.append(i % 7 == 0 ? "telecommunications" : i % 3 == 0 ? "a" : "provider").append(' ');
        }
        List<TextLine> lines = new LineBreaker(FONTS).lines(List.of(Run.plain(words.toString().strip())),
                LetterLayout.WIDTH, 11, 14, 0, null, 0, LineBreaker.Align.JUSTIFY);
        assertThat(lines).hasSizeGreaterThan(20);
        for (TextLine line : lines) {
            assertThat(spaceRatio(line)).as(text(line)).isLessThanOrEqualTo(LineBreaker.MAX_SPACE_RATIO + 0.01f);
        }
    }

    @Test
    void aUrlBreaksInsideAtSlashDotOrHyphenAndItsLinesAreNotStretched() {
        String url = "<https://www.fcc.gov/document/fcc-orders-avid-telecom-cease-and-desist-robocalls>";
        List<TextLine> lines = new LineBreaker(FONTS).lines(List.of(Run.plain(
                "See the order of the Commission issued on June 7, 2023, available at " + url + "; and see also "
                        + url + " for the rest.")), LetterLayout.WIDTH, 8.5f, 10.5f, 0, null, 0, LineBreaker.Align.JUSTIFY);
        String joined = String.join("", lines.stream().map(l -> String.join("", l.pieces().stream().map(TextLine.Piece::text).toList())).toList());
        assertThat(joined).contains(url.replace(" ", ""));
        boolean brokenAtAPoint = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (text(line).contains("fcc") || text(line).contains("robocalls>")) {
                assertThat(spaceRatio(line)).as(text(line)).isLessThanOrEqualTo(1.01f);
            }
            String last = line.pieces().get(line.pieces().size() - 1).text();
            if (i + 1 < lines.size() && !last.endsWith(";") && !last.endsWith(",") && last.contains("/")
                    || last.endsWith("-")) {
                String next = lines.get(i + 1).pieces().get(0).text();
                assertThat(last.endsWith("/") || last.endsWith("-") || next.startsWith(".")).as(last + " | " + next).isTrue();
                brokenAtAPoint = true;
            }
        }
        assertThat(brokenAtAPoint).as(lines.stream().map(PageLayoutTest::text).toList().toString()).isTrue();
    }

    @Test
    void headingsAndReLinesAreFlushLeftAndListItemsSitClose() {
        LetterDocument letter = parse("**Re: Warning about suspected illegal robocall traffic carried by a provider with a"
                + " rather long name that runs over the line**\n\n"
                + "Lead-in sentence that introduces the providers:\n\n- First Provider\n- Second Provider\n\nAfter.\n");
        List<LetterLayout.Unit> units = new LetterLayout(FONTS).units(letter.blocks());
        List<TextLine> lines = units.stream().flatMap(u -> u.lines().stream()).toList();
        assertThat(spaceRatio(lines.get(0))).isLessThanOrEqualTo(1.01f);
        TextLine first = lines.stream().filter(l -> text(l).contains("First")).findFirst().orElseThrow();
        TextLine second = lines.stream().filter(l -> text(l).contains("Second")).findFirst().orElseThrow();
        TextLine after = lines.stream().filter(l -> text(l).contains("After")).findFirst().orElseThrow();
        assertThat(first.spaceBefore()).isEqualTo(LetterLayout.ITEM_SPACE);
        assertThat(second.spaceBefore()).isEqualTo(LetterLayout.ITEM_SPACE);
        assertThat(after.spaceBefore()).isEqualTo(LetterLayout.PARAGRAPH_SPACE);
        // the lead-in sentence and the first item never part
        assertThat(units).anyMatch(u -> u.lines().stream().anyMatch(l -> text(l).contains("Lead-in"))
                && u.lines().contains(first));
    }

    private static String filler(int paragraphs) {
        StringBuilder markup = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            markup.append("Paragraph ").append(i).append(" of the letter body.\n\n");
        }
        return markup.toString();
    }

    private static final String CLOSING = "Please answer within thirty (30) days, by January 9, 2025, describing what"
            + " the provider has done to stop this traffic, and send your answer to the address above.\n\n"
            + ":::signature\nSincerely,\n\n\nSIGNER NAME\nSIGNER TITLE\n:::\n";

    private static List<Paginator.Page> pages(String markup) {
        LetterLayout layout = new LetterLayout(FONTS);
        LetterDocument letter = parse(markup);
        float available = LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_TOP - LetterLayout.MARGIN_BOTTOM;
        return new Paginator(available).paginate(layout.units(letter.blocks()), layout.footnotes(letter.footnotes()));
    }

    private static boolean holds(Paginator.Page page, String text) {
        return page.body().stream().anyMatch(l -> text(l).replace("|", "").contains(text.replace(" ", ""))
                || text(l).contains(text));
    }

    @Test
    void theClosingParagraphSincerelyAndSignatureMoveTogether() {
        for (int filler = 20; filler < 50; filler++) {
            List<Paginator.Page> pages = pages(filler(filler) + CLOSING);
            Paginator.Page last = pages.get(pages.size() - 1);
            assertThat(holds(last, "SIGNER")).as("filler %d", filler).isTrue();
            assertThat(holds(last, "Sincerely,")).as("filler %d", filler).isTrue();
            assertThat(holds(last, "Please")).as("filler %d", filler).isTrue();
        }
    }

    @Test
    void aPageNeverHoldsOnlyTheClosingWhenThePageBeforeHasRoomAfterTightening() {
        float available = LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_TOP - LetterLayout.MARGIN_BOTTOM;
        boolean tightened = false;
        for (int filler = 20; filler < 50; filler++) {
            List<Paginator.Page> pages = pages(filler(filler) + CLOSING);
            if (pages.size() < 2) {
                continue;
            }
            Paginator.Page last = pages.get(pages.size() - 1);
            Paginator.Page before = pages.get(pages.size() - 2);
            boolean onlyClosing = last.body().stream().noneMatch(l -> text(l).contains("Paragraph"));
            if (onlyClosing) {
                // the page before could not take the closing even with its gaps at their tightest
                float closing = 0;
                for (TextLine line : last.body()) {
                    closing += line.spaceBefore() + line.height();
                }
                float room = available - used(before, 1) + shrinkLeft(before);
                assertThat(closing + LetterLayout.PARAGRAPH_SPACE * Paginator.TIGHTEST).as("filler %d", filler)
                        .isGreaterThan(room);
            }
            tightened |= pages.stream().anyMatch(p -> p.body().stream().anyMatch(l -> l.spaceBefore() > 0
                    && l.spaceBefore() < LetterLayout.PARAGRAPH_SPACE - 0.01f && l.spaceBefore() != LetterLayout.ITEM_SPACE));
        }
        assertThat(tightened).as("some filler needs a tightened page to keep the closing company").isTrue();
    }

    private static float used(Paginator.Page page, float scale) {
        float h = 0;
        for (TextLine line : page.body()) {
            h += line.spaceBefore() * scale + line.height();
        }
        for (TextLine line : page.foot()) {
            h += line.height();
        }
        return h + (page.foot().isEmpty() ? 0 : Paginator.SEPARATOR);
    }

    private static float shrinkLeft(Paginator.Page page) {
        float s = 0;
        for (TextLine line : page.body()) {
            s += Math.max(0, line.spaceBefore() - LetterLayout.PARAGRAPH_SPACE * Paginator.TIGHTEST);
        }
        return s;
    }

    @Test
    void tighteningShrinksGapsNoFurtherThanTheLimitAndKeepsFootnotesOnTheirPage() {
        for (int filler = 20; filler < 50; filler++) {
            String markup = filler(filler).replace("Paragraph 3 of", "Paragraph 3[^a] of") + CLOSING
                    + "[^a]: A footnote on the page of its reference.\n";
            List<Paginator.Page> pages = pages(markup);
            float available = LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_TOP - LetterLayout.MARGIN_BOTTOM;
            for (Paginator.Page page : pages) {
                assertThat(used(page, 1)).as("filler %d", filler).isLessThanOrEqualTo(available + 0.01f);
                for (TextLine line : page.body()) {
                    if (line.spaceBefore() > 0) {
                        assertThat(line.spaceBefore()).isGreaterThanOrEqualTo(LetterLayout.ITEM_SPACE * Paginator.TIGHTEST - 0.01f);
                    }
                }
            }
            assertThat(pages.get(0).foot()).isNotEmpty();
        }
    }
}
