package org.tracebench.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a letter as PDF with OpenPDF: US Letter, embedded fonts, footnotes at the foot of the page of their
 * reference, "Page X of Y" on every page, document metadata, and Attachment A as a table whose header row
 * repeats on each page. The file is tagged and conforms to PDF/UA-1 and PDF/A-2a (decisions/0314): the
 * structure tree holds the blocks in reading order (H1, P, L/LI/Lbl/LBody), each footnote as a Note right
 * after its Reference, and the table with column headers; page numbers, rules and the header rows repeated on
 * later pages are artifacts.
 */
public final class PdfLetterWriter {

    static final String CREATOR = "Tracebench";
    static final String KEYWORDS = "robocall; notice; letter";
    /** Rows laid out at a time, so a large Attachment A never holds all its cells in memory at once. */
    private static final int TABLE_CHUNK = 500;
    private static final float TITLE_LEADING = 18;
    private static final float TITLE_SPACE_AFTER = 10;

    public byte[] write(LetterDocument letter) {
        letter = SmartQuotes.document(letter);
        LetterFonts fonts = new LetterFonts();
        LetterLayout layout = new LetterLayout(fonts);
        LetterheadRenderer letterhead = LetterheadRenderer.forPdf(letter, fonts);
        Map<Integer, List<TextLine>> notes = layout.footnotes(letter.footnotes());
        List<Paginator.Page> pages = paginate(letter, layout, letterhead, notes);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, LetterLayout.MARGIN_X, LetterLayout.MARGIN_X,
                LetterLayout.MARGIN_TOP, LetterLayout.MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PdfConformance.beforeOpen(writer);
            writer.setPageEvent(new PageNumbers(fonts));
            document.addTitle(letter.title());
            document.addSubject(letter.subject());
            document.addAuthor(letter.author());
            document.addCreator(CREATOR);
            document.addKeywords(KEYWORDS);
            document.open();
            PdfConformance.afterOpen(writer, letter);
            Tagger tagger = new Tagger(new PdfTags(writer), layout, notes, fonts);
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                if (i == 0 && letterhead != null) {
                    // The letterhead is drawn as page furniture: its lines repeat the office named in the body
                    // and the signature, and an untagged drawing would break PDF/UA.
                    LetterheadRenderer head = letterhead;
                    PdfContentByte canvas = writer.getDirectContent();
                    PdfTags.artifact(canvas, PdfTags.Furniture.LAYOUT, () -> head.drawPdf(canvas, fonts));
                }
                tagger.page(writer.getDirectContent(), pages.get(i));
                writer.setPageEmpty(false);
            }
            if (letter.attachment() != null) {
                document.newPage();
                attachment(document, writer, tagger.tags, letter.attachment(), fonts);
            }
            tagger.tags.finish();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The letter's body and footnotes broken into pages, with the letterhead's room at the top of the first. */
    private static List<Paginator.Page> paginate(LetterDocument letter, LetterLayout layout,
                                                 LetterheadRenderer letterhead, Map<Integer, List<TextLine>> notes) {
        List<LetterLayout.Unit> units = layout.units(letterhead == null ? letter.blocks() : letterhead.bodyBlocks());
        if (letterhead != null) {
            units.add(0, letterhead.spacer());
        }
        float available = LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_TOP - LetterLayout.MARGIN_BOTTOM;
        return new Paginator(available).paginate(units, notes);
    }

    /** The pages {@link #write} draws, for checking the layout without reading a PDF back. */
    static List<Paginator.Page> pages(LetterDocument letter) {
        letter = SmartQuotes.document(letter);
        LetterFonts fonts = new LetterFonts();
        LetterLayout layout = new LetterLayout(fonts);
        return paginate(letter, layout, LetterheadRenderer.forPdf(letter, fonts), layout.footnotes(letter.footnotes()));
    }

    /**
     * Draws the paginated lines and builds the structure tree as it goes: a block is one element (its lines are
     * leaves under it, on whichever pages they fall), consecutive list items share one L, a footnote reference
     * mark is a Reference leaf followed by the footnote's Note, whose lines at the foot of the page become
     * leaves of that Note.
     */
    private static final class Tagger {
        final PdfTags tags;
        private final LetterLayout layout;
        private final LetterFonts fonts;
        private final Map<TextLine, Integer> footnoteOf = new IdentityHashMap<>();
        private final Map<Integer, PdfStructureElement> noteElements = new HashMap<>();
        private Block block;
        private PdfStructureElement content;
        private PdfStructureElement list;
        private Block listItem;
        private PdfStructureElement item;
        private int lastNote;

        Tagger(PdfTags tags, LetterLayout layout, Map<Integer, List<TextLine>> notes, LetterFonts fonts) {
            this.tags = tags;
            this.layout = layout;
            this.fonts = fonts;
            notes.forEach((number, lines) -> lines.forEach(line -> footnoteOf.put(line, number)));
        }

        void page(PdfContentByte canvas, Paginator.Page page) {
            float y = LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_TOP;
            for (TextLine line : page.body()) {
                y -= line.spaceBefore() + line.height();
                bodyLine(canvas, line, y + line.height() * 0.25f);
            }
            if (page.foot().isEmpty()) {
                return;
            }
            float footHeight = Paginator.SEPARATOR;
            for (TextLine line : page.foot()) {
                footHeight += line.height();
            }
            float footTop = LetterLayout.MARGIN_BOTTOM + footHeight;
            PdfTags.rule(canvas, LetterLayout.MARGIN_X,
                    LetterLayout.MARGIN_X + (page.continued() ? LetterLayout.WIDTH : 144), footTop - 5, 0.5f);
            y = footTop - Paginator.SEPARATOR;
            for (TextLine line : page.foot()) {
                y -= line.height();
                footLine(canvas, line, y + (line.height() - line.spaceBefore()) * 0.25f);
            }
        }

        private void bodyLine(PdfContentByte canvas, TextLine line, float baseline) {
            Block from = layout.blockOf(line);
            if ((from != block && from != null) || (content == null && item == null)) {
                start(from);
            }
            List<TextLine.Piece> pieces = line.pieces();
            int i = 0;
            if (content == null) {
                // a list item: the number or bullet hanging before the text is its label, then comes its body
                if (!pieces.isEmpty() && pieces.get(0).x() < 0) {
                    TextLine.Piece label = pieces.get(0);
                    tags.mark(canvas, item, PdfTags.LBL, () -> draw(canvas, line, List.of(label), baseline));
                    i = 1;
                }
                content = tags.element(item, PdfTags.LBODY);
            }
            int markIndex = 0;
            while (i < pieces.size()) {
                TextLine.Piece piece = pieces.get(i);
                if (piece.rise() > 0) {
                    int number = footnoteNumber(piece, line, markIndex++);
                    tags.mark(canvas, content, PdfTags.REFERENCE, () -> draw(canvas, line, List.of(piece), baseline));
                    if (number > 0 && !noteElements.containsKey(number)) {
                        noteElements.put(number, tags.element(content, PdfTags.NOTE, "footnote-" + number));
                    }
                    i++;
                    continue;
                }
                int end = i;
                while (end < pieces.size() && pieces.get(end).rise() <= 0) {
                    end++;
                }
                List<TextLine.Piece> text = pieces.subList(i, end);
                PdfStructureElement span = tags.mark(canvas, content, PdfTags.SPAN, () -> draw(canvas, line, text, baseline));
                actualText(span, i > 0 && pieces.get(i - 1).x() >= 0 ? pieces.get(i - 1) : null, text,
                        end == pieces.size());
                i = end;
            }
        }

        /** Opens the element of a new block; list items join the list before them unless a new list starts. */
        private void start(Block next) {
            block = next;
            Block.Kind kind = next == null ? Block.Kind.PARAGRAPH : next.kind();
            boolean isItem = kind == Block.Kind.NUMBERED || kind == Block.Kind.BULLET;
            if (!isItem) {
                list = null;
                listItem = null;
                item = null;
                content = tags.element(tags.document(), kind == Block.Kind.HEADING ? PdfTags.H1 : PdfName.P);
                return;
            }
            boolean sameList = list != null && listItem != null && listItem.kind() == kind
                    && !(kind == Block.Kind.NUMBERED && next.number() == 1);
            if (!sameList) {
                list = tags.element(tags.document(), PdfTags.L);
            }
            listItem = next;
            item = tags.element(list, PdfTags.LI);
            content = null; // the LBody follows the label, once the item's first line is drawn
        }

        private void footLine(PdfContentByte canvas, TextLine line, float baseline) {
            // a line the layout did not make for a footnote continues the footnote drawn before it
            int number = footnoteOf.getOrDefault(line, lastNote);
            PdfStructureElement note = noteElements.get(number);
            if (note == null) {
                // a footnote whose reference was not drawn still belongs in the tree, at the end
                note = tags.element(tags.document(), PdfTags.NOTE, "footnote-" + number);
                noteElements.put(number, note);
            }
            lastNote = number;
            List<TextLine.Piece> pieces = line.pieces();
            int i = 0;
            if (!pieces.isEmpty() && pieces.get(0).x() < 0) {
                TextLine.Piece label = pieces.get(0);
                tags.mark(canvas, note, PdfTags.LBL, () -> draw(canvas, line, List.of(label), baseline));
                i = 1;
            }
            if (i < pieces.size()) {
                List<TextLine.Piece> text = pieces.subList(i, pieces.size());
                PdfStructureElement span = tags.mark(canvas, note, PdfTags.SPAN, () -> draw(canvas, line, text, baseline));
                actualText(span, null, text, true);
            }
        }

        /**
         * The words of a leaf with the spaces between them. The pieces are placed at their x offsets without
         * space characters (justified lines stretch the gaps), so a screen reader would otherwise run the words
         * together; the text ends in a space unless the line breaks inside a word (a URL after a slash).
         */
        private void actualText(PdfStructureElement span, TextLine.Piece before, List<TextLine.Piece> pieces,
                                boolean lineEnd) {
            StringBuilder text = new StringBuilder();
            TextLine.Piece previous = before;
            for (TextLine.Piece piece : pieces) {
                if (previous != null && piece.x() - end(previous) > piece.size() * 0.1f) {
                    text.append(' ');
                }
                text.append(piece.text());
                previous = piece;
            }
            if (lineEnd && !text.isEmpty() && text.charAt(text.length() - 1) != '/') {
                text.append(' ');
            }
            span.put(PdfName.ACTUALTEXT, new PdfString(text.toString(), PdfObject.TEXT_UNICODE));
        }

        private float end(TextLine.Piece piece) {
            return piece.x() + fonts.of(piece.bold(), piece.italic()).getWidthPoint(piece.text(), piece.size());
        }

        private static int footnoteNumber(TextLine.Piece piece, TextLine line, int index) {
            try {
                return Integer.parseInt(piece.text().trim());
            } catch (NumberFormatException e) {
                return index < line.footnotes().size() ? line.footnotes().get(index) : 0;
            }
        }

        private void draw(PdfContentByte canvas, TextLine line, List<TextLine.Piece> pieces, float baseline) {
            canvas.beginText();
            for (TextLine.Piece piece : pieces) {
                canvas.setFontAndSize(fonts.of(piece.bold(), piece.italic()), piece.size());
                canvas.setTextRise(piece.rise());
                canvas.setTextMatrix(LetterLayout.MARGIN_X + line.indent() + piece.x(), baseline);
                canvas.showText(piece.text());
            }
            canvas.setTextRise(0);
            canvas.endText();
        }
    }

    /**
     * Attachment A: a title and a table drawn row by row. The first page's header row holds the TH cells (with
     * column scope); the copies of it on later pages are artifacts, so a screen reader reads the header once.
     * Each cell is its own TH or TD, drawn by OpenPDF's table code one cell at a time.
     */
    static void attachment(Document document, PdfWriter writer, PdfTags tags, AttachmentTable table,
                           LetterFonts fonts) throws DocumentException {
        Font titleFont = new Font(fonts.bold, 12);
        Font headFont = new Font(fonts.bold, 7.5f);
        Font cellFont = new Font(fonts.regular, 7.5f);
        PdfContentByte canvas = writer.getDirectContent();
        float top = LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_TOP;
        float titleBaseline = top - TITLE_LEADING;
        tags.mark(canvas, tags.document(), PdfTags.H1, () -> ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(table.title(), titleFont), LetterLayout.PAGE_WIDTH / 2, titleBaseline, 0));
        PdfStructureElement tableElement = tags.element(tags.document(), PdfTags.TABLE);
        PdfStructureElement head = tags.element(tableElement, PdfTags.THEAD);
        PdfStructureElement body = tags.element(tableElement, PdfTags.TBODY);
        float y = titleBaseline - TITLE_SPACE_AFTER;
        List<List<String>> rows = table.rows();
        for (int chunkStart = 0; chunkStart == 0 || chunkStart < rows.size(); chunkStart += TABLE_CHUNK) {
            int chunkEnd = Math.min(rows.size(), chunkStart + TABLE_CHUNK);
            PdfPTable chunk = chunk(table, rows.subList(chunkStart, chunkEnd), headFont, cellFont, fonts);
            float headerHeight = chunk.getRowHeight(0);
            if (chunkStart == 0) {
                row(canvas, tags, chunk, 0, y, tags.element(head, PdfTags.TR), PdfTags.TH);
                y -= headerHeight;
            }
            for (int r = 1; r <= chunkEnd - chunkStart; r++) {
                float rowHeight = chunk.getRowHeight(r);
                if (y - rowHeight < LetterLayout.MARGIN_BOTTOM) {
                    document.newPage();
                    writer.setPageEmpty(false);
                    float headerY = top;
                    PdfTags.artifact(canvas, PdfTags.Furniture.REPEATED_HEADER,
                            () -> chunk.writeSelectedRows(0, 1, LetterLayout.MARGIN_X, headerY, canvas));
                    y = top - headerHeight;
                }
                row(canvas, tags, chunk, r, y, tags.element(body, PdfTags.TR), PdfTags.TD);
                y -= rowHeight;
            }
        }
    }

    /** The header row and some rows of the table, laid out at the page's width. */
    private static PdfPTable chunk(AttachmentTable table, List<List<String>> rows, Font headFont, Font cellFont,
                                   LetterFonts fonts) {
        PdfPTable chunk = new PdfPTable(table.widths());
        chunk.setTotalWidth(LetterLayout.WIDTH);
        chunk.setLockedWidth(true);
        for (String head : table.header()) {
            PdfPCell cell = new PdfPCell(new Phrase(head, headFont));
            cell.setGrayFill(0.88f);
            cell.setPadding(3);
            chunk.addCell(cell);
        }
        ColumnWidths cells = new ColumnWidths(fonts);
        float[] widths = table.widths();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String value = c < widths.length ? cells.set(row.get(c), ColumnWidths.textWidth(widths[c])) : row.get(c);
                PdfPCell cell = new PdfPCell(new Phrase(value, cellFont));
                cell.setPadding(3);
                chunk.addCell(cell);
            }
        }
        return chunk;
    }

    /**
     * One row, each cell drawn on its own as a TH or TD element. The row's own cell writer is used rather than
     * the table's column subsets, which clip each column and so would thin the borders at its edges.
     */
    private static void row(PdfContentByte canvas, PdfTags tags, PdfPTable chunk, int r, float y,
                            PdfStructureElement tr, PdfName cellType) {
        float[] widths = chunk.getAbsoluteWidths();
        PdfContentByte[] direct = {canvas, canvas, canvas, canvas};
        float x = LetterLayout.MARGIN_X;
        for (int c = 0; c < widths.length; c++) {
            PdfStructureElement cell = tags.element(tr, cellType);
            if (cellType == PdfTags.TH) {
                PdfTags.columnHeader(cell);
            }
            int column = c;
            float cellX = x; // where this column starts: the row's writer places the first cell it draws there
            tags.mark(canvas, cell, () -> {
                if (cellType == PdfTags.TD) {
                    // A body cell's borders and text go straight onto the page: the layers OpenPDF keeps for a
                    // whole table change nothing for one cell without a fill, and cost allocations per cell.
                    chunk.getRow(r).writeCells(column, column + 1, cellX, y, direct);
                } else {
                    // a header cell's grey fill must stay on its own layer, or its text would be grey too
                    PdfContentByte[] layers = PdfPTable.beginWritingRows(canvas);
                    chunk.getRow(r).writeCells(column, column + 1, cellX, y, layers);
                    PdfPTable.endWritingRows(layers);
                }
            });
            x += widths[c];
        }
    }

    /** "Page X of Y" at the foot of every page, as an artifact; Y is filled in when the document closes. */
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
            PdfTags.artifact(canvas, PdfTags.Furniture.PAGE_NUMBER, () -> {
                canvas.beginText();
                canvas.setFontAndSize(fonts.regular, size);
                canvas.setTextMatrix(x, y);
                canvas.showText(text);
                canvas.endText();
                canvas.addTemplate(total, x + textWidth, y);
            });
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
