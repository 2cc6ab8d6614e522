package org.tracebench.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export is written in the private folder and replaces its target only when whole. */
class StagedFileTest {

    @TempDir
    Path dir;

    @Test
    void theTargetIsReplacedOnlyWhenTheContentIsCompleteAndNothingIsLeftBesideIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out")).resolve("letter.pdf");
        Files.writeString(out, "the letter sent last week");
        try (TempFolder temp = TempFolder.open(dir.resolve("data/tmp"))) {
            assertThatThrownBy(() -> StagedFile.write(temp, out, stream -> {
                stream.write("half a new let".getBytes(StandardCharsets.UTF_8));
                assertThat(list(temp.directory())).singleElement().asString().endsWith(".pdf.part");
                throw new IOException("disk full");
            })).hasMessage("disk full");
            assertThat(Files.readString(out)).isEqualTo("the letter sent last week");
            assertThat(list(temp.directory())).as("the staged file is removed after a failure").isEmpty();

            StagedFile.write(temp, out, stream -> stream.write("the new letter".getBytes(StandardCharsets.UTF_8)));
            assertThat(Files.readString(out)).isEqualTo("the new letter");
            assertThat(list(temp.directory())).isEmpty();
        }
        assertThat(list(dir.resolve("out"))).containsExactly(out);
    }

    @Test
    void aMissingFolderIsRefusedBeforeAnythingIsWritten() throws Exception {
        try (TempFolder temp = TempFolder.open(dir.resolve("data/tmp"))) {
            assertThatThrownBy(() -> StagedFile.write(temp, dir.resolve("nowhere/x.svg"), stream -> { }))
                    .hasMessageContaining("does not exist");
            assertThat(list(temp.directory())).isEmpty();
        }
    }

    private static java.util.List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
