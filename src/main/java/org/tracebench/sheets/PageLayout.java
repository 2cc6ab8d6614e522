package org.tracebench.sheets;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Print and view setup shared by every sheet of an attachment workbook: landscape, fit to one page wide,
 * header row repeated on each printed page, page numbers in the footer, header row frozen and filterable.
 */
final class PageLayout {

    // Header and footer field codes understood by Excel and LibreOffice.
    private static final String PAGE = "&P";
    private static final String PAGES = "&N";
    private static final String SHEET_NAME = "&A";
    static final int MAX_PAGE_HEADER_CHARS = 120;

    private PageLayout() {
    }

    /** Call before the sheet's rows are written: frozen panes, print setup, repeated header row. */
    static void prepare(Sheet sheet, int headerRow, String pageHeader) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.LETTER_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.75);
        sheet.setMargin(Sheet.BottomMargin, 0.75);
        sheet.setHorizontallyCenter(true);
        sheet.getHeader().setLeft(escape(shorten(pageHeader)));
        sheet.getHeader().setRight(SHEET_NAME);
        sheet.getFooter().setCenter("Page " + PAGE + " of " + PAGES);
    }

    /** Call when the sheet's last row is known: the autofilter spans the header and every data row. */
    static void finish(Sheet sheet, int headerRow, int lastRow, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
    }

    /** Excel refuses page headers over 255 characters (codes included); keep well inside that. */
    static String shorten(String text) {
        if (text == null || text.length() <= MAX_PAGE_HEADER_CHARS) {
            return text;
        }
        return text.substring(0, MAX_PAGE_HEADER_CHARS - 1) + "\u2026";
    }

    /** Header and footer text treats "&" as a code; a literal ampersand is written twice. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
