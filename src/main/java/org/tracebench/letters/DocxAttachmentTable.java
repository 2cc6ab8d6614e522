package org.tracebench.letters;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Attachment A in a DOCX letter: a page-wide table with the PDF's column widths, fitted to the cells (a fixed
 * layout and a w:tblGrid of those widths, so Word and LibreOffice do not share the width out evenly), a shaded header row that repeats on
 * every page, and rows that are never split across two pages.
 */
final class DocxAttachmentTable {

    /** The width between the margins of a US Letter page, in twentieths of a point. */
    static final int TEXT_WIDTH = 12240 - 2 * DocxLetterWriter.INCH;
    static final String HEADER_FILL = "E0E0E0";
    private static final int CELL_PAD_X = 60;
    private static final int CELL_PAD_Y = 30;

    private DocxAttachmentTable() {
    }

    static void write(XWPFDocument doc, AttachmentTable table) {
        XWPFParagraph title = doc.createParagraph();
        title.setPageBreak(true);
        title.setStyle(DocxLetterWriter.HEADING);
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingAfter(200);
        title.setKeepNext(true);
        XWPFRun t = title.createRun();
        t.setText(table.title());
        t.setBold(true);
        t.setFontSize(12);

        int[] widths = columnWidths(table.widths(), table.header().size());
        XWPFTable grid = doc.createTable(table.rows().size() + 1, table.header().size());
        layout(grid, widths);
        describe(grid, table);
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        fill(header, table.header(), widths, true);
        ColumnWidths cells = new ColumnWidths(new LetterFonts());
        float[] points = table.widths();
        for (int i = 0; i < table.rows().size(); i++) {
            XWPFTableRow row = grid.getRow(i + 1);
            row.setCantSplitRow(true);
            List<String> values = new java.util.ArrayList<>(table.rows().get(i));
            for (int c = 0; c < values.size() && points != null && c < points.length; c++) {
                values.set(c, cells.set(values.get(c), ColumnWidths.textWidth(points[c])));
            }
            fill(row, values, widths, false);
        }
    }

    /** Column widths in twentieths of a point, proportional to the given weights (equal when there are none). */
    static int[] columnWidths(float[] weights, int columns) {
        int[] out = new int[columns];
        float total = 0;
        for (int c = 0; c < columns; c++) {
            total += weight(weights, c);
        }
        int used = 0;
        for (int c = 0; c < columns; c++) {
            out[c] = c == columns - 1 ? TEXT_WIDTH - used : Math.round(TEXT_WIDTH * weight(weights, c) / total);
            used += out[c];
        }
        return out;
    }

    private static float weight(float[] weights, int column) {
        return weights != null && column < weights.length && weights[column] > 0 ? weights[column] : 1;
    }

    private static void layout(XWPFTable grid, int[] widths) {
        CTTblPr props = grid.getCTTbl().getTblPr() != null ? grid.getCTTbl().getTblPr() : grid.getCTTbl().addNewTblPr();
        var width = props.isSetTblW() ? props.getTblW() : props.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        (props.isSetTblLayout() ? props.getTblLayout() : props.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        grid.setCellMargins(CELL_PAD_Y, CELL_PAD_X, CELL_PAD_Y, CELL_PAD_X);
        CTTblGrid columns = grid.getCTTbl().getTblGrid() != null ? grid.getCTTbl().getTblGrid()
                : grid.getCTTbl().addNewTblGrid();
        while (columns.sizeOfGridColArray() > 0) {
            columns.removeGridCol(0);
        }
        for (int w : widths) {
            columns.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    /** The table's title and summary, which Word offers as the table's Alt Text and screen readers announce. */
    private static void describe(XWPFTable grid, AttachmentTable table) {
        CTTblPr props = grid.getCTTbl().getTblPr();
        (props.isSetTblCaption() ? props.getTblCaption() : props.addNewTblCaption()).setVal(table.title());
        (props.isSetTblDescription() ? props.getTblDescription() : props.addNewTblDescription()).setVal(
                table.rows().size() + " rows, one per traced call; columns: "
                        + String.join(", ", table.header()).replace('\n', ' '));
    }

    private static void fill(XWPFTableRow row, List<String> values, int[] widths, boolean header) {
        for (int c = 0; c < values.size() && c < widths.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            var tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
            tcW.setType(STTblWidth.DXA);
            tcW.setW(BigInteger.valueOf(widths[c]));
            if (header) {
                cell.setColor(HEADER_FILL);
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle("TableText");
            String[] lines = values.get(c).split("\n", -1);
            XWPFRun r = p.createRun();
            if (header) {
                r.setBold(true);
            }
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    r.addBreak();
                }
                r.setText(lines[i], i);
            }
        }
    }
}
