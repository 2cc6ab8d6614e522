package org.tracebench.letters;

import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * Draws a letter's letterhead: the office's logo (if any) centred on top, the name lines of the template's
 * letterhead block as typed, a rule under them and the contact line under the rule. The PDF writer leaves
 * room for it on page 1 through {@link #spacer()}; the DOCX writer hands the letterhead block to
 * {@link #writeDocx}. The logo carries the office's name as alt text; the rule is decoration only.
 */
final class LetterheadRenderer {

    static final float LOGO_HEIGHT = 54;
    static final float NAME_SIZE = 12.5f;
    static final float NAME_LEADING = 15;
    static final float CONTACT_SIZE = 8.5f;
    static final float RULE_WIDTH = 0.75f;
    private static final float GAP_AFTER_LOGO = 6;
    private static final float GAP_ABOVE_RULE = 5;
    private static final float GAP_BELOW_RULE = 11;
    private static final float GAP_AFTER = 16;

    private final Letterhead letterhead;
    private final List<TextLine> names;
    private final TextLine contact;
    private final Image logo;
    private final List<Block> body;

    private LetterheadRenderer(Letterhead letterhead, List<TextLine> names, TextLine contact, Image logo, List<Block> body) {
        this.letterhead = letterhead;
        this.names = names;
        this.contact = contact;
        this.logo = logo;
        this.body = body;
    }

    /** Whether a block is the template's letterhead block (its lines are the office's name lines). */
    static boolean isLetterhead(Block block) {
        return "letterhead".equals(block.role()) && block.kind() == Block.Kind.LINES;
    }

    /** The renderer of a letter's letterhead for PDF, or null when its template has no letterhead block. */
    static LetterheadRenderer forPdf(LetterDocument letter, LetterFonts fonts) {
        Block head = letter.blocks().stream().filter(LetterheadRenderer::isLetterhead).findFirst().orElse(null);
        if (head == null) {
            return null;
        }
        Letterhead art = letter.letterhead() == null ? Letterhead.PLAIN : letter.letterhead();
        LineBreaker breaker = new LineBreaker(fonts);
        List<TextLine> names = new ArrayList<>();
        for (List<Run> line : head.lines()) {
            names.addAll(breaker.lines(line, LetterLayout.WIDTH, NAME_SIZE, NAME_LEADING, 0, null, 0, LineBreaker.Align.CENTER));
        }
        TextLine contact = null;
        if (art.hasContact()) {
            List<TextLine> lines = breaker.lines(List.of(new Run(art.contactLine(), false, false, 0)), LetterLayout.WIDTH,
                    CONTACT_SIZE, CONTACT_SIZE + 2, 0, null, 0, LineBreaker.Align.CENTER);
            contact = lines.isEmpty() ? null : lines.get(0);
        }
        Image logo = null;
        if (art.logoPng() != null) {
            try {
                logo = Image.getInstance(art.logoPng());
                logo.scaleToFit(LetterLayout.WIDTH, LOGO_HEIGHT);
                logo.setAlt(art.altText());
            } catch (BadElementException | IOException e) {
                throw new IllegalArgumentException("the office's logo is not a readable PNG: " + e.getMessage(), e);
            }
        }
        List<Block> body = letter.blocks().stream().filter(b -> b != head).toList();
        return new LetterheadRenderer(art, names, contact, logo, body);
    }

    /** The letter's blocks without the letterhead block, which this renderer draws instead. */
    List<Block> bodyBlocks() {
        return body;
    }

    /** The alt text of the logo (the office's name), for a writer that tags the figure. */
    String altText() {
        return letterhead.altText();
    }

    /** An empty first unit as tall as the letterhead, so page 1's text starts under it. */
    LetterLayout.Unit spacer() {
        return new LetterLayout.Unit(List.of(new TextLine(List.of(), 0, height(), 0, List.of(), false)), false);
    }

    float height() {
        float h = 0;
        if (logo != null) {
            h += logo.getScaledHeight() + GAP_AFTER_LOGO;
        }
        for (TextLine line : names) {
            h += line.height();
        }
        h += GAP_ABOVE_RULE;
        if (contact != null) {
            h += GAP_BELOW_RULE + 3;
        }
        return h + GAP_AFTER;
    }

    /** Draws the letterhead at the top of page 1. */
    void drawPdf(PdfContentByte canvas, LetterFonts fonts) {
        float y = LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_TOP;
        if (logo != null) {
            float w = logo.getScaledWidth();
            float h = logo.getScaledHeight();
            y -= h;
            try {
                canvas.addImage(logo, w, 0, 0, h, (LetterLayout.PAGE_WIDTH - w) / 2, y);
            } catch (DocumentException e) {
                throw new IllegalStateException("could not draw the office's logo: " + e.getMessage(), e);
            }
            y -= GAP_AFTER_LOGO;
        }
        for (TextLine line : names) {
            y -= line.height();
            text(canvas, line, y + line.height() * 0.25f, fonts);
        }
        y -= GAP_ABOVE_RULE;
        canvas.saveState();
        canvas.setLineWidth(RULE_WIDTH);
        canvas.moveTo(LetterLayout.MARGIN_X, y);
        canvas.lineTo(LetterLayout.PAGE_WIDTH - LetterLayout.MARGIN_X, y);
        canvas.stroke();
        canvas.restoreState();
        if (contact != null) {
            text(canvas, contact, y - GAP_BELOW_RULE, fonts);
        }
    }

    private static void text(PdfContentByte canvas, TextLine line, float baseline, LetterFonts fonts) {
        canvas.beginText();
        for (TextLine.Piece piece : line.pieces()) {
            canvas.setFontAndSize(fonts.of(piece.bold(), piece.italic()), piece.size());
            canvas.setTextMatrix(LetterLayout.MARGIN_X + line.indent() + piece.x(), baseline);
            canvas.showText(piece.text());
        }
        canvas.endText();
    }

    /** Writes the letterhead block as DOCX paragraphs: logo with alt text, name lines, a bottom-border rule, contact. */
    static void writeDocx(XWPFDocument doc, Block head, Letterhead letterhead) {
        Letterhead art = letterhead == null ? Letterhead.PLAIN : letterhead;
        if (art.logoPng() != null) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(120);
            p.setKeepNext(true);
            XWPFRun run = p.createRun();
            try {
                double scale = LOGO_HEIGHT / pngSize(art.logoPng(), 20);
                run.addPicture(new ByteArrayInputStream(art.logoPng()), Document.PICTURE_TYPE_PNG, "logo.png",
                        Units.toEMU(pngSize(art.logoPng(), 16) * scale), Units.toEMU(LOGO_HEIGHT));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the office's logo: " + e.getMessage(), e);
            } catch (InvalidFormatException e) {
                throw new IllegalArgumentException("the office's logo is not a PNG: " + e.getMessage(), e);
            }
            var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            docPr.setDescr(art.altText());
            docPr.setTitle(art.altText());
        }
        XWPFParagraph names = doc.createParagraph();
        names.setAlignment(ParagraphAlignment.CENTER);
        names.setKeepNext(true);
        names.setSpacingAfter(art.hasContact() ? 60 : 320);
        for (int i = 0; i < head.lines().size(); i++) {
            if (i > 0) {
                names.createRun().addBreak();
            }
            for (Run part : head.lines().get(i)) {
                XWPFRun r = names.createRun();
                r.setText(part.text());
                r.setBold(part.bold());
                r.setItalic(part.italic());
                r.setFontSize(NAME_SIZE);
            }
        }
        CTPBdr borders = DocxLetterWriter.paragraphProperties(names).addNewPBdr();
        CTBorder rule = borders.addNewBottom();
        rule.setVal(STBorder.SINGLE);
        rule.setSz(BigInteger.valueOf(6));
        rule.setSpace(BigInteger.valueOf(4));
        if (art.hasContact()) {
            XWPFParagraph contact = doc.createParagraph();
            contact.setAlignment(ParagraphAlignment.CENTER);
            contact.setSpacingAfter(320);
            XWPFRun r = contact.createRun();
            r.setText(art.contactLine());
            r.setFontSize(CONTACT_SIZE);
        }
    }

    /** Width (at 16) or height (at 20) from a PNG's header chunk, which every PNG starts with. */
    private static int pngSize(byte[] png, int offset) {
        if (png.length < 24) {
            throw new IllegalArgumentException("the office's logo is not a PNG");
        }
        return ((png[offset] & 0xff) << 24) | ((png[offset + 1] & 0xff) << 16) | ((png[offset + 2] & 0xff) << 8)
                | (png[offset + 3] & 0xff);
    }
}
