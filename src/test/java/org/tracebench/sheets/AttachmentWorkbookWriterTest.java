package org.tracebench.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.ingest.AttachmentRows;
import org.tracebench.model.CallSource;
import org.tracebench.model.PartyKind;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.TracedCall;
import org.tracebench.work.Progress;

class AttachmentWorkbookWriterTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://example.com\",\"x\")";
    static final List<String> RISKY = List.of(HYPERLINK, "+12025550123", "-2+3", "@SUM(1,2)", "\tTAB", "\rCR",
            "=cmd|' /C calc'!A0", "+1 (202) 555-0123");

    @TempDir
    Path dir;

    static AttachmentExport export(ColumnLayout layout) {
        return new AttachmentExport("Test case", "Jane Roe, Example Telecom LLC", LocalDate.of(2021, 10, 21), layout,
                List.of(new ProviderSummary("=Evil Telecom", PartyKind.PROVIDER, List.of("Evil Tel", "@Evil"), "RMD0001",
                        RmdStatus.NOT_FILED, "US", 3, 1)), -1);
    }

    static byte[] write(AttachmentWorkbookWriter writer, AttachmentExport export, List<TracedCall> calls) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(export, calls.iterator(), out, Progress.NONE);
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void valuesThatLookLikeFormulasStayPlainText() throws Exception {
        List<TracedCall> calls = new ArrayList<>();
        for (int i = 0; i < RISKY.size(); i++) {
            TracedCall base = Calls.call(i + 1, RISKY.get(i));
            calls.add(new TracedCall(0, 1, base.tracebackId(), base.callTimeUtc(), RISKY.get(i), base.calledNumber(),
                    "=1+1", "-violation", base.notifications(), base.response(), base.customers(),
                    base.customerAsWritten(), null));
        }
        byte[] bytes = write(new AttachmentWorkbookWriter(), export(ColumnLayout.attachmentA()), calls);
        try (XSSFWorkbook workbook = open(bytes)) {
            Sheet sheet = workbook.getSheet(AttachmentWorkbookWriter.TABLE_SHEET);
            for (int i = 0; i < RISKY.size(); i++) {
                Cell callerId = sheet.getRow(AttachmentTableWriter.FIRST_DATA_ROW + i).getCell(3);
                assertThat(callerId.getCellType()).isEqualTo(CellType.STRING);
                assertThat(callerId.getStringCellValue()).isEqualTo(RISKY.get(i));
                assertThat(callerId.getCellStyle().getQuotePrefixed()).as(RISKY.get(i)).isTrue();
                Cell description = sheet.getRow(AttachmentTableWriter.FIRST_DATA_ROW + i).getCell(5);
                assertThat(description.getCellType()).isEqualTo(CellType.STRING);
                assertThat(description.getStringCellValue()).isEqualTo("=1+1");
            }
            Cell ordinary = sheet.getRow(AttachmentTableWriter.FIRST_DATA_ROW).getCell(0);
            assertThat(ordinary.getCellStyle().getQuotePrefixed()).isFalse();
            Sheet providers = workbook.getSheet(AttachmentWorkbookWriter.PROVIDERS_SHEET);
            assertThat(providers.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(providers.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=Evil Telecom");
            assertThat(providers.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Evil Tel\n@Evil");
        }
        assertThat(sheetXml(bytes)).as("no formula element anywhere").doesNotContain("<f>").doesNotContain("<f ");
    }

    /** All worksheet XML of the package, concatenated. */
    String sheetXml(byte[] xlsx) throws Exception {
        Path file = Files.write(dir.resolve("raw.xlsx"), xlsx);
        StringBuilder xml = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    xml.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return xml.toString();
    }

    @Test
    void aFullSheetContinuesOnTheNextWithItsOwnTitleAndHeader() throws Exception {
        int maxRows = 10; // 3 title/header rows + 7 calls a sheet
        List<TracedCall> calls = Calls.many(20);
        byte[] bytes = write(new AttachmentWorkbookWriter(maxRows), export(ColumnLayout.attachmentA()), calls);
        try (XSSFWorkbook workbook = open(bytes)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Attachment A");
            assertThat(workbook.getSheetName(1)).isEqualTo("Attachment A (2)");
            assertThat(workbook.getSheetName(2)).isEqualTo("Attachment A (3)");
            assertThat(workbook.getSheetName(3)).isEqualTo("Providers");
            int[] expectedRows = {7, 7, 6};
            for (int s = 0; s < 3; s++) {
                Sheet sheet = workbook.getSheetAt(s);
                assertThat(sheet.getLastRowNum() - AttachmentTableWriter.HEADER_ROW).isEqualTo(expectedRows[s]);
                assertThat(sheet.getRow(AttachmentTableWriter.HEADER_ROW).getCell(0).getStringCellValue()).isEqualTo("Customer");
                assertThat(workbook.getSheetAt(s).getRepeatingRows().formatAsString()).isEqualTo("3:3");
            }
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).contains("from row 8");
        }
        Path file = dir.resolve("continued.xlsx");
        Files.write(file, bytes);
        RoundTrip.assertSameCalls(new AttachmentWorkbookReader(AttachmentRows::toCall).read(file, 1), calls);
    }

    @Test
    void chosenOrderedRenamedColumnsAndExtrasReadBack() throws Exception {
        ColumnLayout layout = ColumnLayout.parse("call-time=When (UTC),caller-id=From,customer,notified,"
                + "called-number,description=Campaign,violation,traceback-id,response");
        List<TracedCall> calls = Calls.many(12);
        byte[] bytes = write(new AttachmentWorkbookWriter(), export(layout), calls);
        try (XSSFWorkbook workbook = open(bytes)) {
            Row header = workbook.getSheetAt(0).getRow(AttachmentTableWriter.HEADER_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("When (UTC)");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("From");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Campaign");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Traceback ID");
            assertThat(workbook.getSheetAt(0).getRow(AttachmentTableWriter.FIRST_DATA_ROW + 1).getCell(8)
                    .getStringCellValue()).isEqualTo("No response");
        }
        Path file = dir.resolve("renamed.xlsx");
        Files.write(file, bytes);
        List<TracedCall> read = new AttachmentWorkbookReader(AttachmentRows::toCall).read(file, 1);
        RoundTrip.assertSameCalls(read, calls);
        assertThat(read).extracting(TracedCall::tracebackId).containsExactlyElementsOf(
                calls.stream().map(TracedCall::tracebackId).toList());
    }

    @Test
    void aSubsetOfColumnsWritesOnlyThose() throws Exception {
        byte[] bytes = write(new AttachmentWorkbookWriter(), export(ColumnLayout.parse("caller-id,called-number")), Calls.many(3));
        try (XSSFWorkbook workbook = open(bytes)) {
            Row header = workbook.getSheetAt(0).getRow(AttachmentTableWriter.HEADER_ROW);
            assertThat(header.getLastCellNum()).isEqualTo((short) 2);
            assertThat(workbook.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:B6");
        }
    }

    @Test
    void anEmptyCaseStillGetsTitleHeaderAndSummaries() throws Exception {
        byte[] bytes = write(new AttachmentWorkbookWriter(), export(ColumnLayout.attachmentA()), List.of());
        try (XSSFWorkbook workbook = open(bytes)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(AttachmentTableWriter.HEADER_ROW);
            assertThat(workbook.getSheet("Campaigns").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Total");
        }
    }

    @Test
    void theSourcesSheetHasARowPerImportThenTheTypedCallsAndATotal() throws Exception {
        java.time.Instant at = java.time.Instant.parse("2026-11-30T10:15:00Z");
        String sha = "c4294fba640957b233540d6ea4bcadc8403501cecaf8ffe33cb79dfaec3e1308";
        AttachmentExport base = export(ColumnLayout.attachmentA());
        AttachmentExport withSources = new AttachmentExport(base.caseTitle(), base.recipient(), base.date(),
                base.layout(), base.providers(), -1, List.of(
                        new CallSource(CallSource.Kind.IMPORT, 7L, at, "=attachment-a.csv", 8972L, sha, "csv", 80L,
                                "paralegal", 78),
                        CallSource.of(CallSource.Kind.SAMPLE, 3)));
        try (XSSFWorkbook workbook = open(write(new AttachmentWorkbookWriter(), withSources, List.of()))) {
            assertThat(workbook.getSheetName(3)).isEqualTo(AttachmentWorkbookWriter.SOURCES_SHEET);
            Sheet sheet = workbook.getSheet(AttachmentWorkbookWriter.SOURCES_SHEET);
            assertThat(texts(sheet.getRow(0))).containsExactly("Source", "Import batch", "Imported at (UTC)", "File name",
                    "Size (bytes)", "SHA-256", "Format", "Rows read", "Calls in this attachment", "Imported by");
            Row batch = sheet.getRow(1);
            assertThat(batch.getCell(0).getStringCellValue()).isEqualTo("Imported from a file");
            assertThat(batch.getCell(1).getNumericCellValue()).isEqualTo(7);
            assertThat(batch.getCell(2).getLocalDateTimeCellValue()).isEqualTo(java.time.LocalDateTime.of(2026, 11, 30, 10, 15));
            // A file name that looks like a formula stays text, like every other value.
            assertThat(batch.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(batch.getCell(3).getStringCellValue()).isEqualTo("=attachment-a.csv");
            assertThat(batch.getCell(4).getNumericCellValue()).isEqualTo(8972);
            assertThat(batch.getCell(5).getStringCellValue()).isEqualTo(sha);
            assertThat(batch.getCell(6).getStringCellValue()).isEqualTo("csv");
            assertThat(batch.getCell(7).getNumericCellValue()).isEqualTo(80);
            assertThat(batch.getCell(8).getNumericCellValue()).isEqualTo(78);
            assertThat(batch.getCell(9).getStringCellValue()).isEqualTo("paralegal");
            Row typed = sheet.getRow(2);
            assertThat(typed.getCell(0).getStringCellValue()).isEqualTo("Typed or pasted in the editor");
            assertThat(typed.getCell(1)).isNull();
            assertThat(typed.getCell(8).getNumericCellValue()).isZero();
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Loaded with the sample data");
            assertThat(sheet.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(sheet.getRow(4).getCell(8).getNumericCellValue()).isEqualTo(81);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    private static List<String> texts(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }

    @Test
    void controlCharactersThatXmlCannotHoldDoNotBreakTheFile() throws Exception {
        TracedCall call = Calls.call(1, "+1202\u0001555\u00000123");
        byte[] bytes = write(new AttachmentWorkbookWriter(), export(ColumnLayout.attachmentA()), List.of(call));
        try (XSSFWorkbook workbook = open(bytes)) {
            String value = workbook.getSheetAt(0).getRow(AttachmentTableWriter.FIRST_DATA_ROW).getCell(3).getStringCellValue();
            assertThat(value).startsWith("+1202").endsWith("0123").doesNotContain("\u0000").doesNotContain("\u0001");
        }
    }

    @Test
    void aValueTooLongForACellIsRefusedNamingRowAndColumn() {
        TracedCall base = Calls.call(1, "x".repeat(SafeText.MAX_CELL_CHARS + 1));
        assertThatThrownBy(() -> write(new AttachmentWorkbookWriter(), export(ColumnLayout.attachmentA()), List.of(base)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Row 1, column \"Caller ID\"").hasMessageContaining("32767");
    }

    @Test
    void progressIsReportedAndCancellationStopsTheWrite() throws Exception {
        RecordingProgress progress = new RecordingProgress(Integer.MAX_VALUE);
        new AttachmentWorkbookWriter().write(export(ColumnLayout.attachmentA()), Calls.many(2_500).iterator(),
                new ByteArrayOutputStream(), progress);
        assertThat(progress.done).containsExactly(1_000L, 2_000L, 2_500L);
        RecordingProgress cancelling = new RecordingProgress(1);
        assertThatThrownBy(() -> new AttachmentWorkbookWriter().write(export(ColumnLayout.attachmentA()),
                Calls.many(2_500).iterator(), new ByteArrayOutputStream(), cancelling))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(cancelling.done).containsExactly(1_000L);
    }

    @Test
    void readsATableSavedByAnotherProgram() throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Attachment A");
            String[] headers = {"customer", "DATE OF ITG NOTIFICATION", "Date of Call", "Caller ID", "Called Number",
                "Description", "Violation"};
            Row header = sheet.createRow(1);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Go4Customer / CyFuture");
            row.createCell(1).setCellValue("Sept 20, 2021 20:43 Sep 21, 2021 10:00");
            row.createCell(2).setCellValue(44432.0); // a serial number without a date format
            row.createCell(3).setCellValue(12025550123.0); // a phone number saved as a number
            row.createCell(5).setCellValue("SSA Imposter");
            sheet.createRow(3); // a blank row is skipped
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        List<TracedCall> read = new AttachmentWorkbookReader(AttachmentRows::toCall).read(file, 7);
        assertThat(read).singleElement().satisfies(call -> {
            assertThat(call.customers()).containsExactly("Go4Customer", "CyFuture");
            assertThat(call.response()).isEqualTo(ResponseStatus.CUSTOMER_IDENTIFIED);
            assertThat(call.notifications()).hasSize(2);
            assertThat(call.callTimeUtc()).isEqualTo(java.time.Instant.parse("2021-08-24T00:00:00Z"));
            assertThat(call.callerId()).isEqualTo("12025550123");
            assertThat(call.caseId()).isEqualTo(7);
        });
    }

    @Test
    void readsAnOldExcelXlsFile() throws Exception {
        Path file = dir.resolve("old.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Attachment A");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Customer");
            header.createCell(1).setCellValue("Date of Call");
            header.createCell(2).setCellValue("Caller ID");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("No Response");
            Cell date = row.createCell(1);
            date.setCellValue(java.time.LocalDateTime.of(2021, 8, 24, 20, 5));
            org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("mmm d, yyyy hh:mm"));
            date.setCellStyle(style);
            row.createCell(2).setCellValue("+12025550123");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        assertThat(new AttachmentWorkbookReader(AttachmentRows::toCall).read(file, 1)).singleElement().satisfies(call -> {
            assertThat(call.response()).isEqualTo(ResponseStatus.NO_RESPONSE);
            assertThat(call.callTimeUtc()).isEqualTo(java.time.Instant.parse("2021-08-24T20:05:00Z"));
            assertThat(call.callerId()).isEqualTo("+12025550123");
        });
    }

    @Test
    void aBadCellIsReportedWithFileSheetAndRow() throws Exception {
        Path file = dir.resolve("bad.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Attachment A");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Customer");
            header.createCell(1).setCellValue("Date of Call");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Edoro");
            row.createCell(1).setCellValue("yesterday");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        assertThatThrownBy(() -> new AttachmentWorkbookReader(AttachmentRows::toCall).read(file, 1))
                .isInstanceOf(SheetReadException.class)
                .hasMessageContaining("bad.xlsx, sheet \"Attachment A\", row 2: Date of Call: not a date and time: \"yesterday\"");
    }

    @Test
    void aFileThatIsNotAWorkbookIsReportedClearly() throws Exception {
        Path file = dir.resolve("notes.xlsx");
        Files.writeString(file, "just text");
        assertThatThrownBy(() -> new AttachmentWorkbookReader(AttachmentRows::toCall).read(file, 1))
                .isInstanceOf(SheetReadException.class)
                .hasMessageContaining("notes.xlsx");
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertThatThrownBy(() -> new AttachmentWorkbookReader(AttachmentRows::toCall).read(empty, 1))
                .isInstanceOf(SheetReadException.class)
                .hasMessageStartingWith("empty.xlsx: not a workbook");
    }

}
