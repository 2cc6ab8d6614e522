package org.tracebench.letters;

import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Deadline;
import org.tracebench.model.Notice;

/** The sample cases' letters, checked in the PDF and DOCX they produce. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class SampleLettersTest {

    @Parameter
    Store store;


    Path dir;
    Workbench workbench;
    LetterService letters;

    @BeforeParameterizedClassInvocation
    void open(Store store, @TempDir Path tempDir) {
        dir = tempDir;
        workbench = Workbench.open(store.freshLocation(dir));
        workbench.samples().load();
        letters = workbench.letters();
    }

    @AfterParameterizedClassInvocation
    void close() {
        workbench.close();
    }

    private LetterDraft draft(String caseKey, String template) {
        return letters.draft(letters.caseFile(caseKey), template, null);
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void pzIllumLetterCarriesTheReferenceFacts() throws IOException {
        LetterDraft draft = draft("pz-illum-2021", "fcc-cease-and-desist");
        String text = flat(String.join("\n", pages(letters.render(letters.document(draft), LetterService.Format.PDF))));
        assertThat(text).contains("Federal Communications Commission", "Enforcement Bureau", "45 L Street, NE",
                "Washington, DC 20554", "October 21, 2021", "VIA CERTIFIED MAIL - RETURN RECEIPT REQUESTED",
                "Prince Anand", "CEO", "PZ/Illum Telecommunication Telecommunication LLC", "1950 W. Corporate Way",
                "Anaheim, CA 92801", "90 Church St", "Floor 1 Suite 3514", "New York, NY 10007",
                "prianand309@illumtelecommunication.com", "prianand309@pztelecommunication.com", "Dear Mr. Anand,",
                "48 hours", "fourteen (14) days", "(November 5, 2021)", "August 24, 2021 and October 15, 2021",
                "Daniel Stepanicich", "daniel.stepanicich@fcc.gov", "(202) 418-7451", "Kristi Thompson",
                "kristi.thompson@fcc.gov", "Rosemary C. Harold", "Chief", "ATTACHMENT A",
                "SSA Imposter", "CBP-Govt Imposter", "Credit Card Rate Reduction Call", "Federal Reserve Imposter",
                "Arrest Warrant Scam", "Utility Disconnect Sam",
                "47 CFR § 64.1200(k)(4)", "36 FCC Rcd 1859", "DA 21-1047", "Pub. L. No. 116-105",
                "35 FCC Rcd 7614", "DA 21-454", "(Call Blocking Safe Harbor Report and Order)");
        assertThat(draft.deadlines()).extracting(ComputedDeadline::written).containsExactly("October 23, 2021", "November 5, 2021");
    }

    @Test
    void hkKwaiFongNoticeCarriesTheReferenceFacts() throws IOException {
        LetterDraft draft = draft("hk-kwaifong-2025", "task-force-notice");
        String text = flat(String.join("\n", pages(letters.render(letters.document(draft), LetterService.Format.PDF))));
        assertThat(text).contains("JEFF JACKSON", "ATTORNEY GENERAL", "Tracy Nayer", "Special Deputy Attorney General",
                "tnayer@ncdoj.gov", "August 7, 2025", "HK KwaiFong Group Limited", "Hong Kong", "noc@hkkfgroup.com",
                "info@hkkfgroup.com", "To Whom It May Concern", "since March 2025", "Belle Telecom LLC",
                "GREEN PACKET GLOBAL PTE LTD", "Authorized Order Scam", "Financial Impersonation Scam",
                "twenty-one (21) days", "August 28, 2025", "Consumer Protection Division",
                "North Carolina Department of Justice", "(hereinafter “RMD R&O”)", "RMD R&O at 31 ¶58",
                "(hereinafter “Second Caller ID Authentication Order”)", "(hereinafter “All Provider 24-Hour Traceback R&O”)",
                "(hereinafter “Gateway RMD–Traceback R&O”)", "(hereinafter “ITG Policies & Procedures”)",
                "15 U.S.C. §§ 6101–6108", "39 FCC Rcd 1319", "35 FCC Rcd 5948");
        // URLs may break after a slash at the end of a line
        assertThat(text.replace(" ", "")).contains(
                "<https://ncdoj.gov/protecting-consumers/telephones-telemarketing/fighting-robocalls/warning-notices/>",
                "<https://docs.fcc.gov/public/attachments/FCC-23-18A1.pdf>");
        assertThat(text).contains("See id. at 23 ¶41").contains("See id. at 31 ¶58");
        assertThat(draft.findings()).extracting(Finding::key)
                .contains(FindingsEngine.RMD, FindingsEngine.DOWNSTREAM, FindingsEngine.NON_RESPONSE);
        assertThat(draft.findings()).allMatch(f -> !f.supportingCallIds().isEmpty());
    }

    @Test
    void warningLettersCarryCountsCampaignsAndVolumes() throws IOException {
        String[][] expected = {
            {"warning-kwk-2024", "at least 129 traceback notices between 2020 and 2022", "8.7 million", "20,000", "IRS Imposter"},
            {"warning-inbound-2024", "at least 63 traceback notices between 2021 and 2022", "28.4 million", "FTC previously issued", "DirecTV Discount"},
            {"warning-aka-2024", "at least 129 traceback notices between 2020 and 2022", "12.1 million", "Amazon", "Tech Support"},
            {"warning-callvox-2024", "at least 48 traceback notices between 2020 and 2022", "CallVox LLC", "Do Not Call", "Spoofed Caller ID"},
        };
        for (String[] row : expected) {
            LetterDraft draft = draft(row[0], "warning-letter");
            String text = flat(String.join("\n", pages(letters.render(letters.document(draft), LetterService.Format.PDF))));
            assertThat(text).contains(row[1], row[2], row[3], row[4], "December 10, 2024");
        }
    }

    @Test
    void everyFootnoteStartsOnThePageOfItsReference() throws IOException {
        for (String[] letter : new String[][] {{"pz-illum-2021", "fcc-cease-and-desist"},
            {"hk-kwaifong-2025", "task-force-notice"}}) {
            LetterDocument document = letters.document(draft(letter[0], letter[1]));
            List<String> pages = pages(letters.render(document, LetterService.Format.PDF)).stream()
                    .map(SampleLettersTest::flat).toList();
            assertThat(document.footnotes()).hasSizeGreaterThan(9);
            for (Footnote footnote : document.footnotes()) {
                String start = flat(footnote.plainText()).substring(0, Math.min(40, footnote.plainText().length()));
                int notePage = pageOf(pages, footnote.number() + " " + start);
                List<Integer> refPages = referencePages(document, footnote.number(), pages);
                assertThat(refPages).as("%s footnote %d", letter[0], footnote.number()).contains(notePage);
            }
        }
    }

    /** Pages holding the text just before a reference mark followed by its number. */
    private static List<Integer> referencePages(LetterDocument document, int number, List<String> pages) {
        for (Block block : document.blocks()) {
            List<List<Run>> lines = block.kind() == Block.Kind.LINES ? block.lines() : List.of(block.runs());
            for (List<Run> runs : lines) {
                String text = Block.text(runs);
                StringBuilder before = new StringBuilder();
                for (Run run : runs) {
                    if (run.footnote() == number) {
                        String tail = flat(before.toString());
                        String snippet = tail.substring(Math.max(0, tail.length() - 18)) + number;
                        List<Integer> found = new ArrayList<>();
                        for (int p = 0; p < pages.size(); p++) {
                            if (pages.get(p).contains(snippet)) {
                                found.add(p);
                            }
                        }
                        assertThat(found).as("reference %d '%s' in %s", number, snippet, text).isNotEmpty();
                        return found;
                    }
                    before.append(run.isFootnoteMark() ? Integer.toString(run.footnote()) : run.text());
                }
            }
        }
        throw new AssertionError("no reference to footnote " + number);
    }

    private static int pageOf(List<String> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p;
            }
        }
        throw new AssertionError("footnote text not found: " + text);
    }

    @Test
    void pzIllumAttachmentHas78RowsWithTheHeaderOnEachPage() throws IOException {
        byte[] pdf = letters.render(letters.document(draft("pz-illum-2021", "fcc-cease-and-desist")), LetterService.Format.PDF);
        List<String> pages = pages(pdf);
        int first = -1;
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains("ATTACHMENT A")) {
                first = p;
                break;
            }
        }
        assertThat(first).isPositive();
        int rows = 0;
        Pattern callDate = Pattern.compile("\\b[A-Z][a-z]{2} \\d\\d, 20\\d\\d\\s+\\d\\d:\\d\\d\\s+UTC");
        for (int p = first; p < pages.size(); p++) {
            assertThat(pages.get(p)).contains("Customer").contains("Date of Call").contains("Violation");
            Matcher m = callDate.matcher(pages.get(p));
            while (m.find()) {
                rows++;
            }
        }
        assertThat(pages.size() - first).isGreaterThan(1);
        assertThat(rows).isEqualTo(78);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).contains("Page " + (p + 1) + " of " + pages.size());
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).contains("PZ/Illum");
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("Tracebench");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void docxHasRealFootnotes() throws IOException {
        LetterDocument document = letters.document(draft("hk-kwaifong-2025", "task-force-notice"));
        byte[] docx = letters.render(document, LetterService.Format.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFFootnote> notes = doc.getFootnotes().stream()
                    .filter(n -> n.getParagraphs().stream().anyMatch(p -> !p.getText().isBlank())).toList();
            assertThat(notes).hasSize(document.footnotes().size());
            assertThat(notes.get(1).getParagraphs().get(0).getText()).contains("(hereinafter “RMD R&O”)");
            for (XWPFFootnote note : notes) {
                long marks = note.getParagraphs().get(0).getRuns().stream()
                        .filter(r -> !r.getCTR().getFootnoteRefList().isEmpty()).count();
                assertThat(marks).as("number marks in footnote %s", note.getId()).isEqualTo(1);
            }
            assertThat(doc.getFootnotes()).anySatisfy(n -> assertThat(n.getId()).isEqualTo(java.math.BigInteger.valueOf(-1)));
            long references = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.getCTR().getFootnoteReferenceList().size() > 0).count();
            assertThat(references).isGreaterThanOrEqualTo(document.footnotes().size());
            assertThat(doc.getProperties().getCoreProperties().getTitle()).contains("HK KwaiFong");
            assertThat(doc.getParagraphs().stream().anyMatch(p -> p.getNumID() != null)).isTrue();
        }
    }

    @Test
    void exportRecordsNoticeAndDeadlines() throws IOException {
        CaseFile pz = letters.caseFile("pz-illum-2021");
        LetterDraft draft = letters.draft(pz, "fcc-cease-and-desist", LocalDate.parse("2021-10-21"));
        Path out = dir.resolve("pz.docx");
        LetterService.Export export = letters.export(draft, out);
        assertThat(Files.size(out)).isPositive();
        Notice notice = workbench.notices().findByCase(pz.id()).get(0);
        assertThat(notice.template()).isEqualTo("fcc-cease-and-desist");
        assertThat(notice.sentOn()).isEqualTo("2021-10-21");
        assertThat(notice.recipients()).contains("prianand309@pztelecommunication.com");
        assertThat(notice.dataHash()).hasSize(64).isEqualTo(draft.dataHash());
        assertThat(export.deadlinesAdded()).hasSize(2);
        assertThat(workbench.deadlines().findByCase(pz.id())).extracting(Deadline::setBy)
                .contains("letter:fcc-cease-and-desist");
        letters.export(draft, out); // exporting again does not add the same deadlines twice
        assertThat(workbench.deadlines().findByCase(pz.id()).stream()
                .filter(d -> "letter:fcc-cease-and-desist".equals(d.setBy()))).hasSize(2);
    }

    @Test
    void droppedAndEditedFindingsShapeTheLetter() throws IOException {
        CaseFile hk = letters.caseFile("hk-kwaifong-2025");
        Finding rmd = letters.findings(hk).stream().filter(f -> f.key().equals(FindingsEngine.RMD)).findFirst().orElseThrow();
        Finding downstream = letters.findings(hk).stream().filter(f -> f.key().equals(FindingsEngine.DOWNSTREAM)).findFirst().orElseThrow();
        letters.findingEdits().save(hk.id(), rmd.withEdit(false, null, null));
        letters.findingEdits().save(hk.id(), downstream.withEdit(true, "Edited title", "Edited text of the finding."));
        try {
            String text = flat(String.join("\n", pages(letters.render(letters.document(
                    letters.draft(hk, "task-force-notice", null)), LetterService.Format.PDF))));
            assertThat(text).doesNotContain("has no RMD filing").contains("Edited title:",
                    "Edited text of the finding.");
        } finally {
            letters.findingEdits().reset(hk.id(), FindingsEngine.RMD);
            letters.findingEdits().reset(hk.id(), FindingsEngine.DOWNSTREAM);
        }
    }
}
