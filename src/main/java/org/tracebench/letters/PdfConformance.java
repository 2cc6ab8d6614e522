package org.tracebench.letters;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The document-level parts of a letter that PDF/UA-1 and PDF/A-2a ask for and OpenPDF does not write by itself:
 * PDF 1.7, the tagged flag, the document language, the title shown in the reader's window, XMP metadata that
 * names both standards (with the extension schema PDF/A wants for the PDF/UA identifier) and an sRGB output
 * intent. The structure tree itself is {@link PdfTags}'s job.
 */
final class PdfConformance {

    static final String LANGUAGE = "en-US";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfConformance() {
    }

    /** Call after {@code PdfWriter.getInstance} and before the document opens. */
    static void beforeOpen(PdfWriter writer) {
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // The structure tree is tens of thousands of small objects for a long Attachment A (a TD per cell):
        // object streams (allowed from PDF/A-2 on) compress them, where plain objects made the file 8x larger.
        writer.setFullCompression();
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    }

    /** Call once the document is open (the catalog's extras and the metadata are written when it closes). */
    static void afterOpen(PdfWriter writer, LetterDocument letter) {
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        writer.setXmpMetadata(xmp(letter).getBytes(StandardCharsets.UTF_8));
        try {
            PdfStream profile = new PdfStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            profile.put(PdfName.N, new PdfNumber(3));
            profile.flateCompress();
            PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
            // GTS_PDFA1 is the subtype PDF/A-2 also uses for its output intent
            intent.put(PdfName.S, PdfName.GTS_PDFA1);
            intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
            intent.put(PdfName.INFO, new PdfString(SRGB));
            intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
            writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The XMP packet: Dublin Core title, author and subject (the same values as the Info dictionary, as PDF/A
     * requires), PDF/A-2a and PDF/UA-1 identification, and the extension schema declaring pdfuaid, which is not
     * one of PDF/A's predefined schemas.
     */
    static String xmp(LetterDocument letter) {
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(letter.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (letter.author() != null && !letter.author().isBlank()) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(letter.author()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (letter.subject() != null && !letter.subject().isBlank()) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(letter.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(LANGUAGE).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" ")
                .append("xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<pdf:Keywords>").append(escape(PdfLetterWriter.KEYWORDS)).append("</pdf:Keywords>\n")
                .append("<xmp:CreatorTool>").append(PdfLetterWriter.CREATOR).append("</xmp:CreatorTool>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" ")
                .append("xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" ")
                .append("xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n")
                .append("</rdf:RDF>\n</x:xmpmeta>\n")
                // room for a tool that edits the metadata in place, as XMP writers leave
                .append(" ".repeat(100)).append("\n")
                .append("<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
