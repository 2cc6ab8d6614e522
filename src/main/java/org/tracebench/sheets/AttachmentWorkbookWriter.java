package org.tracebench.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.tracebench.calltable.CallWording;
import org.tracebench.model.TracedCall;
import org.tracebench.work.Progress;

/**
 * Writes an Attachment A workbook with POI's streaming SXSSF: only a small window of rows is held in
 * memory, so a million-row table needs no more heap than a small one. Sheets: "Attachment A" (continued on
 * "Attachment A (2)"... past a sheet's row limit), "Providers", "Campaigns", "Sources" (the import batches and
 * files the calls came from). The workbook holds no formulas.
 */
public final class AttachmentWorkbookWriter {

    /** The rows one sheet can hold in Excel (and LibreOffice since 7.x). */
    public static final int EXCEL_MAX_ROWS = 1_048_576;
    public static final String TABLE_SHEET = "Attachment A";
    public static final String PROVIDERS_SHEET = "Providers";
    public static final String CAMPAIGNS_SHEET = "Campaigns";
    public static final String SOURCES_SHEET = "Sources";
    /** Custom document property holding the column layout, so the reader maps renamed headers back. */
    public static final String COLUMNS_PROPERTY = "Tracebench columns";

    private static final int ROW_WINDOW = 200;
    private static final int PROGRESS_EVERY = 1_000;

    private final int maxRowsPerSheet;

    public AttachmentWorkbookWriter() {
        this(EXCEL_MAX_ROWS);
    }

    /** A smaller sheet size lets tests see the continuation sheets without writing a million rows. */
    AttachmentWorkbookWriter(int maxRowsPerSheet) {
        if (maxRowsPerSheet <= AttachmentTableWriter.FIRST_DATA_ROW || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("rows per sheet out of range: " + maxRowsPerSheet);
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** What was written. */
    public record Result(long rows, List<String> tableSheets, int campaigns) {
    }

    /**
     * Writes the workbook. Progress is reported every thousand rows; when the user cancels, a
     * CancellationException stops the write (the caller discards the partial output).
     */
    public Result write(AttachmentExport export, Iterator<TracedCall> calls, OutputStream out, Progress progress)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
        try {
            SheetStyles styles = new SheetStyles(workbook);
            AttachmentTableWriter table = new AttachmentTableWriter(workbook, styles, export, maxRowsPerSheet);
            CampaignTally campaigns = new CampaignTally();
            while (calls.hasNext()) {
                TracedCall call = calls.next();
                table.write(call);
                campaigns.add(CallWording.description(call), call.callTimeUtc());
                if (table.rowsWritten() % PROGRESS_EVERY == 0) {
                    report(progress, table.rowsWritten(), export.expectedRows());
                }
            }
            table.finish();
            SummarySheets summaries = new SummarySheets(workbook, styles, export.caseTitle());
            summaries.providers(export.providers());
            List<CampaignTally.Line> lines = campaigns.lines();
            summaries.campaigns(lines);
            summaries.sources(export.sources());
            describe(workbook, export);
            workbook.setActiveSheet(0);
            progress.checkCancelled();
            progress.update(-1, -1, "Saving the workbook…");
            workbook.write(out);
            report(progress, table.rowsWritten(), export.expectedRows());
            return new Result(table.rowsWritten(), List.copyOf(table.sheetNames()), lines.size());
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void report(Progress progress, long done, long total) {
        progress.checkCancelled();
        progress.update(done, total, String.format("Exporting: %,d%s rows", done, total >= 0 ? String.format(" of %,d", total) : ""));
    }

    private static void describe(SXSSFWorkbook workbook, AttachmentExport export) {
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        properties.getCoreProperties().setTitle("Attachment A: " + export.caseTitle());
        properties.getCoreProperties().setCreator("Tracebench");
        properties.getCustomProperties().addProperty(COLUMNS_PROPERTY, export.layout().format());
    }
}
