package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationTest {

    private final CitationLibrary library = new CitationLibrary(List.of(
            new Citation("order", "*Some Order*, FCC 23-18", "(Mar. 17, 2023)", "*Order*", "<https://x.test/o.pdf>"),
            new Citation("other", "*Other Order*, 35 FCC Rcd 7614", "(2020)", "*Other*", ""),
            new Citation("rule", "47 C.F.R. § 64.6305", "", "", "")));

    private List<String> footnotes(String markup) {
        return new MarkupParser(library).parse(markup, "t", "s", "a", null).footnotes().stream()
                .map(Footnote::plainText).toList();
    }

    @Test
    void fullThenShortThenId() {
        List<String> notes = footnotes("""
                One.[^a] Two.[^b] Three.[^c] Four.[^d] Five.[^e]
                [^a]: See [@order at 16 ¶28]; [@rule (d)–(f)].
                [^b]: See [@order at 31 ¶58].
                [^c]: [@order at 9 ¶22].
                [^d]: See [@other 7630, para. 43]; see also [@rule (g)].
                [^e]: See [@other].""");
        assertThat(notes).containsExactly(
                "See Some Order, FCC 23-18, at 16 ¶28 (Mar. 17, 2023) (hereinafter “Order”), available at <https://x.test/o.pdf>; 47 C.F.R. § 64.6305(d)–(f).",
                "See Order at 31 ¶58.",
                "Id. at 9 ¶22.",
                "See Other Order, 35 FCC Rcd 7614, 7630, para. 43 (2020) (hereinafter “Other”); see also 47 C.F.R. § 64.6305(g).",
                "See Other.");
    }

    @Test
    void idWithinOneFootnoteAndItalics() {
        LetterDocument doc = new MarkupParser(library).parse("Text.[^x]\n[^x]: [@order]. See [@order at 3].", "t", "s", "a", null);
        Footnote note = doc.footnote(1);
        assertThat(note.plainText()).endsWith("See id. at 3.");
        assertThat(note.runs()).anyMatch(r -> r.italic() && r.text().equals("Some Order"));
    }

    @Test
    void footnotesAreNumberedByFirstReference() {
        LetterDocument doc = new MarkupParser(library).parse("B[^b] then A[^a] and B again[^b].\n[^a]: A.\n[^b]: B.",
                "t", "s", "a", null);
        assertThat(doc.footnotes()).extracting(Footnote::plainText).containsExactly("B.", "A.");
        assertThat(doc.blocks().get(0).plainText()).isEqualTo("B1 then A2 and B again1.");
    }

    @Test
    void unknownCitationAndMissingFootnoteAreErrors() {
        assertThatThrownBy(() -> footnotes("x[^a]\n[^a]: [@nope]"))
                .hasMessage("citation 'nope' is not in the citation library");
        assertThatThrownBy(() -> footnotes("x[^zz]"))
                .hasMessageContaining("footnote [^zz] has no text");
    }

    @Test
    void builtInLibraryHasTheReferenceAuthorities() {
        CitationLibrary builtIn = CitationLibrary.builtIn();
        assertThat(builtIn.find("rmd-ro")).get().extracting(Citation::shortForm).isEqualTo("*RMD R&O*");
        assertThat(builtIn.find("call-blocking-safe-harbor")).isPresent();
        assertThat(builtIn.find("consortium-selection-order")).isPresent();
        assertThat(builtIn.all()).hasSizeGreaterThan(20);
    }
}
