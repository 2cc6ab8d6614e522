package org.tracebench.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.work.Progress;

/** An export's temporary files (issue 12): private, beside the store, gone afterwards and after a kill. */
class PrivateTempTest {

    @TempDir
    Path dir;

    private Path tmp() {
        return dir.resolve("db").resolve("tmp");
    }

    private List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void anExportStagesInThePrivateFolderAndLeavesNothingBehind() throws Exception {
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve("db")))) {
            workbench.samples().load();
            CaseFile pz = workbench.cases().findByKey(ReferenceAttachment.CASE_KEY).orElseThrow();
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp()))).isEqualTo("rwx------");
            }
            List<String> seen = new ArrayList<>();
            Progress watching = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    try {
                        filesIn(tmp()).forEach(f -> seen.add(f.getFileName().toString()));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            };
            Path out = Files.createDirectories(dir.resolve("out")).resolve("pz.xlsx");
            workbench.attachmentExporter().export(pz.id(), ColumnLayout.attachmentA(), out, watching);

            assertThat(seen).anyMatch(name -> name.endsWith(".xlsx.part"))
                    .anyMatch(name -> name.startsWith("poi-sxssf-sheet"));
            assertThat(filesIn(tmp())).isEmpty();
            try (Stream<Path> beside = Files.list(out.getParent())) {
                assertThat(beside).containsExactly(out);
            }
        }
        assertThat(filesIn(tmp())).isEmpty();
    }

    @Test
    void whatAKilledSessionLeftIsRemovedAtTheNextOpen() throws Exception {
        Path stray = Files.createDirectories(tmp()).resolve("stray.xlsx.part");
        Files.writeString(stray, "case data");
        Path deadSession = Files.createDirectories(tmp().resolve(Long.MAX_VALUE + "-deadbeef"));
        Files.writeString(deadSession.resolve("poi-sxssf-sheet1.xml"), "<row>case data</row>");
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve("db")))) {
            assertThat(stray).doesNotExist();
            assertThat(deadSession).doesNotExist();
        }
    }
}
