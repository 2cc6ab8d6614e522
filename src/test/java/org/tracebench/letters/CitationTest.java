package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each citation form on its own, and the transitions between them, on a small made-up library. */
class CitationTest {

    private static final Citation ORDER = new Citation("order", Citation.Kind.RELEASE,
            "*Some Order*, WC Docket No. 1-2, Report and Order", "FCC 23-18", "", "", "", "(Mar. 17, 2023)",
            "*Order*", "<https://x.test/o.pdf>");
    private static final Citation REPORTED = new Citation("reported", Citation.Kind.REPORTER,
            "*Other Matter*, CG Docket No. 3-4, Third Report and Order", "FCC 20-96", "35", "FCC Rcd", "7614",
            "(July 17, 2020)", "*Other Order*", "<https://x.test/r.pdf>");
    private static final Citation RULE = Citation.section("rule", "47 C.F.R. § 64.6305");
    private static final Citation ACT = new Citation("act", Citation.Kind.SECTION, "Some Act of 2019", "Pub. L. No. 116-105",
            "133", "Stat.", "3274", "(2019)", "Some Act", "");
    private static final Citation PAGE = new Citation("web", Citation.Kind.WEB, "*Agency Does Things*", "", "", "", "",
            "(issued Jun. 7, 2023)", "", "<https://x.test/news>");

    private final CitationLibrary library = new CitationLibrary(List.of(ORDER, REPORTED, RULE, ACT, PAGE));

    private List<Footnote> notes(String markup, CitationStyle style) {
        return new MarkupParser(library, style).parse(markup, "t", "s", "a", null).footnotes();
    }

    private List<String> footnotes(String markup) {
        return notes(markup, CitationStyle.BLUEBOOK).stream().map(Footnote::plainText).toList();
    }

    private List<Footnote.Form> forms(String markup) {
        return notes(markup, CitationStyle.BLUEBOOK).stream().flatMap(f -> f.cites().stream()).map(Footnote.Cite::form)
                .toList();
    }

    @Test
    void fullReleaseCiteGivesReleaseNumberPinpointDateShortNameAndAddress() {
        assertThat(footnotes("x[^a]\n[^a]: See [@order 16 ¶28 to 29 ¶52].")).containsExactly(
                "See Some Order, WC Docket No. 1-2, Report and Order, FCC 23-18, at 16 ¶28 to 29 ¶52 (Mar. 17, 2023)"
                        + " (hereinafter “Order”), available at <https://x.test/o.pdf>.");
    }

    @Test
    void fullReporterCiteGivesVolumeReporterFirstPageAndPinpointAndOnlyTheYear() {
        assertThat(footnotes("x[^a]\n[^a]: See [@reported 7630, para. 43].")).containsExactly(
                "See Other Matter, CG Docket No. 3-4, Third Report and Order, 35 FCC Rcd 7614, 7630, para. 43 (2020)"
                        + " (hereinafter “Other Order”), available at <https://x.test/r.pdf>.");
    }

    @Test
    void shortFormsRepeatTheReporterOrPointIntoTheRelease() {
        assertThat(footnotes("x[^a] y[^b] z[^c]\n[^a]: [@reported]; [@order].\n[^b]: [@reported 7628, para. 37]; [@rule].\n"
                + "[^c]: See [@order 31 ¶58]; [@rule].")).endsWith(
                "Other Order, 35 FCC Rcd at 7628, para. 37; 47 C.F.R. § 64.6305.",
                "See Order at 31 ¶58; 47 C.F.R. § 64.6305.");
    }

    @Test
    void idTakesThePinpointAndStandsAloneForTheSamePinpoint() {
        assertThat(footnotes("x[^a] y[^b] z[^c]\n[^a]: [@order 9 ¶21].\n[^b]: See [@order 9 ¶22].\n[^c]: See [@order 9 ¶22].")
                .subList(1, 3)).containsExactly("See id. at 9 ¶22.", "See id.");
    }

    @Test
    void transitionsFullThenShortThenIdThenShortAfterAnotherCite() {
        String markup = """
                One.[^a] Two.[^b] Three.[^c] Four.[^d] Five.[^e]
                [^a]: [@reported 7630, para. 43].
                [^b]: [@order]. [@reported 7628, para. 37].
                [^c]: [@reported 7629, para. 39].
                [^d]: See [@order 4].
                [^e]: [@reported 7630, para. 42].""";
        assertThat(forms(markup)).containsExactly(Footnote.Form.FULL, Footnote.Form.FULL, Footnote.Form.SHORT,
                Footnote.Form.ID, Footnote.Form.SHORT, Footnote.Form.SHORT);
        assertThat(footnotes(markup)).containsExactly(
                "Other Matter, CG Docket No. 3-4, Third Report and Order, 35 FCC Rcd 7614, 7630, para. 43 (2020)"
                        + " (hereinafter “Other Order”), available at <https://x.test/r.pdf>.",
                "Some Order, WC Docket No. 1-2, Report and Order, FCC 23-18 (Mar. 17, 2023) (hereinafter “Order”),"
                        + " available at <https://x.test/o.pdf>. Other Order, 35 FCC Rcd at 7628, para. 37.",
                "Id. at 7629, para. 39.",
                "See Order at 4.",
                "Other Order, 35 FCC Rcd at 7630, para. 42.");
    }

    @Test
    void idWithinAFootnoteOnlyAfterASentenceCitingThatAuthorityAlone() {
        List<String> notes = footnotes("x[^a]\n[^a]: [@reported 1]. Text. [@reported 2]; [@rule (a)]. "
                + "More. [@reported 3]. And [@reported 4].");
        assertThat(notes.get(0)).contains("Id. at 2; 47 C.F.R. § 64.6305(a). More. Other Order, 35 FCC Rcd at 3.")
                .endsWith("And id. at 4.");
    }

    @Test
    void noIdAcrossAFootnoteWithoutAuthoritiesNorAfterAStringCite() {
        assertThat(forms("x[^a] y[^b] z[^c] w[^d]\n[^a]: [@order 1].\n[^b]: Words only.\n[^c]: [@order 2]; [@reported 3].\n"
                + "[^d]: [@reported 4].")).containsExactly(Footnote.Form.FULL, Footnote.Form.SHORT, Footnote.Form.FULL,
                Footnote.Form.SHORT);
    }

    @Test
    void codesAreAlwaysCitedInFullWithTheirPinpointAttached() {
        assertThat(footnotes("x[^a]\n[^a]: [@rule (d)–(f)]. [@rule (g)].")).containsExactly(
                "47 C.F.R. § 64.6305(d)–(f). 47 C.F.R. § 64.6305(g).");
        assertThat(forms("x[^a]\n[^a]: [@rule]. [@rule].")).containsOnly(Footnote.Form.FULL);
    }

    @Test
    void sessionLawPutsTheSectionBetweenPublicLawAndStatutesAtLarge() {
        assertThat(footnotes("x[^a] y[^b] z[^c]\n[^a]: See also [@act § 13(d)].\n[^b]: [@order].\n[^c]: [@act § 4].")).containsExactly(
                "See also Some Act of 2019, Pub. L. No. 116-105, § 13(d), 133 Stat. 3274 (2019).", anyOrder(), "Some Act § 4.");
        assertThat(footnotes("x[^a]\n[^a]: Congress passed Some Act of 2019 (“SA”). *See* [-@act § 13(d)].")).containsExactly(
                "Congress passed Some Act of 2019 (“SA”). See Pub. L. No. 116-105, § 13(d), 133 Stat. 3274 (2019).");
    }

    private static String anyOrder() {
        return "Some Order, WC Docket No. 1-2, Report and Order, FCC 23-18 (Mar. 17, 2023) (hereinafter “Order”),"
                + " available at <https://x.test/o.pdf>.";
    }

    @Test
    void webPagesGiveTheAddressBeforeTheDateAndAgenciesSayAvailableAt() {
        assertThat(footnotes("x[^a]\n[^a]: See [@web].")).containsExactly(
                "See Agency Does Things, <https://x.test/news> (issued Jun. 7, 2023).");
        assertThat(notes("x[^a]\n[^a]: [@web].", new CitationStyle(true, Map.of())).get(0).plainText())
                .isEqualTo("Agency Does Things, available at <https://x.test/news> (issued Jun. 7, 2023).");
    }

    @Test
    void explanatoryParentheticalStandsBeforeTheAddress() {
        assertThat(footnotes("x[^a]\n[^a]: [@order 4 | defining a term].")).containsExactly(
                "Some Order, WC Docket No. 1-2, Report and Order, FCC 23-18, at 4 (Mar. 17, 2023) (hereinafter “Order”)"
                        + " (defining a term), available at <https://x.test/o.pdf>.");
    }

    @Test
    void agencyStyleWritesCfrAndIntroducesTheShortNameInPlainParentheses() {
        CitationStyle agency = new CitationStyle(true, Map.of());
        assertThat(notes("x[^a]\n[^a]: See [@reported 7630, para. 43]; [@rule (c)].", agency).get(0).plainText())
                .isEqualTo("See Other Matter, CG Docket No. 3-4, Third Report and Order, 35 FCC Rcd 7614, 7630, para. 43"
                        + " (2020) (Other Order); 47 CFR § 64.6305(c).");
    }

    @Test
    void aTemplateCanCiteAReportedOrderToItsReleaseAndUnderItsTitle() {
        CitationStyle release = new CitationStyle(false, Map.of("reported", new CitationStyle.CiteAs(Citation.Kind.RELEASE, "")));
        assertThat(notes("x[^a] y[^b]\n[^a]: [@reported 48 ¶90].\n[^b]: See [@order]; [@reported 49 ¶93].", release))
                .extracting(Footnote::plainText).containsExactly(
                        "Other Matter, CG Docket No. 3-4, Third Report and Order, FCC 20-96, at 48 ¶90 (July 17, 2020)"
                                + " (hereinafter “Other Order”), available at <https://x.test/r.pdf>.",
                        "See " + anyOrder().replace(".", "").substring(0, 0) + notesOrderFull() + "; Other Order at 49 ¶93.");
        CitationStyle title = new CitationStyle(true, Map.of("reported",
                new CitationStyle.CiteAs(Citation.Kind.REPORTER, "*Other Matter*")));
        assertThat(notes("x[^a] y[^b]\n[^a]: [@reported 1903, para. 83]; [@rule].\n[^b]: See [@reported 1905, para. 88].", title))
                .extracting(Footnote::plainText).containsExactly(
                        "Other Matter, CG Docket No. 3-4, Third Report and Order, 35 FCC Rcd 7614, 1903, para. 83 (2020);"
                                + " 47 CFR § 64.6305.",
                        "See Other Matter, 35 FCC Rcd at 1905, para. 88.");
    }

    private static String notesOrderFull() {
        return "Some Order, WC Docket No. 1-2, Report and Order, FCC 23-18 (Mar. 17, 2023) (hereinafter “Order”),"
                + " available at <https://x.test/o.pdf>";
    }

    @Test
    void pinpointsWrittenWithTheirOwnAtStillWork() {
        assertThat(footnotes("x[^a]\n[^a]: See [@order at 16 ¶28].").get(0)).contains("FCC 23-18, at 16 ¶28 (Mar.");
    }

    @Test
    void theEditorShowsAllThreeForms() {
        CitationForms forms = CitationForms.of(REPORTED, "7628, para. 37");
        assertThat(forms.full()).startsWith("Other Matter, CG Docket No. 3-4").contains("35 FCC Rcd 7614, 7628, para. 37 (2020)");
        assertThat(forms.shortForm()).isEqualTo("Other Order, 35 FCC Rcd at 7628, para. 37");
        assertThat(forms.id()).isEqualTo("Id. at 7628, para. 37");
        assertThat(CitationForms.of(RULE, "(k)(4)").id()).isEqualTo("47 C.F.R. § 64.6305(k)(4)");
    }

    @Test
    void italicMarkupComesThroughAsItalicRuns() {
        Footnote note = notes("Text.[^x]\n[^x]: [@order]. See [@order 3].", CitationStyle.BLUEBOOK).get(0);
        assertThat(note.plainText()).endsWith("See id. at 3.");
        assertThat(note.runs()).anyMatch(r -> r.italic() && r.text().equals("Some Order"));
        assertThat(note.runs()).anyMatch(r -> r.italic() && r.text().equals("id."));
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
    void libraryRowsAreCheckedAndABadOneNamesItsLine() {
        String header = "key,kind,full,release,volume,reporter,page,tail,short,url\n";
        assertThatThrownBy(() -> CitationLibrary.read(new StringReader(header + "a,section,47 U.S.C. § 227,,,,,,,\n"
                + "b,reporter,*B*,,,FCC Rcd,1,(2020),,\n")))
                .hasMessageContaining("line 3").hasMessageContaining("volume, reporter and first page");
        assertThatThrownBy(() -> CitationLibrary.read(new StringReader(header + "a,statute,x,,,,,,,\n")))
                .hasMessageContaining("'statute' is not one of");
    }

    @Test
    void templatesDeclareTheirCitationStyleAndAreChecked() {
        TemplateParser parser = new TemplateParser();
        LetterTemplate template = parser.parse("t", "citations: agency\ncite-as: reported = release | *Other*\n---\nx");
        assertThat(template.citationStyle().agency()).isTrue();
        assertThat(template.citationStyle().citeAs().get("reported"))
                .isEqualTo(new CitationStyle.CiteAs(Citation.Kind.RELEASE, "*Other*"));
        assertThatThrownBy(() -> parser.checkCitations(parser.parse("t", "cite-as: order = reporter\n---\nx"), library))
                .hasMessageContaining("volume, reporter and first page");
        assertThatThrownBy(() -> parser.parse("t", "cite-as: order = sideways\n---\nx"))
                .hasMessageContaining("'sideways' is not one of");
    }

    @Test
    void builtInLibraryHasTheReferenceAuthoritiesInTheirParts() {
        CitationLibrary builtIn = CitationLibrary.builtIn();
        assertThat(builtIn.find("rmd-ro")).get().extracting(Citation::shortForm).isEqualTo("*RMD R&O*");
        Citation second = builtIn.find("second-caller-id-order").orElseThrow();
        assertThat(List.of(second.kind(), second.release(), second.volume(), second.reporter(), second.firstPage()))
                .containsExactly(Citation.Kind.REPORTER, "FCC 20-136", "36", "FCC Rcd", "1859");
        assertThat(builtIn.all()).hasSizeGreaterThan(20).allMatch(c -> c.problem().isEmpty());
    }
}
