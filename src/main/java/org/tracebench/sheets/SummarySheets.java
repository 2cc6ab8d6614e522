package org.tracebench.sheets;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tracebench.model.CallSource;
import org.tracebench.model.RmdStatus;

/** The Providers, Campaigns and Sources sheets that follow the attachment table. */
final class SummarySheets {

    private static final int HEADER_ROW = 0;

    private final SXSSFWorkbook workbook;
    private final SheetStyles styles;
    private final CellWriter cells;
    private final String caseTitle;

    SummarySheets(SXSSFWorkbook workbook, SheetStyles styles, String caseTitle) {
        this.workbook = workbook;
        this.styles = styles;
        this.cells = new CellWriter(styles);
        this.caseTitle = caseTitle;
    }

    void providers(List<ProviderSummary> providers) {
        String[] headers = {"Provider", "Kind", "Also written as", "RMD number", "RMD status", "Country",
            "Traced calls", "No responses"};
        int[] widths = {30, 10, 30, 14, 14, 14, 12, 13};
        Sheet sheet = start(AttachmentWorkbookWriter.PROVIDERS_SHEET, headers);
        int r = HEADER_ROW + 1;
        for (ProviderSummary provider : providers) {
            Row row = sheet.createRow(r++);
            widths[0] = Math.max(widths[0], CellWriter.longestLine(provider.name()));
            cells.text(row, 0, provider.name(), false);
            cells.text(row, 1, label(provider.kind().name()), false);
            String aliases = String.join("\n", provider.aliases());
            widths[2] = Math.max(widths[2], CellWriter.longestLine(aliases));
            int lines = cells.text(row, 2, aliases, true);
            cells.text(row, 3, provider.rmdNumber(), false);
            cells.text(row, 4, rmd(provider.rmdStatus()), false);
            cells.text(row, 5, provider.country(), false);
            cells.number(row, 6, provider.tracedCalls(), styles.number);
            cells.number(row, 7, provider.noResponses(), styles.number);
            if (lines > 1) {
                row.setHeightInPoints(lines * AttachmentTableWriter.LINE_HEIGHT_POINTS);
            }
        }
        finish(sheet, r - 1, widths);
    }

    void campaigns(List<CampaignTally.Line> lines) {
        String[] headers = {"Campaign", "Traced calls", "First call (UTC)", "Last call (UTC)"};
        int[] widths = {30, 12, AttachmentTableWriter.DATE_WIDTH_CHARS, AttachmentTableWriter.DATE_WIDTH_CHARS};
        Sheet sheet = start(AttachmentWorkbookWriter.CAMPAIGNS_SHEET, headers);
        int r = HEADER_ROW + 1;
        long total = 0;
        for (CampaignTally.Line line : lines) {
            Row row = sheet.createRow(r++);
            widths[0] = Math.max(widths[0], CellWriter.longestLine(line.campaign()));
            cells.text(row, 0, line.campaign(), false);
            cells.number(row, 1, line.calls(), styles.number);
            cells.dateTime(row, 2, line.first());
            cells.dateTime(row, 3, line.last());
            total += line.calls();
        }
        // The total is a value, not a formula: the workbook holds no formulas at all.
        Row totalRow = sheet.createRow(r);
        Cell label = totalRow.createCell(0);
        label.setCellStyle(styles.totalLabel);
        label.setCellValue("Total");
        cells.number(totalRow, 1, total, styles.totalNumber);
        finish(sheet, r - 1, widths);
    }

    /**
     * One row per import batch the calls came from (file, size, SHA-256, format, who and when), then one per other
     * way calls entered the store; the typed-or-pasted row is always there, so a zero says none was typed.
     */
    void sources(List<CallSource> sources) {
        String[] headers = {"Source", "Import batch", "Imported at (UTC)", "File name", "Size (bytes)", "SHA-256",
            "Format", "Rows read", "Calls in this attachment", "Imported by"};
        int[] widths = {28, 12, AttachmentTableWriter.DATE_WIDTH_CHARS, 30, 12, 66, 8, 10, 12, 16};
        Sheet sheet = start(AttachmentWorkbookWriter.SOURCES_SHEET, headers);
        List<CallSource> rows = new java.util.ArrayList<>(sources);
        if (rows.stream().noneMatch(s -> s.kind() == CallSource.Kind.TYPED)) {
            int at = (int) rows.stream().filter(CallSource::isImport).count();
            rows.add(at, CallSource.of(CallSource.Kind.TYPED, 0));
        }
        int r = HEADER_ROW + 1;
        long total = 0;
        for (CallSource source : rows) {
            Row row = sheet.createRow(r++);
            String kind = source.kind().label();
            cells.text(row, 0, Character.toUpperCase(kind.charAt(0)) + kind.substring(1), false);
            if (source.isImport()) {
                cells.number(row, 1, source.batchId(), styles.number);
                cells.dateTime(row, 2, source.importedAt());
                widths[3] = Math.max(widths[3], CellWriter.longestLine(source.fileName()));
                cells.text(row, 3, source.fileName(), false);
                if (source.fileSize() != null) {
                    cells.number(row, 4, source.fileSize(), styles.number);
                }
                cells.text(row, 5, source.sha256(), false);
                cells.text(row, 6, source.format(), false);
                if (source.rowsRead() != null) {
                    cells.number(row, 7, source.rowsRead(), styles.number);
                }
                cells.text(row, 9, source.actor(), false);
            }
            cells.number(row, 8, source.calls(), styles.number);
            total += source.calls();
        }
        Row totalRow = sheet.createRow(r);
        Cell label = totalRow.createCell(0);
        label.setCellStyle(styles.totalLabel);
        label.setCellValue("Total");
        cells.number(totalRow, 8, total, styles.totalNumber);
        finish(sheet, r - 1, widths);
    }

    private Sheet start(String name, String[] headers) {
        Sheet sheet = workbook.createSheet(name);
        PageLayout.prepare(sheet, HEADER_ROW, name + ": " + caseTitle);
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellStyle(styles.header);
            cell.setCellValue(headers[i]);
        }
        return sheet;
    }

    private static void finish(Sheet sheet, int lastRow, int[] widths) {
        PageLayout.finish(sheet, HEADER_ROW, lastRow, widths.length);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(AttachmentTableWriter.MAX_WIDTH_CHARS, widths[i] + 2) * 256);
        }
    }

    static String rmd(RmdStatus status) {
        return switch (status) {
            case REGISTERED -> "Registered";
            case NOT_FILED -> "Not filed";
            case DEFICIENT -> "Deficient";
            case REMOVED -> "Removed";
            case UNKNOWN -> "Unknown";
        };
    }

    private static String label(String enumName) {
        String lower = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
