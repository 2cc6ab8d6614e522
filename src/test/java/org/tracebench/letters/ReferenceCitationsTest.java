package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseLocation;

/**
 * Every footnote of the two reference letters (../shared/reference: the FCC's PZ/Illum cease-and-desist letter
 * of October 21, 2021 and the Task Force's HK KwaiFong notice of August 7, 2025), cite by cite and form by form,
 * against the citations those letters print. The sample cases pz-illum-2021 and hk-kwaifong-2025 are those
 * letters' cases. Expected strings are the references' own citations, with these deliberate differences:
 * <ul>
 * <li>PZ 3: "EB Doclet No." is a typo for "EB Docket No."; the TRACED Act's section stands between the public-law
 * number and the Statutes at Large cite, as the Bluebook (R12.4) and the HK notice have it, not "133 Stat. 3274,
 * Sec. 13(d)".</li>
 * <li>PZ 7: "35 FCC Rcd at 7630 para. 43" lacks a comma; the footnote's last sentence has "Id." where the
 * citation sentence just before cites two authorities (the order and 47 CFR § 64.1200(k)(3)-(4)), which the
 * Bluebook (R4.1) does not allow: the short form is written instead.</li>
 * <li>HK 2, 3: "¶¶" before a single paragraph number is written "¶", as the notice itself does from footnote 4 on;
 * its straight quotes around the short names are typographic, as in its footnote 4.</li>
 * <li>HK 17: the short name is introduced with "hereinafter", as everywhere else in the notice.</li>
 * <li>HK 18: the Avid Telecom cite gets the comma before its address that the PZ/Illum cite has.</li>
 * </ul>
 * Italics are not compared (plain text). F, S and I stand for the full, short and "Id." forms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceCitationsTest {

    private static final String CALL_BLOCKING = "Call Blocking Safe Harbor Report and Order, 35 FCC Rcd at ";
    private static final String TRUST_ANCHOR = "Call Authentication Trust Anchor, 36 FCC Rcd at ";

    private static final List<List<String>> PZ_ILLUM = List.of(
            List.of("F 47 CFR § 64.1200(k)(4)"),
            List.of("F Call Authentication Trust Anchor, WC Docket No. 17-97, Second Report and Order, 36 FCC Rcd 1859,"
                    + " 1903, para. 83 & 1904, para. 86 (2020)", "F 47 CFR § 64.6305"),
            List.of("F Implementing Section 13(d) of the Pallone-Thune Telephone Robocall Abuse Criminal Enforcement and"
                    + " Deterrence Act (TRACED Act), EB Docket No. 20-22, Report and Order, DA 21-1047 (EB 2021)"
                    + " (2021 Consortium Selection Order)",
                    "F Pallone-Thune Telephone Robocall Abuse Criminal Enforcement and Deterrence Act, Pub. L. No. 116-105,"
                    + " § 13(d), 133 Stat. 3274 (2019) (TRACED Act)"),
            List.of("F 47 U.S.C. § 227(b)", "F 47 CFR § 64.1200(a)"),
            List.of("F Advanced Methods to Target and Eliminate Unlawful Robocalls, CG Docket No. 17-59, Third Report and"
                    + " Order, Order on Reconsideration, and Fourth Further Notice of Proposed Rulemaking, 35 FCC Rcd 7614,"
                    + " 7630, para. 43 (2020) (Call Blocking Safe Harbor Report and Order)"),
            List.of(),
            List.of("S " + CALL_BLOCKING + "7628, para. 37", "F 47 CFR § 64.1200(k)(3)-(4)",
                    "S " + CALL_BLOCKING + "7628-29, para. 39",
                    "I Id. at 7630, para. 42", "F 47 CFR § 64.1200(k)(4)",
                    "S " + CALL_BLOCKING + "7630, para. 43", "F 47 CFR § 64.1200(k)(3)-(4)",
                    "S " + CALL_BLOCKING + "7630, para. 43", "F 47 CFR § 64.1200(k)(4)"),
            List.of("S " + TRUST_ANCHOR + "1905, para. 88",
                    "F Robocall Mitigation Database, FCC, available at https://fccprod.servicenowservices.com/rmd?id=rmd_welcome"
                    + " (last visited Oct. 19, 2021)"),
            List.of("F 47 CFR § 64.6305(c)", "S " + TRUST_ANCHOR + "1904, para. 86",
                    "F Wireline Competition Bureau Announces Opening of Robocall Mitigation Database and Provides Filing"
                    + " Instructions and Deadlines, WC Docket No. 17-97, Public Notice, DA 21-454 (WCB Apr. 20, 2021)"),
            List.of("S " + TRUST_ANCHOR + "1902, 1905, paras. 81, 88"),
            List.of("I Id. at 1905, para. 88"));

    private static final String RMD_RO = "RMD R&O at ";
    private static final String ALL_PROVIDER = "All Provider 24-Hour Traceback R&O at ";
    private static final String ADVANCED = "Advanced Methods to Target and Eliminate Unlawful Robocalls, CG Docket No. 17-59;"
            + " Call Authentication Trust Anchor, WC Docket No. 17-97; ";

    private static final List<List<String>> HK_KWAIFONG = List.of(
            List.of(),
            List.of("F Call Authentication Trust Anchor, WC Docket No. 17-97, Sixth Report and Order and Further Notice of"
                    + " Proposed Rulemaking, FCC 23-18, at 16 ¶28 to 29 ¶52 (Mar. 17, 2023) (hereinafter “RMD R&O”),"
                    + " available at <https://docs.fcc.gov/public/attachments/FCC-23-18A1.pdf>",
                    "F 47 C.F.R. § 64.6305(d)–(f)"),
            List.of("S " + RMD_RO + "31 ¶58", "F 47 C.F.R. § 64.6305(g)",
                    "F Call Authentication Trust Anchor, WC Docket No. 17-97, Second Report and Order, FCC 20-136, at 48 ¶90,"
                    + " 49 ¶93 (Oct. 1, 2020) (hereinafter “Second Caller ID Authentication Order”), available at"
                    + " <https://docs.fcc.gov/public/attachments/FCC-20-136A1.pdf>"),
            List.of("F " + ADVANCED + "Seventh Report and Order in CG 17-59 and WC 17-97, Eighth Further Notice of Proposed"
                    + " Rulemaking in CG 17-59, and Third Notice of Inquiry in CG 17-59, FCC 23-37, at 9 ¶21 to 11 ¶28"
                    + " (May 19, 2023) (hereinafter “All Provider 24-Hour Traceback R&O”), available at"
                    + " <https://docs.fcc.gov/public/attachments/FCC-23-37A1.pdf>",
                    "F " + ADVANCED + "Sixth Report and Order in CG 17-59, Fifth Report and Order in WC 17-97, Order on"
                    + " Reconsideration in WC 17-97, Seventh Further Notice of Proposed Rulemaking in CG 17-59, and Fifth"
                    + " Further Notice of Proposed Rulemaking in WC 17-97, FCC 22-37, at 30 ¶65 to 32 ¶70 (May 20, 2022)"
                    + " (hereinafter “Gateway RMD–Traceback R&O”), available at"
                    + " <https://docs.fcc.gov/public/attachments/FCC-22-37A1.pdf>",
                    "F 47 C.F.R. § 64.6305(a)(2), (b)(2), and (c)(2)",
                    "F 47 C.F.R. § 64.6305(d)(2)(iii), (e)(2)(iii), and (f)(2)(iii)"),
            List.of("F 15 U.S.C. §§ 6101–6108", "F 16 C.F.R. §§ 310.3, 310.4", "F 16 C.F.R. § 310.3(b)"),
            List.of("F 47 U.S.C. § 227", "F 47 C.F.R. §§ 64.1200, 64.1604", "F 47 U.S.C. § 227(b)(1)(A)(iii), (b)(1)(B)",
                    "F 47 C.F.R. § 64.1200(a)(1)–(3)", "F 47 U.S.C. § 227(c)", "F 47 C.F.R. § 64.1200(c)(2)",
                    "F 47 U.S.C. § 227(d)(3)", "F 47 C.F.R. § 64.1200(b)"),
            List.of("F 47 U.S.C. § 227(e)", "F 47 C.F.R. § 64.1604", "F 47 U.S.C. § 227(e)", "F 47 C.F.R. § 64.1604"),
            List.of("F 15 U.S.C. § 6103", "F 16 C.F.R. § 310.7", "F 47 U.S.C. § 227(g)(1)", "F 47 U.S.C. § 227(e)(6)",
                    "F 47 U.S.C. § 227(e)(5)(A), (e)(6)(A)"),
            List.of("S " + RMD_RO + "21 ¶38", "F 47 C.F.R. § 64.6305(d)–(f), (g)(2)",
                    "S Second Caller ID Authentication Order at 49 ¶93"),
            List.of("S " + RMD_RO + "21 ¶38"),
            List.of("I id. at 23 ¶41"),
            List.of("I id. at 31 ¶58", "F 47 C.F.R. § 64.6305(g)(4)"),
            List.of("S " + ALL_PROVIDER + "9 ¶21 to 11 ¶28", "S Gateway RMD–Traceback R&O at 30 ¶65 to 32 ¶70",
                    "F 47 C.F.R. § 64.6305(a)(2), (b)(2), (c)(2), (d)(2)(iii), (e)(2)(iii), and (f)(2)(iii)"),
            List.of("S " + ALL_PROVIDER + "9 ¶22"),
            List.of("I id."),
            List.of("F Pub. L. No. 116-105, § 13(d), 133 Stat. 3274 (2019)", "F 47 C.F.R. § 64.1203"),
            List.of("F USTelecom, Industry Traceback Group Policies and Procedures, at 4 (last revised April 2022)"
                    + " (hereinafter “ITG Policies & Procedures”) (a “campaign” is a group of calls with identical or nearly"
                    + " identical messages, judged by content and calling pattern, and one campaign often stands for hundreds"
                    + " of thousands or millions of calls), available at"
                    + " <https://r01986.a2cdn1.secureserver.net/wp-content/uploads/2022/04/ITG-Policies-and-Procedures-Updated-Apr-2022.pdf>"),
            List.of("F FCC Orders Avid Telecom to Cease and Desist Robocalls,"
                    + " <https://www.fcc.gov/document/fcc-orders-avid-telecom-cease-and-desist-robocalls> (issued Jun. 7, 2023)",
                    "F FCC Issues Robocall Cease-and-Desist Letter to PZ/Illum,"
                    + " <https://www.fcc.gov/document/fcc-issues-robocall-cease-and-desist-letter-pzillum> (issued Oct. 21, 2021)",
                    "F FCC Enforcement Bureau Notifies All U.S.-Based Providers of Rules Permitting Them to Block Robocalls"
                    + " Transmitting From One Eye LLC,"
                    + " <https://www.fcc.gov/document/fcc-takes-repeat-robocall-offenders-attempts-evade-enforcement>"
                    + " (issued Feb. 15, 2023)",
                    "F John C. Spiller; Jakob A. Mears; Rising Eagle Capital Group LLC; JSquared Telecom LLC; Only Web Leads"
                    + " LLC; Rising Phoenix Group; Rising Phoenix Holdings; RPG Leads; and Rising Eagle Capital Group – Cayman,"
                    + " Notice of Apparent Liability for Forfeiture, 35 FCC Rcd 5948 (2020), available at"
                    + " https://docs.fcc.gov/public/attachments/FCC-20-74A1_Rcd.pdf",
                    "F FCC [Enforcement Bureau] Issues C-CIST Classification for “Royal Tiger”,"
                    + " <https://www.fcc.gov/document/fcc-eb-issues-c-cist-classification-royal-tiger> (issued May 13, 2024)",
                    "F Viettel Business Solutions Company, Etihad Etisalat (Mobily), Claude ICT Poland Sp. z o. o. dba"
                    + " TeleCube.PL, Nervill LTD, Textodog Inc. dba Textodog and Textodog Software Inc., Phone GS, Computer"
                    + " Integrated Solutions dba CIS IT & Engineering, Datacom Specialists, DomainerSuite, Inc., Evernex SMC"
                    + " PVT LTD, Humbolt Voip, and My Taxi Ride Inc., Removal Order, 39 FCC Rcd 1319 (2024), available at"
                    + " <https://www.fcc.gov/document/fcc-removes-12-entities-robocall-mitigation-database>"));

    private Workbench workbench;
    private LetterService letters;

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

    private LetterDocument document(String caseKey, String template) {
        return letters.document(letters.draft(letters.caseFile(caseKey), template, null));
    }

    private static List<List<String>> cites(LetterDocument document) {
        return document.footnotes().stream().map(f -> f.cites().stream()
                .map(c -> c.form().name().charAt(0) + " " + c.text()).toList()).toList();
    }

    @Test
    void pzIllumFootnotesCiteAsTheFccLetterDoes() {
        assertThat(cites(document("pz-illum-2021", "fcc-cease-and-desist"))).containsExactlyElementsOf(PZ_ILLUM);
    }

    @Test
    void hkKwaiFongFootnotesCiteAsTheTaskForceNoticeDoes() {
        assertThat(cites(document("hk-kwaifong-2025", "task-force-notice"))).containsExactlyElementsOf(HK_KWAIFONG);
    }

    @Test
    void footnoteSevenOfPzIllumKeepsItsClosingSentenceAndCite() {
        String seven = document("pz-illum-2021", "fcc-cease-and-desist").footnote(7).plainText();
        assertThat(seven).endsWith("give a short statement of its reasons. " + CALL_BLOCKING + "7630, para. 43;"
                + " 47 CFR § 64.1200(k)(4).");
    }

    @Test
    void hkNoticeQuotesTheStatuteItCitesAndSpellsOutCCist() {
        LetterDocument notice = document("hk-kwaifong-2025", "task-force-notice");
        assertThat(notice.footnote(7).plainText()).contains("unlawful to “knowingly transmit misleading or inaccurate caller"
                + " identification information with the intent to defraud, cause harm, or wrongfully obtain anything of"
                + " value.” 47 U.S.C. § 227(e); 47 C.F.R. § 64.1604.");
        assertThat(notice.footnote(5).plainText()).contains("“knows or consciously avoids knowing” is engaged")
                .endsWith("16 C.F.R. § 310.3(b).");
        assertThat(notice.footnote(18).plainText())
                .contains("a Consumer Communications Information Services Threat (“C-CIST”) designation notice, see FCC");
        assertThat(notice.footnote(16).plainText()).contains("Deterrence Act (“TRACED Act”) to fight unlawful robocalls."
                + " See Pub. L. No. 116-105, § 13(d), 133 Stat. 3274 (2019).");
    }

    /** Every quotation in a footnote of the built-in templates is followed by a cite before the footnote ends. */
    @Test
    void everyQuotationInAFootnoteIsCited() {
        for (String[] letter : new String[][] {{"pz-illum-2021", "fcc-cease-and-desist"}, {"hk-kwaifong-2025", "task-force-notice"}}) {
            for (Footnote note : document(letter[0], letter[1]).footnotes()) {
                String prose = note.plainText();
                for (Footnote.Cite cite : note.cites()) {
                    prose = prose.replace(cite.text(), "\u0000");
                }
                int close = prose.lastIndexOf('”');
                if (close >= 0) {
                    assertThat(prose.indexOf('\u0000', close)).as("%s footnote %d: a cite after its last quotation",
                            letter[1], note.number()).isGreaterThan(close);
                }
            }
        }
    }

    /** The same cites, in order, in the footnotes of the exported DOCX (what the attorney opens and signs). */
    @Test
    void docxFootnotesCarryTheSameCites() throws IOException {
        for (Object[] letter : new Object[][] {{"pz-illum-2021", "fcc-cease-and-desist", PZ_ILLUM},
            {"hk-kwaifong-2025", "task-force-notice", HK_KWAIFONG}}) {
            byte[] docx = letters.render(document((String) letter[0], (String) letter[1]), LetterService.Format.DOCX);
            List<String> texts = new ArrayList<>();
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                for (XWPFFootnote note : doc.getFootnotes()) {
                    String text = String.join(" ", note.getParagraphs().stream().map(XWPFParagraph::getText).toList());
                    if (!text.isBlank()) {
                        texts.add(text);
                    }
                }
            }
            @SuppressWarnings("unchecked")
            List<List<String>> expected = (List<List<String>>) letter[2];
            assertThat(texts).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                int from = 0;
                for (String cite : expected.get(i)) {
                    int at = texts.get(i).indexOf(cite.substring(2), from);
                    assertThat(at).as("%s footnote %d: %s", letter[1], i + 1, cite).isGreaterThanOrEqualTo(0);
                    from = at + 1;
                }
            }
        }
    }
}
