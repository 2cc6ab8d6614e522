package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.ingest.AttachmentRows;
import org.tracebench.model.TracedCall;
import org.tracebench.sheets.AttachmentWorkbookReader;

class ExportXlsxCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void loadSamples() {
        assertThat(BatchModeTest.run("--db", dir.resolve("db").toString(), "samples").exitCode()).isZero();
    }

    private BatchModeTest.Run export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        all[2] = "export-xlsx";
        System.arraycopy(args, 0, all, 3, args.length);
        return BatchModeTest.run(all);
    }

    @Test
    void exportsTheCaseByKeyWithTheLettersColumns() throws Exception {
        Path out = dir.resolve("pz.xlsx");
        BatchModeTest.Run run = export("--case", "pz-illum-2021", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Exported 78 traced calls of \"PZ/Illum cease-and-desist (2021)\" to ");
        List<TracedCall> read = new AttachmentWorkbookReader(AttachmentRows::toCall).read(out, 1);
        assertThat(read).hasSize(78);
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void chosenColumnsAreWrittenInOrderAndCanBeSavedAsAPreset() throws Exception {
        Path out = dir.resolve("short.xlsx");
        BatchModeTest.Run run = export("--case", "1", "--out", out.toString(),
                "--columns", "call-time=When (UTC),caller-id,customer", "--save-preset", "Short");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(headers(out)).containsExactly("When (UTC)", "Caller ID", "Customer");

        Path again = dir.resolve("again.xlsx");
        assertThat(export("--case", "1", "--out", again.toString(), "--preset", "short").exitCode()).isZero();
        assertThat(headers(again)).containsExactly("When (UTC)", "Caller ID", "Customer");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() {
        Path out = dir.resolve("x.xlsx");
        BatchModeTest.Run unknownColumn = export("--case", "1", "--out", out.toString(), "--columns", "customer,colour");
        assertThat(unknownColumn.exitCode()).isEqualTo(2);
        assertThat(unknownColumn.err()).startsWith("tracebench: --columns: unknown column \"colour\"; known columns: customer,");
        assertThat(unknownColumn.err().lines()).hasSize(1);

        BatchModeTest.Run unknownCase = export("--case", "nope", "--out", out.toString());
        assertThat(unknownCase.exitCode()).isEqualTo(2);
        assertThat(unknownCase.err()).isEqualTo("tracebench: no case \"nope\" (see `tracebench cases`)" + System.lineSeparator());

        assertThat(export("--case", "1", "--out", dir.resolve("x.csv").toString()).exitCode()).isEqualTo(2);
        assertThat(export("--case", "1", "--out", dir.resolve("missing/x.xlsx").toString()).err())
                .contains("folder does not exist");
        assertThat(export("--case", "1", "--out", out.toString(), "--preset", "nope").err())
                .contains("no column preset \"nope\"; saved presets: Attachment A (FCC letter)");
        assertThat(export("--out", out.toString()).exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    private static List<String> headers(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Row header = workbook.getSheetAt(0).getRow(2);
            List<String> result = new java.util.ArrayList<>();
            header.forEach(cell -> result.add(cell.getStringCellValue()));
            return result;
        }
    }
}
