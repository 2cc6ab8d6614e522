package org.tracebench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.work.Progress;
import org.tracebench.work.TextReadException;

/**
 * Jazzer fuzz targets for the call-table readers and the traceback import (issue 12, decision 0017).
 * Whatever the bytes, a reader fails only with its own IOException carrying one line, and an import (a dry
 * run) never throws and reports each error in one line naming the file. {@code mvn verify} replays the
 * inputs under {@code ReaderFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} with one target selected fuzzes
 * it (docs/security.md, "Hostile files").
 */
class ReaderFuzzTest {

    private static Path dir;
    private static Workbench workbench;

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("tracebench-fuzz");
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve("db")));
    }

    @AfterAll
    static void close() throws IOException {
        workbench.close();
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Comma- and tab-preferring text. The reader alone: with the import's dry run added, a fuzzing run made
     * a few executions a second instead of hundreds; the import path is fuzzed by {@link #tracebacks}.
     */
    @FuzzTest(maxDuration = "60s")
    void delimitedText(byte[] bytes) {
        readOrRefuse(new DelimitedTableReader(new ImportSource("fuzz.csv", null, bytes), false));
        readOrRefuse(new DelimitedTableReader(new ImportSource("fuzz.txt", null, bytes), true));
    }

    /**
     * A whole workbook when the input is a zip; otherwise the input is one part's XML (the shared strings
     * when it holds {@code <sst}, else the first sheet) put into a small valid workbook, so the fuzzer's
     * edits reach the XML parser and POI instead of stopping at the zip's checksums.
     */
    @FuzzTest(maxDuration = "60s")
    void workbook(byte[] bytes) {
        byte[] workbook = isZip(bytes) ? bytes : Template.with(bytes);
        readOrRefuse(new XlsxTableReader(new ImportSource("fuzz.xlsx", null, workbook)));
    }

    /**
     * Traceback exchange rows, as text or as a workbook, through the whole import path (decoding, header
     * check, cells, parties, the database) in a dry run. No format is given, so the content decides as it
     * does for a user: a header the edits broke sends the rows down the attachment-table path instead.
     */
    @FuzzTest(maxDuration = "60s")
    void tracebacks(byte[] bytes) {
        importedOrReported(bytes, "fuzz-tracebacks", null);
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
            assertThat(oneLine(e.getMessage())).as(e.getMessage()).isTrue();
        } catch (IOException e) {
            assertThat(oneLine(Importer.oneLine(e.getMessage()))).as(e.getMessage()).isTrue();
        }
    }

    /** A dry run: whatever the bytes, a report comes back, each error names the file in one line, nothing is kept. */
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

    /** A refusal's message is one line of words: no line break, not empty, not a stack of library text. */
    static boolean oneLine(String message) {
        return message != null && !message.isBlank() && message.lines().count() == 1 && message.length() < 600;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    /** The corpus's ordinary workbook, with one part replaced by the fuzzer's bytes. */
    private static final class Template {

        private static final Map<String, byte[]> PARTS = parts();

        static byte[] with(byte[] xml) {
            String replaced = indexOf(xml, "<sst".getBytes(StandardCharsets.US_ASCII)) >= 0
                    ? "xl/sharedStrings.xml" : "xl/worksheets/sheet1.xml";
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> part : PARTS.entrySet()) {
                    out.putNextEntry(new ZipEntry(part.getKey()));
                    out.write(part.getKey().equals(replaced) ? xml : part.getValue());
                    out.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        private static Map<String, byte[]> parts() {
            Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
            try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("ReaderFuzzTestInputs/workbook/attachment.xlsx");
                 ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(in.readAllBytes()))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    parts.put(entry.getName(), zip.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return parts;
        }

        private static int indexOf(byte[] in, byte[] token) {
            outer:
            for (int i = 0; i + token.length <= in.length; i++) {
                for (int j = 0; j < token.length; j++) {
                    if (in[i + j] != token[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
