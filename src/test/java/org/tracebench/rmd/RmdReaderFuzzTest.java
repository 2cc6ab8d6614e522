package org.tracebench.rmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracebench.fuzz.Mutants;

/** Fuzzes the RMD export reader (issue 12, decision 0013): it fails only with RmdFormatException, in one line naming the file. */
class RmdReaderFuzzTest {

    private static Path file;
    private static final Map<String, byte[]> SEEDS = Mutants.seeds("rmd");

    @BeforeAll
    static void create() throws IOException {
        file = Files.createTempFile("rmd-fuzz", ".csv");
    }

    @AfterAll
    static void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Test
    void failsOnlyWithItsOwnOneLineError() throws IOException {
        for (Map.Entry<String, byte[]> seedFile : SEEDS.entrySet()) {
            Files.write(file, seedFile.getValue());
            try {
                readOrRefuse();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed file " + seedFile.getKey() + ": " + e, e);
            }
        }
        long first = Mutants.firstSeed();
        for (long seed = first; seed < first + Mutants.runs(300); seed++) {
            byte[] bytes = Mutants.text(SEEDS, seed);
            Files.write(file, bytes);
            try {
                readOrRefuse();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("input of seed " + seed + " (replay with -Dtracebench.fuzz.seed=" + seed
                        + " -Dtracebench.fuzz.runs=1): " + e, e);
            }
        }
    }

    private static void readOrRefuse() {
        try {
            for (RmdRecord record : new RmdCsvReader().read(file)) {
                assertThat(record.businessName()).isNotBlank().hasSizeLessThanOrEqualTo(500);
            }
        } catch (RmdFormatException e) {
            assertThat(e.getMessage()).startsWith(file.getFileName().toString() + ": ");
            assertThat(Mutants.oneLine(e.getMessage())).as(e.getMessage()).isTrue();
        }
    }
}
