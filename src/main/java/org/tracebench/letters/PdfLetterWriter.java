package org.tracebench.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a letter as PDF with OpenPDF: US Letter, embedded fonts, footnotes at the foot of the page of their
 * reference, "Page X of Y" on every page, document metadata, and Attachment A as a table whose header row
 * repeats on each page.
 */
public final class PdfLetterWriter {

    /** Rows added to the attachment table at a time, so large tables are flushed to the file as they go. */
    private static final int TABLE_CHUNK = 500;

    public byte[] write(LetterDocument letter) {
        letter = SmartQuotes.document(letter);
        LetterFonts fonts = new LetterFonts();
        LetterLayout layout = new LetterLayout(fonts);
        LetterheadRenderer letterhead = LetterheadRenderer.forPdf(letter, fonts);
        List<LetterLayout.Unit> units = layout.units(letterhead == null ? letter.blocks() : letterhead.bodyBlocks());
        if (letterhead != null) {
            units.add(0, letterhead.spacer());
        }
        Map<Integer, List<TextLine>> notes = layout.footnotes(letter.footnotes());
        float available = LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_TOP - LetterLayout.MARGIN_BOTTOM;
        List<Paginator.Page> pages = new Paginator(available).paginate(units, notes);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, LetterLayout.MARGIN_X, LetterLayout.MARGIN_X,
                LetterLayout.MARGIN_TOP, LetterLayout.MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(fonts));
            document.addTitle(letter.title());
            document.addSubject(letter.subject());
            document.addAuthor(letter.author());
            document.addCreator("Tracebench");
            document.addKeywords("robocall; notice; letter");
            document.open();
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                if (i == 0 && letterhead != null) {
                    letterhead.drawPdf(writer.getDirectContent(), fonts);
                }
                draw(writer.getDirectContent(), pages.get(i), fonts);
                writer.setPageEmpty(false);
            }
            if (letter.attachment() != null) {
                document.newPage();
                attachment(document, letter.attachment(), fonts);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void draw(PdfContentByte canvas, Paginator.Page page, LetterFonts fonts) {
        float top = LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_TOP;
        float y = top;
        for (TextLine line : page.body()) {
            y -= line.spaceBefore() + line.height();
            drawLine(canvas, line, y + line.height() * 0.25f, fonts);
        }
        if (page.foot().isEmpty()) {
            return;
        }
        float footHeight = Paginator.SEPARATOR;
        for (TextLine line : page.foot()) {
            footHeight += line.height();
        }
        float footTop = LetterLayout.MARGIN_BOTTOM + footHeight;
        canvas.setLineWidth(0.5f);
        canvas.moveTo(LetterLayout.MARGIN_X, footTop - 5);
        canvas.lineTo(LetterLayout.MARGIN_X + (page.continued() ? LetterLayout.WIDTH : 144), footTop - 5);
        canvas.stroke();
        y = footTop - Paginator.SEPARATOR;
        for (TextLine line : page.foot()) {
            y -= line.height();
            drawLine(canvas, line, y + (line.height() - line.spaceBefore()) * 0.25f, fonts);
        }
    }

    private static void drawLine(PdfContentByte canvas, TextLine line, float baseline, LetterFonts fonts) {
        canvas.beginText();
        for (TextLine.Piece piece : line.pieces()) {
            canvas.setFontAndSize(fonts.of(piece.bold(), piece.italic()), piece.size());
            canvas.setTextRise(piece.rise());
            canvas.setTextMatrix(LetterLayout.MARGIN_X + line.indent() + piece.x(), baseline);
            canvas.showText(piece.text());
        }
        canvas.setTextRise(0);
        canvas.endText();
    }

    static void attachment(Document document, AttachmentTable table, LetterFonts fonts) throws DocumentException {
        Font titleFont = new Font(fonts.bold, 12);
        Font headFont = new Font(fonts.bold, 7.5f);
        Font cellFont = new Font(fonts.regular, 7.5f);
        Paragraph title = new Paragraph(table.title(), titleFont);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(10);
        document.add(title);
        PdfPTable pdfTable = new PdfPTable(table.widths());
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        pdfTable.setComplete(false);
        for (String head : table.header()) {
            PdfPCell cell = new PdfPCell(new Phrase(head, headFont));
            cell.setGrayFill(0.88f);
            cell.setPadding(3);
            pdfTable.addCell(cell);
        }
        int count = 0;
        ColumnWidths cells = new ColumnWidths(fonts);
        float[] widths = table.widths();
        for (List<String> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                String value = c < widths.length ? cells.set(row.get(c), ColumnWidths.textWidth(widths[c])) : row.get(c);
                PdfPCell cell = new PdfPCell(new Phrase(value, cellFont));
                cell.setPadding(3);
                pdfTable.addCell(cell);
            }
            if (++count % TABLE_CHUNK == 0) {
                document.add(pdfTable);
            }
        }
        pdfTable.setComplete(true);
        document.add(pdfTable);
    }

    /** "Page X of Y" at the foot of every page; Y is filled in when the document closes. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final LetterFonts fonts;
        private PdfTemplate total;

        PageNumbers(LetterFonts fonts) {
            this.fonts = fonts;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            String text = "Page " + writer.getPageNumber() + " of ";
            float size = 9;
            float textWidth = fonts.regular.getWidthPoint(text, size);
            float totalWidth = fonts.regular.getWidthPoint("000", size);
            float x = (LetterLayout.PAGE_WIDTH - textWidth - totalWidth) / 2;
            float y = 34;
            canvas.beginText();
            canvas.setFontAndSize(fonts.regular, size);
            canvas.setTextMatrix(x, y);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + textWidth, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(fonts.regular, 9);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
