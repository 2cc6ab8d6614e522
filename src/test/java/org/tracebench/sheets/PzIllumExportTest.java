package org.tracebench.sheets;

import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.AttachmentRows;
import org.tracebench.ingest.TimestampParser;
import org.tracebench.model.CaseFile;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.work.Progress;

/** The PZ/Illum sample case exported with the default columns holds the reference Attachment A, value for value. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class PzIllumExportTest {

    @Parameter
    Store store;


    @TempDir
    static Path dir;
    static Database database;
    static Path exported;
    static XSSFWorkbook workbook;

    @BeforeParameterizedClassInvocation
    static void export(Store store) throws Exception {
        database = Database.open(store.freshLocation(dir));
        new Workbench(database).samples().load();
        CaseFile pz = new CaseRepository(database).findByKey(ReferenceAttachment.CASE_KEY).orElseThrow();
        exported = dir.resolve("pz-illum.xlsx");
        AttachmentWorkbookWriter.Result result = new Workbench(database).attachmentExporter()
                .export(pz.id(), ColumnLayout.attachmentA(), exported, Progress.NONE);
        assertThat(result.rows()).isEqualTo(78);
        try (InputStream in = Files.newInputStream(exported)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterParameterizedClassInvocation
    static void close() throws Exception {
        workbook.close();
        database.close();
    }

    @Test
    void holdsTheReferenceRowsValueForValue() throws Exception {
        List<CSVRecord> reference = ReferenceAttachment.rows();
        assertThat(reference).hasSize(78);
        Sheet sheet = workbook.getSheet(AttachmentWorkbookWriter.TABLE_SHEET);
        assertThat(sheet.getLastRowNum()).isEqualTo(AttachmentTableWriter.FIRST_DATA_ROW + 77);
        for (int i = 0; i < reference.size(); i++) {
            CSVRecord expected = reference.get(i);
            Row row = sheet.getRow(AttachmentTableWriter.FIRST_DATA_ROW + i);
            String where = "row " + (i + 1);
            assertThat(row.getCell(0).getStringCellValue()).as(where).isEqualTo(expected.get("Customer").strip());
            assertThat(notifications(row.getCell(1))).as(where)
                    .isEqualTo(TimestampParser.parseAll(expected.get("Date of ITG Notification")));
            Cell callTime = row.getCell(2);
            assertThat(callTime.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(callTime)).as(where).isTrue();
            assertThat(callTime.getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC)).as(where)
                    .isEqualTo(TimestampParser.parseOne(expected.get("Date of Call")));
            assertThat(row.getCell(3).getStringCellValue()).as(where).isEqualTo(ReferenceAttachment.get(expected, "Caller ID").strip());
            assertThat(row.getCell(4).getStringCellValue()).as(where).isEqualTo(ReferenceAttachment.get(expected, "Called Number").strip());
            assertThat(row.getCell(5).getStringCellValue()).as(where).isEqualTo(expected.get("Description").strip());
            assertThat(row.getCell(6).getStringCellValue()).as(where).isEqualTo(expected.get("Violation").strip());
        }
    }

    /** A single notification is a real date cell; several are wrapped text, one per line. */
    private static List<java.time.Instant> notifications(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            return List.of(cell.getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC));
        }
        assertThat(cell.getCellStyle().getWrapText()).isTrue();
        assertThat(cell.getStringCellValue()).contains("\n");
        return TimestampParser.parseAll(cell.getStringCellValue().replace('\n', ' '));
    }

    @Test
    void titleHeaderAndViewSetup() {
        XSSFSheet sheet = workbook.getSheet(AttachmentWorkbookWriter.TABLE_SHEET);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Attachment A: PZ/Illum cease-and-desist (2021)");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                .contains("PZ/Illum Telecommunication Telecommunication LLC").contains("Date: October 21, 2021");
        Row header = sheet.getRow(AttachmentTableWriter.HEADER_ROW);
        assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Customer");
        assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Date of Call (UTC)");
        assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:G81");
        assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Date of ITG Notification (UTC)");
        assertThat(sheet.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("mmm dd, yyyy hh:mm");
        for (int column = 0; column < 7; column++) {
            assertThat(sheet.getColumnWidth(column) / 256).as("width of column " + column).isBetween(8, 60);
        }
        // The violation column is as wide as its longest value.
        assertThat(sheet.getColumnWidth(6) / 256).isGreaterThanOrEqualTo("47 USC 227(b); 47 CFR 64.1200(a)".length());
    }

    @Test
    void printSetup() {
        XSSFSheet sheet = workbook.getSheet(AttachmentWorkbookWriter.TABLE_SHEET);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
        assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
    }

    @Test
    void providersAndCampaignsSheets() {
        Sheet providers = workbook.getSheet(AttachmentWorkbookWriter.PROVIDERS_SHEET);
        assertThat(providers.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Provider");
        Row first = providers.getRow(1);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("PZ/Illum Telecommunication Telecommunication LLC");
        assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(78);
        assertThat(first.getCell(4).getStringCellValue()).isNotBlank();

        Sheet campaigns = workbook.getSheet(AttachmentWorkbookWriter.CAMPAIGNS_SHEET);
        long total = 0;
        int r = 1;
        for (; !campaigns.getRow(r).getCell(0).getStringCellValue().equals("Total"); r++) {
            Row row = campaigns.getRow(r);
            total += (long) row.getCell(1).getNumericCellValue();
            LocalDateTime firstCall = row.getCell(2).getLocalDateTimeCellValue();
            LocalDateTime lastCall = row.getCell(3).getLocalDateTimeCellValue();
            assertThat(firstCall).isBeforeOrEqualTo(lastCall);
        }
        assertThat(total).isEqualTo(78);
        assertThat(campaigns.getRow(r).getCell(1).getNumericCellValue()).isEqualTo(78);
        assertThat(campaigns.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SSA Imposter");
    }

    @Test
    void sourcesSheetSaysTheCallsCameWithTheSampleDataAndNoneWereTyped() {
        Sheet sources = workbook.getSheet(AttachmentWorkbookWriter.SOURCES_SHEET);
        assertThat(sources.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Typed or pasted in the editor");
        assertThat(sources.getRow(1).getCell(8).getNumericCellValue()).isZero();
        assertThat(sources.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Loaded with the sample data");
        assertThat(sources.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(78);
        assertThat(sources.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total");
        assertThat(sources.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(78);
    }

    @Test
    void readsBackToTheStoredCalls() throws Exception {
        CaseFile pz = new CaseRepository(database).findByKey(ReferenceAttachment.CASE_KEY).orElseThrow();
        List<org.tracebench.model.TracedCall> streamed = new AttachmentWorkbookReader(AttachmentRows::toCall).read(exported, pz.id());
        RoundTrip.assertSameCalls(streamed, new Workbench(database).calls().findByCase(pz.id()));
        // Read whole from a stream (the path for .xls files and streams), the result is the same.
        try (InputStream in = Files.newInputStream(exported)) {
            assertThat(new AttachmentWorkbookReader(AttachmentRows::toCall).read(in, "pz-illum.xlsx", pz.id())).isEqualTo(streamed);
        }
    }
}
