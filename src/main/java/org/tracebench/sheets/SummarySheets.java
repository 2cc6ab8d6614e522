package org.tracebench.sheets;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tracebench.model.RmdStatus;

/** The Providers and Campaigns sheets that follow the attachment table. */
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
