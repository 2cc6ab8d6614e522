package org.tracebench.letters;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.CampaignProposals;

/**
 * The PZ/Illum letter after the proposed campaign merges are accepted: its body counts the campaigns under their
 * canonical names and names none misspelt, while Attachment A prints every call's description as recorded.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CampaignLetterTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;
    LetterService letters;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
        workbench.samples().load();
        letters = workbench.letters();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private LetterDocument document() {
        return letters.document(letters.draft(letters.caseFile("pz-illum-2021"), "fcc-cease-and-desist", null));
    }

    private String pdfText(LetterDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(letters.render(document, LetterService.Format.PDF))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private String docxText(LetterDocument document) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(letters.render(document, LetterService.Format.DOCX)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    private static String body(String text) {
        return text.substring(0, text.indexOf("ATTACHMENT A"));
    }

    private static String attachment(String text) {
        return text.substring(text.indexOf("ATTACHMENT A"));
    }

    @Test
    void bodyCountsSixCanonicalCampaignsAfterTheProposalsAndAttachmentAKeepsItsText() throws IOException {
        LetterDocument before = document();
        String beforeText = pdfText(before);
        assertThat(body(beforeText)).contains("78 traced calls in 7 illegal robocall campaigns", "Utility Disconnect Sam");

        List<CampaignProposals.Proposal> proposals = workbench.campaignProposals().proposals(
                letters.caseFile("pz-illum-2021").id());
        assertThat(proposals).extracting(CampaignProposals.Proposal::from).contains("Arrest Warrant Scam", "Utility Disconnect Sam");
        proposals.forEach(p -> workbench.campaignMerges().merge(p.from(), p.into()));

        LetterDocument after = document();
        String pdf = pdfText(after);
        String docx = docxText(after);
        for (String text : List.of(pdf, docx)) {
            assertThat(body(text)).contains("78 traced calls in 6 illegal robocall campaigns (Arrest Warrant,")
                    .contains("Utility Disconnect)")
                    .doesNotContain("Utility Disconnect Sam", "Arrest Warrant Scam");
        }
        // The paper of record: the same rows, cell for cell, and the recorded spellings still printed.
        assertThat(after.attachment().rows()).isEqualTo(before.attachment().rows());
        int description = after.attachment().header().indexOf("Description");
        assertThat(after.attachment().rows()).extracting(row -> row.get(description))
                .contains("Arrest Warrant Scam", "Utility Disconnect Sam", "Arrest Warrant");
        assertThat(attachment(pdf)).contains("Utility Disconnect Sam", "Arrest Warrant Scam");
        assertThat(attachment(docx)).contains("Utility Disconnect Sam", "Arrest Warrant Scam");
    }
}
