package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** What the tags of a letter PDF say, read back with PDFBox, and veraPDF's verdict on a letter with a table. */
class TaggedPdfTest {

    private static final String MARKUP = """
            :::letterhead
            Federal Office
            :::

            ## Findings

            The provider carried the calls.[^a] It was told so.

            1. First step.

            2. Second step.

            - A bullet.

            Closing paragraph.

            [^a]: See the report, at 3.
            """;

    private static LetterDocument letter(int rows) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(List.of("Customer " + i, "Aug 25, 2021 17:43", "Aug 24, 2021 20:05 UTC", "", "",
                    "SSA Imposter", "47 USC 227(b)"));
        }
        AttachmentTable table = rows < 0 ? null
                : new AttachmentTable("ATTACHMENT A", AttachmentRows.HEADER, cells, AttachmentRows.widths(cells));
        return new MarkupParser(new CitationLibrary(List.of())).parse(MARKUP, "Letter & notice", "Subject",
                "Author", table);
    }

    private static List<PDStructureElement> elements(PDStructureNode node) {
        List<PDStructureElement> out = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                out.add(element);
                out.addAll(elements(element));
            }
        }
        return out;
    }

    private static List<String> types(List<PDStructureElement> elements) {
        return elements.stream().map(PDStructureElement::getStructureType).toList();
    }

    @Test
    void letterCarriesLanguageTitleMetadataAndOutputIntent() throws IOException {
        try (PDDocument doc = Loader.loadPDF(new PdfLetterWriter().write(letter(3)))) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en-US");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Letter & notice");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                    "<pdfuaid:part>1</pdfuaid:part>", "Letter &amp; notice", "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>");
            assertThat(catalog.getOutputIntents()).singleElement().satisfies(intent -> {
                assertThat(intent.getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.getPDFName("GTS_PDFA1"));
                assertThat(intent.getDestOutputIntent()).isNotNull();
            });
        }
    }

    @Test
    void structureFollowsTheLetterInReadingOrder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(new PdfLetterWriter().write(letter(3)))) {
            List<PDStructureElement> all = elements(doc.getDocumentCatalog().getStructureTreeRoot());
            List<String> containers = types(all).stream().filter(t -> !t.equals("Span")).toList();
            assertThat(containers).startsWith("Document", "P", "H1", "P", "Reference", "Note", "Lbl",
                    "L", "LI", "Lbl", "LBody", "LI", "Lbl", "LBody", "L", "LI", "Lbl", "LBody", "P", "H1", "Table");
            PDStructureElement note = all.stream().filter(e -> e.getStructureType().equals("Note")).findFirst().orElseThrow();
            assertThat(note.getElementIdentifier()).isEqualTo("footnote-1");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot().getIDTree().getValue("footnote-1")).isNotNull();
            // the words of a line read with their spaces, although the PDF places each word by itself
            assertThat(all.stream().map(PDStructureElement::getActualText))
                    .contains("The provider carried the calls.", " It was told so. ", "See the report, at 3. ");
        }
    }

    @Test
    void attachmentHeaderIsTaggedOnceAndRepeatedAsArtifact() throws IOException {
        // Enough rows for an Attachment A of three pages (its columns fit their content, so rows are short).
        try (PDDocument doc = Loader.loadPDF(new PdfLetterWriter().write(letter(150)))) {
            List<PDStructureElement> all = elements(doc.getDocumentCatalog().getStructureTreeRoot());
            List<PDStructureElement> headers = all.stream().filter(e -> e.getStructureType().equals("TH")).toList();
            assertThat(headers).hasSize(AttachmentRows.HEADER.size());
            for (PDStructureElement th : headers) {
                PDAttributeObject attribute = th.getAttributes().getObject(0);
                assertThat(attribute).isInstanceOf(PDTableAttributeObject.class);
                assertThat(((PDTableAttributeObject) attribute).getScope()).isEqualTo("Column");
            }
            assertThat(types(all).stream().filter("TD"::equals).count()).isEqualTo(150L * AttachmentRows.HEADER.size());
            assertThat(types(all)).containsSubsequence("Table", "THead", "TR", "TH", "TBody", "TR", "TD");
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(doc)).contains(AttachmentRows.HEADER.get(0), "Customer 149");
            // every page: its page number, and on the table's later pages the header row, are artifacts
            for (int p = 0; p < pages; p++) {
                assertThat(artifacts(doc, p)).as("page %d", p + 1).isGreaterThanOrEqualTo(p >= 2 ? 2 : 1);
            }
        }
    }

    /** How many marked-content sequences of a page are artifacts. */
    private static int artifacts(PDDocument doc, int page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(doc.getPage(page));
        int count = 0;
        List<Object> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator op)) {
                operands.add(token);
                continue;
            }
            if (op.getName().equals("BDC") && !operands.isEmpty() && operands.get(0).equals(COSName.getPDFName("Artifact"))) {
                count++;
            }
            operands.clear();
        }
        return count;
    }

    @Test
    void letterWithALongAttachmentConformsToPdfUaAndPdfA() {
        byte[] pdf = new PdfLetterWriter().write(letter(60));
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1)).matches(VeraPdf.Report::compliant, "no failed rule");
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A)).matches(VeraPdf.Report::compliant, "no failed rule");
    }

    /** The way in for a letterhead logo or a signature image: a Figure with alt text, a rule as an artifact. */
    @Test
    void figureWithAltTextAndRuleConform() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PdfConformance.beforeOpen(writer);
        document.addTitle("Figure");
        document.open();
        PdfConformance.afterOpen(writer, letter(-1));
        PdfTags tags = new PdfTags(writer);
        PdfContentByte canvas = writer.getDirectContent();
        BufferedImage seal = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        seal.getGraphics().fillOval(0, 0, 40, 40);
        PdfStructureElement figure = tags.figure(canvas, tags.document(), Image.getInstance(seal, null), 286, 700,
                40, 40, "Seal of the Federal Office");
        PdfTags.rule(canvas, 72, 540, 690, 1);
        writer.setPageEmpty(false);
        tags.finish();
        document.close();
        byte[] pdf = out.toByteArray();
        assertThat(figure).isNotNull();
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1)).matches(VeraPdf.Report::compliant, "no failed rule");
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A)).matches(VeraPdf.Report::compliant, "no failed rule");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureElement read = elements(doc.getDocumentCatalog().getStructureTreeRoot()).stream()
                    .filter(e -> e.getStructureType().equals("Figure")).findFirst().orElseThrow();
            assertThat(read.getAlternateDescription()).isEqualTo("Seal of the Federal Office");
        }
    }
}
