package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.rmd.RmdFixtures;

class RmdImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsASnapshotAndNamesWhoAcceptedTrafficFromProvidersNotFiled() {
        assertThat(BatchModeTest.run("--db", dir.toString(), "samples").exitCode()).isZero();
        BatchModeTest.Run run = BatchModeTest.run("--db", dir.toString(), "rmd-import",
                RmdFixtures.path(RmdFixtures.SEPTEMBER_2025).toString(), "--as-of", "2025-09-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("RMD snapshot of 2025-09-01: 30 rows, ")
                .contains("not filed\tHK KwaiFong Group Limited\taccepted its traffic: ")
                .contains("Belle Telecom LLC").contains("GREEN PACKET GLOBAL PTE LTD")
                .contains("review\t1 uncertain matches");
    }

    @Test
    void badInputExitsWithTwoAndOneLine(@TempDir Path tmp) throws Exception {
        BatchModeTest.Run missing = BatchModeTest.run("--db", dir.toString(), "rmd-import", tmp.resolve("none.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().endsWith("none.csv does not exist");

        Path file = tmp.resolve("rmd.csv");
        Files.writeString(file, "number,business_name\nRMD1,A\n");
        BatchModeTest.Run badDate = BatchModeTest.run("--db", dir.toString(), "rmd-import", file.toString(), "--as-of", "1/9/2025");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--as-of 1/9/2025: not a date");

        Files.writeString(file, "number,business_name,foreign_voice_provider\nRMD1,A,maybe\n");
        BatchModeTest.Run badCell = BatchModeTest.run("--db", dir.toString(), "rmd-import", file.toString());
        assertThat(badCell.exitCode()).isEqualTo(2);
        assertThat(badCell.err()).isEqualTo("tracebench: rmd.csv: row 2, column foreign_voice_provider: \"maybe\" is not yes or no\n");
    }
}
