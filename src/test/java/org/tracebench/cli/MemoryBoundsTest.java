package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, memory bounds: each hostile file through the batch commands in a child JVM with a 128 MB heap,
 * as a user on a small machine would run them. Each ends in exit 2 and one line, never in running out of heap.
 */
class MemoryBoundsTest {

    @TempDir
    Path dir;

    private record Child(int exit, String err) {
    }

    private Child run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), org.tracebench.Launcher.class.getName(),
                "--db", dir.resolve("db").toString()));
        command.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", args)).isTrue();
        return new Child(child.exitValue(), Files.readString(err));
    }

    private void refusedInOneLine(HostileFile file, String... command) throws Exception {
        Child child = run(command);
        assertThat(child.err()).as(file.label()).doesNotContain("OutOfMemoryError").doesNotContain("heap");
        assertThat(child.exit()).as(file.label() + ": " + child.err()).isEqualTo(2);
        assertThat(child.err().lines()).as(file.label()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("tracebench: ").contains(file.path().getFileName().toString()));
    }

    @Test
    void everyHostileFileIsRefusedWithin128MegabytesByImport() throws Exception {
        for (HostileFile file : HostileFile.all(dir.resolve("calls"), HostileFile.CALLS, false)) {
            refusedInOneLine(file, "import", file.path().toString(), "--dry-run");
        }
    }

    @Test
    void everyHostileFileIsRefusedWithin128MegabytesByRmdImport() throws Exception {
        // The workbooks, empty files, folders and missing paths are refused from their first bytes or before
        // opening them (RmdHostileFilesTest covers them); the ones that take memory to read are run here.
        for (HostileFile file : HostileFile.all(dir.resolve("rmd"), HostileFile.RMD, true).stream()
                .filter(f -> f.path().toString().endsWith(".csv") && !f.expected().contains(" is ")).toList()) {
            refusedInOneLine(file, "rmd-import", file.path().toString(), "--as-of", "2025-09-01");
        }
    }

    /** Shared text larger than an eighth of the heap is refused before POI holds it. */
    @Test
    void aWorkbookWhoseSharedTextWouldFillTheHeapIsRefused() throws Exception {
        Path file = dir.resolve("shared-strings.xlsx");
        SharedStringsBomb.write(file, 600_000);
        Child child = run("import", file.toString(), "--dry-run");
        assertThat(child.exit()).as(child.err()).isEqualTo(2);
        assertThat(child.err().lines()).singleElement().satisfies(line -> assertThat(line).contains("shared-strings.xlsx"));
    }
}
