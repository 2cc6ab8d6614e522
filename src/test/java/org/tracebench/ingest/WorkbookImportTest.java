package org.tracebench.ingest;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.TracedCall;
import org.tracebench.sheets.ColumnLayout;
import org.tracebench.work.Progress;

/** Workbooks as other programs (and Tracebench's own exporter) write them: title rows, continuation and extra sheets. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class WorkbookImportTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;
    Importer importer;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
        importer = workbench.importer();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    @Test
    void continuationSheetsAreReadAndOtherSheetsSkipped() throws Exception {
        Path file = dir.resolve("continued.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet first = book.createSheet("Attachment A");
            row(first, 0, "Attachment A: PZ/Illum");
            row(first, 2, "Customer", "Date of Call", "Description");
            row(first, 3, "Edoro Technologies", "Aug 24, 2021 19:38 UTC", "SSA Imposter");
            row(first, 4, "No Response", "Aug 24, 2021 19:42 UTC", "SSA Imposter");
            Sheet second = book.createSheet("Attachment A (2)");
            row(second, 0, "Attachment A: PZ/Illum (continued)");
            row(second, 2, "Customer", "Date of Call", "Description");
            row(second, 3, "Q2Serves", "not a date", "Arrest Warrant Scam");
            Sheet providers = book.createSheet("Providers");
            row(providers, 0, "Provider", "Calls");
            row(providers, 1, "Edoro Technologies", "1");
            book.write(out);
        }
        ImportReport report = importer.run(ImportSource.of(file), ImportOptions.forCase(null), Progress.NONE);
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.errors()).extracting(ImportIssue::describe).containsExactly(
                "continued.xlsx, sheet \"Attachment A (2)\", row 4, column Date of Call: \"not a date\": not a date and time: \"not a date\"");
        assertThat(report.warnings()).extracting(ImportIssue::reason)
                .contains("sheet \"Providers\" skipped: it does not carry the columns of the first sheet");
        assertThat(report.encoding()).isEqualTo("XLSX, sheets \"Attachment A\", \"Attachment A (2)\", \"Providers\"");
    }

    @Test
    void aCaseExportedByTheSheetsExporterImportsBackToTheSameCalls() throws Exception {
        workbench.samples().load();
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        Path file = dir.resolve("pz.xlsx");
        workbench.attachmentExporter().export(pz.id(), ColumnLayout.attachmentA(), file, Progress.NONE);
        CaseFile copy = workbench.cases().insert(new CaseFile(0, "copy", "Copy", pz.targetProviderId(), null, null, null,
                null, null, null, null, null, false));
        ImportReport report = importer.run(ImportSource.of(file), ImportOptions.forCase(copy.id()), Progress.NONE);
        assertThat(report.errors()).as(report.render()).isEmpty();
        assertThat(report.callsWritten()).isEqualTo(78);
        List<TracedCall> original = workbench.calls().findByCase(pz.id());
        List<TracedCall> back = workbench.calls().findByCase(copy.id());
        assertThat(back.stream().map(ReferenceAttachmentImportTest::values).toList())
                .containsExactlyElementsOf(original.stream().map(ReferenceAttachmentImportTest::values).toList());
        assertThat(back.get(0).callTimeUtc()).isEqualTo(Instant.parse("2021-08-24T20:05:00Z"));
    }
}
