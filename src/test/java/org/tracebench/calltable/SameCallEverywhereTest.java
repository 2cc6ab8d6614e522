package org.tracebench.calltable;

import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.CallEditing;
import org.tracebench.ingest.CallRow;
import org.tracebench.letters.AttachmentRows;
import org.tracebench.letters.AttachmentTable;
import org.tracebench.letters.DocxLetterWriter;
import org.tracebench.letters.LetterDocument;
import org.tracebench.letters.PdfLetterWriter;
import org.tracebench.model.CaseFile;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;
import org.tracebench.sheets.AttachmentExport;
import org.tracebench.sheets.AttachmentWorkbookWriter;
import org.tracebench.sheets.ColumnLayout;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.work.Progress;

/**
 * The same calls printed through every output that shows Attachment A (the Calls screen, the XLSX workbook,
 * the letter's rows as the PDF writer gets them, the DOCX written from them) read alike, cell by cell. Only
 * the separator between several notification times is the output's; the workbook carries the call time's
 * zone in its header (decision 0402) instead of in the date cell.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class SameCallEverywhereTest {

    @Parameter
    Store store;


    private static final String TYPED = "Sep 31, 2021 10:00";

    @TempDir
    static Path dir;
    static Database database;
    static List<CallRow> rows;

    @BeforeParameterizedClassInvocation
    static void calls(Store store) {
        database = Database.open(store.freshLocation(dir));
        Workbench workbench = new Workbench(database);
        workbench.samples().load();
        CaseFile pz = new CaseRepository(database).findByKey("pz-illum-2021").orElseThrow();
        CallEditing editing = workbench.callEditing();
        List<CallRow> stored = editing.load(pz.id());
        assertThat(stored).hasSize(78);
        // A date that cannot be read is kept as typed beside the last valid value (decision 0103).
        editing.edit(stored.get(1).id(), AttachmentColumn.CALL_TIME, TYPED);
        rows = new ArrayList<>(editing.load(pz.id()));
        assertThat(rows.get(1).invalid()).containsKey(AttachmentColumn.CALL_TIME);
        for (TracedCall call : messyCalls()) {
            rows.add(new CallRow(call, Map.of()));
        }
    }

    @AfterParameterizedClassInvocation
    static void close() {
        database.close();
    }

    private static List<TracedCall> messyCalls() {
        Instant t = Instant.parse("2021-09-07T07:05:00Z");
        Instant oct1 = Instant.parse("2021-10-01T00:00:00Z");
        return List.of(
                call("TB-1", t, List.of(t.plusSeconds(86_400), t.plusSeconds(5 * 86_400), oct1),
                        ResponseStatus.CUSTOMER_IDENTIFIED, List.of("Go4Customer", "CyFuture"), "Go4Customer / CyFuture",
                        "Arrest Warrant Scam", null),
                call("TB-2", t, List.of(t.plusSeconds(3_600)), ResponseStatus.NO_RESPONSE, List.of(), "No Response",
                        "SSA Imposter", "SSA Imposter"),
                call("TB-3", t, List.of(), ResponseStatus.NO_RESPONSE, List.of(), null, "SSA Imposter", ""),
                call("TB-4", oct1, List.of(oct1, oct1.plusSeconds(60)), ResponseStatus.CUSTOMER_IDENTIFIED,
                        List.of("Edoro Technologies", "RD INFOTECH"), "  ", "IRS Imposter", "Fake IRS agent"),
                call("TB-5", null, List.of(), ResponseStatus.PENDING, List.of(), null, null, null),
                new TracedCall(0, 1, null, null, "not a number", "=HYPERLINK(\"x\")", "Loan", "47 USC 227(b)",
                        List.of(t), ResponseStatus.UPSTREAM_IDENTIFIED, List.of("Max Solutions"), null, null));
    }

    private static TracedCall call(String id, Instant time, List<Instant> notified, ResponseStatus response,
            List<String> customers, String asWritten, String campaign, String description) {
        return new TracedCall(0, 1, id, time, "+12025550182", "+18885550100", campaign,
                "47 USC 227(b); 47 CFR 64.1200(a)", notified, response, customers, asWritten, description);
    }

    @Test
    void everyOutputWordsEveryCellAlike() throws Exception {
        List<TracedCall> calls = rows.stream().map(CallRow::call).toList();
        List<List<String>> screen = rows.stream().map(SameCallEverywhereTest::screenRow).toList();
        List<List<String>> storedOnScreen = calls.stream().map(call -> screenRow(new CallRow(call, Map.of()))).toList();
        List<List<String>> xlsx = xlsxRows(calls);
        AttachmentTable letter = AttachmentRows.of("ATTACHMENT A", calls);
        List<List<String>> pdf = letter.rows();
        List<List<String>> docx = docxRows(letter);
        assertThat(letter.header()).containsExactlyElementsOf(
                java.util.Arrays.stream(AttachmentColumn.values()).map(AttachmentColumn::header).toList());

        assertThat(xlsx).hasSameSizeAs(calls);
        assertThat(pdf).hasSameSizeAs(calls);
        assertThat(docx).hasSameSizeAs(calls);
        for (int i = 0; i < calls.size(); i++) {
            for (AttachmentColumn column : AttachmentColumn.values()) {
                int c = column.ordinal();
                String where = "call " + (i + 1) + ", " + column.header();
                // The screen shows an unreadable cell as typed; the papers print the last valid value.
                String expected = rows.get(i).invalid().containsKey(column) ? storedOnScreen.get(i).get(c) : screen.get(i).get(c);
                assertThat(oneLine(column, pdf.get(i).get(c))).as("PDF, " + where).isEqualTo(expected);
                assertThat(oneLine(column, docx.get(i).get(c))).as("DOCX, " + where).isEqualTo(expected);
                assertThat(oneLine(column, xlsx.get(i).get(c))).as("XLSX, " + where).isEqualTo(expected);
            }
        }
        assertThat(screen.get(1).get(AttachmentColumn.CALL_TIME.ordinal())).isEqualTo(TYPED);
    }

    @Test
    void theMessyCallsReadAsTheLettersPrintThem() {
        List<List<String>> messy = rows.subList(78, rows.size()).stream().map(SameCallEverywhereTest::screenRow).toList();
        assertThat(messy.get(0)).containsExactly("Go4Customer / CyFuture",
                "Sep 08, 2021 07:05 Sep 12, 2021 07:05 Oct 01, 2021 00:00", "Sep 07, 2021 07:05 UTC", "+12025550182",
                "+18885550100", "Arrest Warrant Scam", "47 USC 227(b); 47 CFR 64.1200(a)");
        assertThat(messy.get(1).get(0)).isEqualTo("No Response");
        assertThat(messy.get(2).subList(0, 2)).containsExactly("No Response", "");
        assertThat(messy.get(2).get(5)).isEqualTo("SSA Imposter");
        assertThat(messy.get(3).get(0)).isEqualTo("Edoro Technologies / RD INFOTECH");
        assertThat(messy.get(3).get(5)).isEqualTo("Fake IRS agent");
        assertThat(messy.get(4).subList(0, 3)).containsOnly("");
        assertThat(messy.get(4).get(5)).isEmpty();
        assertThat(messy.get(5).subList(0, 3)).containsExactly("Max Solutions", "Sep 07, 2021 07:05", "");
    }

    @Test
    void thePdfPrintsTheRowsItIsGiven() throws Exception {
        List<TracedCall> calls = rows.stream().map(CallRow::call).toList();
        AttachmentTable letter = AttachmentRows.of("ATTACHMENT A", calls);
        byte[] pdf = new PdfLetterWriter().write(new LetterDocument("Same call everywhere", "Attachment A", "Tracebench",
                List.of(), List.of(), letter));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        // Narrow columns wrap, so a timestamp may be broken across lines; its words and their order may not change.
        for (List<String> row : letter.rows()) {
            for (int c : new int[] {AttachmentColumn.NOTIFIED.ordinal(), AttachmentColumn.CALL_TIME.ordinal()}) {
                for (String stamp : row.get(c).split(CallWording.ONE_PER_LINE)) {
                    if (!stamp.isEmpty()) {
                        String words = java.util.Arrays.stream(stamp.split(" ")).map(java.util.regex.Pattern::quote)
                                .collect(java.util.stream.Collectors.joining("\\s+"));
                        assertThat(java.util.regex.Pattern.compile(words).matcher(text).find()).as(stamp).isTrue();
                    }
                }
            }
        }
    }

    /** The Calls screen's cells, through the function its table uses for a cell's text. */
    private static List<String> screenRow(CallRow row) {
        return java.util.Arrays.stream(AttachmentColumn.values())
                .map(column -> org.tracebench.ui.calls.CallTableCells.text(row, column)).toList();
    }

    /** Several notification times go one per line where cells wrap; the screen puts them on one line. */
    private static String oneLine(AttachmentColumn column, String text) {
        // A letter's table may set a long cell's clauses one per line ("47 USC 227(b);" / "47 CFR ..."): layout, not wording.
        String clauses = text.replace(";\n", "; ");
        return column == AttachmentColumn.NOTIFIED ? clauses.replace(CallWording.ONE_PER_LINE, CallWording.ONE_LINE) : clauses;
    }

    /** The Attachment A sheet as Excel shows it: dates through their cell format, text as stored. */
    private static List<List<String>> xlsxRows(List<TracedCall> calls) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AttachmentWorkbookWriter().write(new AttachmentExport("Same call everywhere", null, null,
                ColumnLayout.attachmentA(), List.of(), calls.size()), calls.iterator(), out, Progress.NONE);
        DataFormatter shown = new DataFormatter(Locale.US);
        List<List<String>> result = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(out.toByteArray()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(AttachmentWorkbookWriter.TABLE_SHEET);
            int header = -1;
            for (Row row : sheet) {
                if (header < 0) {
                    if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Customer")) {
                        header = row.getRowNum();
                        assertThat(shown.formatCellValue(row.getCell(AttachmentColumn.CALL_TIME.ordinal())))
                                .isEqualTo("Date of Call (UTC)");
                    }
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (AttachmentColumn column : AttachmentColumn.values()) {
                    Cell cell = row.getCell(column.ordinal());
                    String text = cell == null ? "" : shown.formatCellValue(cell);
                    cells.add(column == AttachmentColumn.CALL_TIME && !text.isEmpty() ? text + " UTC" : text);
                }
                result.add(cells);
            }
        }
        return result;
    }

    /** The Attachment A table of the DOCX written from the letter's rows, read back cell by cell. */
    private static List<List<String>> docxRows(AttachmentTable attachment) throws Exception {
        byte[] bytes = new DocxLetterWriter().write(new LetterDocument("Same call everywhere", "Attachment A", "Tracebench",
                List.of(), List.of(), attachment));
        List<List<String>> result = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Customer");
            for (int r = 1; r < table.getRows().size(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < AttachmentColumn.values().length; c++) {
                    cells.add(table.getRow(r).getCell(c).getText());
                }
                result.add(cells);
            }
        }
        return result;
    }
}
