package org.tracebench.ingest;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.work.Progress;

/** Hostile sizes (issue 12), generated here rather than committed: each is refused with one line naming the row. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class ReaderLimitsTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private ImportIssue onlyError(Path file) {
        ImportReport report = workbench.importer().run(ImportSource.of(file), ImportOptions.forCase(null), Progress.NONE);
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors()).hasSize(1);
        assertThat(workbench.calls().count()).isZero();
        return report.errors().get(0);
    }

    @Test
    void aTenThousandColumnHeaderIsRefused() throws Exception {
        Path file = dir.resolve("wide.csv");
        StringBuilder header = new StringBuilder("Customer,Date of Call");
        for (int i = 2; i < 10_000; i++) {
            header.append(",extra column ").append(i);
        }
        Files.writeString(file, header + "\nAcme,2021-09-07T17:36:00Z\n");
        assertThat(onlyError(file).describe()).isEqualTo("wide.csv, row 1: 10,000 columns; at most 1,000 are read");
    }

    @Test
    void aSixtyMegabyteLineIsRefusedBeforeItIsHeld() throws Exception {
        Path file = dir.resolve("huge.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Customer,Date of Call\nAcme,2021-09-07T17:36:00Z\n");
            char[] chunk = "x".repeat(64 * 1024).toCharArray();
            for (int i = 0; i < 60 * 16; i++) {
                out.write(chunk);
            }
            out.write(",2021-09-07T17:36:00Z\n");
        }
        assertThat(onlyError(file).describe()).isEqualTo("huge.csv, row 3: a row of more than 1,000,000 characters; "
                + "longer rows are not read (is a quote left open?)");
    }

    @Test
    void aQuoteLeftOpenIsRefusedAtTheRowWhereItOpened() throws Exception {
        Path file = dir.resolve("open.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Customer,Date of Call\r\nAcme,2021-09-07T17:36:00Z\r\n\"Open,2021-09-07T17:36:00Z\r\n");
            for (int i = 0; i < 60_000; i++) {
                out.write("Acme,2021-09-07T17:36:00Z\r\n");
            }
        }
        assertThat(onlyError(file).row()).isEqualTo(3);
    }

    @Test
    void aCellLongerThanExcelHoldsIsRefused() throws Exception {
        Path file = dir.resolve("cell.csv");
        Files.writeString(file, "Customer,Date of Call\nAcme,2021-09-07T17:36:00Z\n\"" + "y".repeat(40_000) + "\",x\n");
        assertThat(onlyError(file).describe()).isEqualTo("cell.csv, row 3: a cell of 40,000 characters; at most 32,767 are read");
    }

    @Test
    void aWorkbookRowReachingPastTheColumnLimitIsRefused() throws Exception {
        Path file = dir.resolve("wide.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Table");
            sheet.createRow(0).createCell(0).setCellValue("Customer");
            sheet.getRow(0).createCell(1).setCellValue("Date of Call");
            sheet.createRow(1).createCell(0).setCellValue("Acme");
            sheet.getRow(1).createCell(5_000).setCellValue("far away");
            workbook.write(out);
        }
        assertThat(onlyError(file).describe()).isEqualTo("wide.xlsx, row 2: 5,001 columns; at most 1,000 are read");
    }

    /** The record limit follows Commons CSV's quoting: stray quotes and quoted line breaks do not add rows up. */
    @Test
    void manyOrdinaryRowsWithQuotesAndLineBreaksAreNotRefused() throws Exception {
        Path file = dir.resolve("quotes.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Customer,Date of Call,Description\r\n");
            for (int i = 0; i < 20_000; i++) {
                out.write("Acme 5\" Dialers,2021-09-07T17:36:00Z,\"SSA \"\"Imposter\"\"\nsecond line\"\r\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(DelimitedTableReader.MAX_ROW_CHARS);
        ImportReport report = workbench.importer().run(ImportSource.of(file), ImportOptions.forCase(null).withDryRun(true),
                Progress.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsAccepted()).isEqualTo(20_000);
    }
}
