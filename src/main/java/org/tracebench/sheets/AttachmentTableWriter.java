package org.tracebench.sheets;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tracebench.calltable.CallWording;
import org.tracebench.model.TracedCall;

/**
 * Streams traced calls into the Attachment A sheet: title and subtitle rows, the header row, then one row
 * per call. When a sheet is full it continues on "Attachment A (2)" and so on, each with its own title and
 * header. Column widths follow the longest value seen, within limits.
 */
final class AttachmentTableWriter {

    static final int TITLE_ROW = 0;
    static final int SUBTITLE_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;
    static final int MIN_WIDTH_CHARS = 8;
    static final int MAX_WIDTH_CHARS = 60;
    static final int DATE_WIDTH_CHARS = 23;
    static final float LINE_HEIGHT_POINTS = 15f;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final SXSSFWorkbook workbook;
    private final SheetStyles styles;
    private final CellWriter cells;
    private final AttachmentExport export;
    private final int maxRowsPerSheet;
    private final List<String> sheetNames = new ArrayList<>();
    private final int[] widths;
    private Sheet sheet;
    private int nextRow;
    private long rowsWritten;

    AttachmentTableWriter(SXSSFWorkbook workbook, SheetStyles styles, AttachmentExport export, int maxRowsPerSheet) {
        this.workbook = workbook;
        this.styles = styles;
        this.cells = new CellWriter(styles);
        this.export = export;
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.widths = new int[export.layout().size()];
        for (int i = 0; i < widths.length; i++) {
            ColumnSpec column = export.layout().get(i);
            widths[i] = isDate(column.field()) ? DATE_WIDTH_CHARS : Math.max(MIN_WIDTH_CHARS, column.header().length());
        }
    }

    static String sheetName(int index) {
        return index == 0 ? AttachmentWorkbookWriter.TABLE_SHEET : AttachmentWorkbookWriter.TABLE_SHEET + " (" + (index + 1) + ")";
    }

    void write(TracedCall call) {
        if (sheet == null || nextRow >= maxRowsPerSheet) {
            startSheet();
        }
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        ColumnLayout layout = export.layout();
        for (int i = 0; i < layout.size(); i++) {
            AttachmentField field = layout.get(i).field();
            switch (field) {
                case CALL_TIME -> cells.dateTime(row, i, call.callTimeUtc());
                case NOTIFIED -> lines = Math.max(lines, notifications(row, i, call.notifications()));
                default -> {
                    String value = text(call, field);
                    try {
                        lines = Math.max(lines, cells.text(row, i, value, false));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("Row " + (rowsWritten + 1) + ", column \""
                                + layout.get(i).header() + "\": " + e.getMessage(), e);
                    }
                    widths[i] = Math.max(widths[i], CellWriter.longestLine(value));
                }
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_HEIGHT_POINTS);
        }
        rowsWritten++;
    }

    /** One notification is a real date-time cell; several become wrapped text, one timestamp a line. */
    private int notifications(Row row, int column, List<Instant> notifications) {
        if (notifications.size() <= 1) {
            cells.dateTime(row, column, notifications.isEmpty() ? null : notifications.get(0));
            return 1;
        }
        return cells.text(row, column, CallWording.timestamps(notifications, CallWording.ONE_PER_LINE), true);
    }

    /** The text of a field that is not a date. */
    private static String text(TracedCall call, AttachmentField field) {
        return switch (field) {
            case TRACEBACK_ID -> CallWording.tracebackId(call);
            case RESPONSE -> CallWording.response(call.response());
            case NOTIFIED, CALL_TIME -> throw new IllegalArgumentException(field + " is written as a date");
            default -> CallWording.text(call, field.attachmentColumn().orElseThrow(), CallWording.ONE_PER_LINE);
        };
    }

    long rowsWritten() {
        return rowsWritten;
    }

    List<String> sheetNames() {
        return sheetNames;
    }

    /** Closes the last sheet (an empty table still gets its title and header). */
    void finish() {
        if (sheet == null) {
            startSheet();
        }
        finishSheet();
    }

    private void startSheet() {
        if (sheet != null) {
            finishSheet();
        }
        int index = sheetNames.size();
        sheet = workbook.createSheet(sheetName(index));
        sheetNames.add(sheet.getSheetName());
        int columns = export.layout().size();
        PageLayout.prepare(sheet, HEADER_ROW, "Attachment A: " + export.caseTitle());

        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(20);
        Cell title = titleRow.createCell(0);
        title.setCellStyle(styles.title);
        title.setCellValue("Attachment A: " + export.caseTitle());
        Cell subtitle = sheet.createRow(SUBTITLE_ROW).createCell(0);
        subtitle.setCellStyle(styles.subtitle);
        subtitle.setCellValue(subtitleText(index));
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, columns - 1));
            sheet.addMergedRegion(new CellRangeAddress(SUBTITLE_ROW, SUBTITLE_ROW, 0, columns - 1));
        }
        Row header = sheet.createRow(HEADER_ROW);
        // Rows stream out before the final widths are known, so size the header for the starting widths.
        int headerLines = 1;
        for (int i = 0; i < columns; i++) {
            int length = export.layout().get(i).header().length();
            headerLines = Math.max(headerLines, (length + widths[i] - 1) / Math.max(1, widths[i]));
        }
        header.setHeightInPoints(Math.min(3, headerLines) * LINE_HEIGHT_POINTS);
        for (int i = 0; i < columns; i++) {
            Cell cell = header.createCell(i);
            cell.setCellStyle(styles.header);
            cell.setCellValue(export.layout().get(i).header());
        }
        nextRow = FIRST_DATA_ROW;
    }

    private String subtitleText(int sheetIndex) {
        List<String> parts = new ArrayList<>();
        if (export.recipient() != null && !export.recipient().isBlank()) {
            parts.add("Recipient: " + export.recipient().strip());
        }
        if (export.date() != null) {
            parts.add("Date: " + LONG_DATE.format(export.date()));
        }
        parts.add("All times UTC");
        if (sheetIndex > 0) {
            parts.add("continued from " + sheetName(sheetIndex - 1) + ", from row " + (rowsWritten + 1));
        }
        return String.join("  \u00b7  ", parts);
    }

    private void finishSheet() {
        PageLayout.finish(sheet, HEADER_ROW, nextRow - 1, export.layout().size());
        for (int i = 0; i < widths.length; i++) {
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[i] + 2));
            sheet.setColumnWidth(i, chars * 256);
        }
    }

    static boolean isDate(AttachmentField field) {
        return field == AttachmentField.CALL_TIME || field == AttachmentField.NOTIFIED;
    }
}
