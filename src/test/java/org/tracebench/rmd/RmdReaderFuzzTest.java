package org.tracebench.rmd;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Jazzer fuzz target for the RMD export reader (issue 12, decision 0017): whatever the file holds, it fails
 * only with RmdFormatException, in one line starting with the file's name, and every name it reads fits
 * its column. Inputs replayed by {@code mvn verify}: {@code RmdReaderFuzzTestInputs/rmdExport/}.
 */
class RmdReaderFuzzTest {

    private static Path file;

    @BeforeAll
    static void create() throws IOException {
        file = Files.createTempFile("rmd-fuzz", ".csv");
    }

    @AfterAll
    static void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "60s")
    void rmdExport(byte[] bytes) throws IOException {
        // Through a file, as users give it: the reader's encoding detection works on the file's bytes.
        Files.write(file, bytes);
        try {
            for (RmdRecord record : new RmdCsvReader().read(file)) {
                assertThat(record.businessName()).isNotBlank().hasSizeLessThanOrEqualTo(500);
            }
        } catch (RmdFormatException e) {
            String message = e.getMessage();
            assertThat(message).startsWith(file.getFileName().toString() + ": ");
            assertThat(message.lines().count() == 1 && message.length() < 600).as(message).isTrue();
        }
    }
}
