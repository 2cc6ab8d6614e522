package org.tracebench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tracebench.app.Workbench;
import org.tracebench.fuzz.Mutants;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.work.Progress;
import org.tracebench.work.TextReadException;

/**
 * Fuzzes the call-table readers and the traceback import (issue 12, decision 0013): whatever bytes they are
 * given, the only failure is the readers' own IOException with a one-line message, and an import never
 * throws, only reports errors that name the file. Each test tries a few hundred inputs (a few seconds);
 * {@code -Dtracebench.fuzz.runs=N} and {@code -Dtracebench.fuzz.seed=N} make a longer or another run.
 */
class ReaderFuzzTest {

    private static Path dir;
    private static Workbench workbench;
    private static final Map<String, byte[]> CSV = Mutants.seeds("csv");
    private static final Map<String, byte[]> XLSX = Mutants.seeds("xlsx");
    private static final Map<String, byte[]> TRACEBACKS = Mutants.seeds("tracebacks");

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("tracebench-fuzz");
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve("db")));
    }

    @AfterAll
    static void close() throws IOException {
        workbench.close();
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Runs a check on each input, and names the seed that replays a failure. */
    private static void fuzz(Map<String, byte[]> corpus, int runs, java.util.function.LongFunction<byte[]> inputs,
                             java.util.function.Consumer<byte[]> check) {
        // The corpus as it is first: it holds the inputs of faults found before.
        corpus.forEach((name, bytes) -> {
            try {
                check.accept(bytes);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed file " + name + ": " + e, e);
            }
        });
        long first = Mutants.firstSeed();
        for (long seed = first; seed < first + Mutants.runs(runs); seed++) {
            byte[] bytes = inputs.apply(seed);
            try {
                check.accept(bytes);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("input of seed " + seed + " (" + bytes.length + " bytes; replay with "
                        + "-Dtracebench.fuzz.seed=" + seed + " -Dtracebench.fuzz.runs=1): " + e, e);
            }
        }
    }

    @Test
    void delimitedTextFailsOnlyWithItsOwnOneLineErrors() {
        fuzz(CSV, 200, seed -> Mutants.text(CSV, seed), bytes -> {
            readOrRefuse(new DelimitedTableReader(new ImportSource("fuzz.csv", null, bytes), false));
            readOrRefuse(new DelimitedTableReader(new ImportSource("fuzz.txt", null, bytes), true));
            importedOrReported(bytes, "fuzz.csv", null);
        });
    }

    @Test
    void workbooksFailOnlyWithTheirOwnOneLineErrors() {
        fuzz(XLSX, 60, seed -> Mutants.workbook(XLSX, seed), bytes -> {
            readOrRefuse(new XlsxTableReader(new ImportSource("fuzz.xlsx", null, bytes)));
            importedOrReported(bytes, "fuzz.xlsx", ImportFormat.XLSX);
        });
    }

    /** Traceback files as text, and the same rows as a workbook, each edited. */
    @Test
    void tracebackImportsReportEveryProblemAndNeverThrow() {
        Map<String, byte[]> workbook = Map.of("tracebacks.xlsx", workbookOf(new String(TRACEBACKS.get("tracebacks.csv"),
                java.nio.charset.StandardCharsets.UTF_8)));
        fuzz(TRACEBACKS, 150, seed -> seed % 3 == 0 ? Mutants.workbook(workbook, seed) : Mutants.text(TRACEBACKS, seed),
                bytes -> importedOrReported(bytes, "fuzz-tracebacks", ImportFormat.TRACEBACKS));
    }

    private static void readOrRefuse(TableReader reader) {
        try {
            reader.read((row, cells) -> {
                assertThat(row).isPositive();
                assertThat(cells).doesNotContainNull();
                assertThat(cells.size()).isLessThanOrEqualTo(DelimitedTableReader.MAX_COLUMNS);
                cells.forEach(cell -> assertThat(cell.length()).isLessThanOrEqualTo(DelimitedTableReader.MAX_CELL_CHARS));
            });
        } catch (TextReadException e) {
            assertThat(e.row()).isNotNegative();
            assertThat(Mutants.oneLine(e.getMessage())).as(e.getMessage()).isTrue();
        } catch (IOException e) {
            assertThat(Mutants.oneLine(Importer.oneLine(e.getMessage()))).as(e.getMessage()).isTrue();
        }
    }

    /** A dry run: whatever the bytes, a report comes back, and each error names the file in one line. */
    private static void importedOrReported(byte[] bytes, String name, ImportFormat format) {
        ImportOptions options = new ImportOptions(null, format, Map.of(), Map.of(), false, true, "US", OnDuplicate.SKIP);
        ImportReport report = workbench.importer().run(new ImportSource(name, null, bytes), options, Progress.NONE);
        assertThat(report.outcome()).isIn(ImportReport.Outcome.PREVIEW, ImportReport.Outcome.REJECTED);
        for (ImportIssue error : report.errors()) {
            assertThat(error.describe()).startsWith(name);
            assertThat(error.reason()).isNotBlank();
            assertThat(error.reason().lines().count()).as(error.reason()).isEqualTo(1);
        }
        assertThat(workbench.calls().count()).isZero();
    }

    private static byte[] workbookOf(String csv) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Tracebacks");
            List<String> lines = csv.lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
