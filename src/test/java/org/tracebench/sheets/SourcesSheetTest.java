package org.tracebench.sheets;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.RealComponents;
import org.tracebench.app.ActingUser;
import org.tracebench.app.Workbench;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.ImportSource;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Provider;
import org.tracebench.work.Progress;

/**
 * The Sources sheet of a case whose Attachment A was imported from a file and one call typed in the editor:
 * the import's batch, time, file, size, SHA-256 (computed here on its own), format, rows and who; then the typed
 * call. LibreOffice opens it and sees the same cells.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class SourcesSheetTest {

    @Parameter
    Store store;

    static final Instant NOW = Instant.parse("2026-11-30T10:15:00Z");

    @TempDir
    Path dir;
    Workbench workbench;
    CaseFile caseFile;
    Path file;
    long batchId;
    Path xlsx;

    @BeforeEach
    void importAndExport() throws Exception {
        workbench = Workbench.open(store.freshLocation(dir), Clock.fixed(NOW, ZoneOffset.UTC),
                new ActingUser("paralegal"));
        Provider target = workbench.providers().insert(Provider.named("PZ/Illum Telecommunication Telecommunication LLC"), false);
        caseFile = workbench.cases().insert(new CaseFile(0, "pz", "PZ/Illum sources", target.id(), null, null, null, null,
                null, null, null, null, false));
        file = dir.resolve("attachment-a-reworded.csv");
        try (InputStream in = getClass().getResourceAsStream("/org/tracebench/ingest/attachment-a-reworded.csv")) {
            Files.copy(in, file);
        }
        ImportReport report = workbench.importer().run(ImportSource.of(file), ImportOptions.forCase(caseFile.id()),
                Progress.NONE);
        assertThat(report.outcome()).as(report.render()).isEqualTo(ImportReport.Outcome.WRITTEN);
        batchId = report.batchId();
        workbench.callEditing().add(caseFile.id(), Map.of(AttachmentColumn.DESCRIPTION, "Utility Disconnect"));
        xlsx = dir.resolve("sources.xlsx");
        workbench.attachmentExporter().export(caseFile.id(), ColumnLayout.attachmentA(), xlsx, Progress.NONE);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private String sha256() throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void namesTheImportedFileWithItsSha256AndTheTypedCall() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(AttachmentWorkbookWriter.SOURCES_SHEET);
            Row batch = sheet.getRow(1);
            assertThat(batch.getCell(0).getStringCellValue()).isEqualTo("Imported from a file");
            assertThat((long) batch.getCell(1).getNumericCellValue()).isEqualTo(batchId);
            assertThat(batch.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.ofInstant(NOW, ZoneOffset.UTC));
            assertThat(batch.getCell(3).getStringCellValue()).isEqualTo("attachment-a-reworded.csv");
            assertThat((long) batch.getCell(4).getNumericCellValue()).isEqualTo(Files.size(file));
            assertThat(batch.getCell(5).getStringCellValue()).isEqualTo(sha256());
            assertThat(batch.getCell(6).getStringCellValue()).isEqualTo("csv");
            assertThat(batch.getCell(7).getNumericCellValue()).isEqualTo(78);
            assertThat(batch.getCell(8).getNumericCellValue()).isEqualTo(78);
            assertThat(batch.getCell(9).getStringCellValue()).isEqualTo("paralegal");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Typed or pasted in the editor");
            assertThat(sheet.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(sheet.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(79);
        }
    }

    @Test
    void libreOfficeOpensTheSourcesSheetWithTheSameCells() throws Exception {
        Optional<Path> soffice = LibreOffice.find();
        RealComponents.require(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH");
        Path csv = LibreOffice.convertSheet(soffice.get(), xlsx, 4, AttachmentWorkbookWriter.SOURCES_SHEET,
                dir.resolve("csv"));
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.parse(reader).getRecords();
        }
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).toList()).containsExactly("Source", "Import batch", "Imported at (UTC)", "File name",
                "Size (bytes)", "SHA-256", "Format", "Rows read", "Calls in this attachment", "Imported by");
        CSVRecord batch = rows.get(1);
        assertThat(batch.get(1)).isEqualTo(Long.toString(batchId));
        assertThat(batch.get(3)).isEqualTo("attachment-a-reworded.csv");
        assertThat(batch.get(4).replace(",", "")).isEqualTo(Long.toString(Files.size(file)));
        assertThat(batch.get(5)).isEqualTo(sha256());
        assertThat(batch.get(8)).isEqualTo("78");
        assertThat(rows.get(2).get(0)).isEqualTo("Typed or pasted in the editor");
        assertThat(rows.get(2).get(8)).isEqualTo("1");
        assertThat(rows.get(3).get(0)).isEqualTo("Total");
        assertThat(rows.get(3).get(8)).isEqualTo("79");
    }
}
