package org.tracebench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Passphrase;

class LoggingTest {

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        Logging.stop();
    }

    @Test
    void logsBesideTheDatabase() throws Exception {
        Path data = dir.resolve("data");
        Path file = Logging.start(DatabaseLocation.inDirectory(data));
        assertThat(file).isEqualTo(data.resolve("tracebench.log"));
        assertThat(Logging.file()).contains(file);
        assertThat(Logging.whereDetailsAre()).isEqualTo("Details were written to " + file + ".");
        LoggerFactory.getLogger("org.tracebench.test").info("kept");
        LoggerFactory.getLogger("org.tracebench.test").debug("too fine");
        Logging.stop();
        assertThat(Files.readString(file)).contains("INFO", "kept").doesNotContain("too fine");
        assertThat(Logging.file()).isEmpty();
    }

    @Test
    void aDatabasePathThatIsAFileSendsTheLogToTheTemporaryDirectory() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        Path file = Logging.start(DatabaseLocation.inDirectory(notADirectory));
        assertThat(file).isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "tracebench", "tracebench.log")
                .toAbsolutePath().normalize());
    }

    @Test
    void librariesLogOnlyWarningsThroughTheirOwnApisIntoTheFile() throws Exception {
        Path file = Logging.startIn(dir);
        // POI logs with the log4j API, PDFBox with commons-logging, JavaFX and libphonenumber with java.util.logging.
        org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.Test").warn("poi warns");
        org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.Test").info("poi chatters");
        org.apache.commons.logging.LogFactory.getLog("org.apache.pdfbox.Test").warn("pdfbox warns");
        java.util.logging.Logger.getLogger("javafx.test").warning("jul warns");
        java.util.logging.Logger.getLogger("javafx.test").info("jul chatters");
        LoggerFactory.getLogger("org.flywaydb.core.Test").info("flyway chatters");
        Logging.stop();
        assertThat(Files.readString(file)).contains("poi warns", "pdfbox warns", "jul warns")
                .doesNotContain("poi chatters", "jul chatters", "flyway chatters");
    }

    @Test
    void besideAnEncryptedDatabaseALineKeepsTheProgramsWordsAndWithholdsCaseData() throws Exception {
        Path data = dir.resolve("data");
        Path file = Logging.start(DatabaseLocation.inDirectory(data)
                .withPassphrase(Passphrase.of("correct horse battery staple".toCharArray())));
        logAFailureQuotingCaseData();
        Logging.stop();

        String log = Files.readString(file);
        assertThat(log).doesNotContain("Belle Telecom", "2025550182", "PZ/Illum", "VALUES")
                .contains("Cannot merge <withheld: encrypted database> into case 7 after 3 tries: 42 rows, command import",
                        "java.lang.IllegalStateException: <withheld: encrypted database>",
                        "Caused by: java.sql.SQLException: <withheld: encrypted database>",
                        "at org.tracebench.app.LoggingTest.logAFailureQuotingCaseData");
    }

    @Test
    void besideAPlainDatabaseALineSaysEverything() throws Exception {
        Path file = Logging.start(DatabaseLocation.inDirectory(dir.resolve("data")));
        logAFailureQuotingCaseData();
        Logging.stop();

        assertThat(Files.readString(file)).contains("Cannot merge Belle Telecom into case 7", "PZ/Illum", "VALUES ('+12025550182')");
    }

    private static void logAFailureQuotingCaseData() {
        Exception failure = new IllegalStateException("Provider Belle Telecom of PZ/Illum",
                new java.sql.SQLException("Unique index violation: VALUES ('+12025550182')"));
        LoggerFactory.getLogger("org.tracebench.test").warn("Cannot merge {} into case {} after {} tries: {} rows, command {}",
                "Belle Telecom", 7L, 3, 42, Logging.safe("import"), failure);
    }

    @Test
    void theFileRollsOverAtFiveMegabytesKeepingThreeOldOnes() {
        assertThat(Logging.MAX_FILE_SIZE.getSize()).isEqualTo(5L * 1024 * 1024);
        assertThat(Logging.KEPT_FILES).isEqualTo(3);
    }
}
