package org.tracebench.ingest;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Jdbc;
import org.tracebench.work.Progress;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class FieldLimitsTest {

    @Parameter
    Store store;
    DatabaseLocation location;

    @TempDir
    Path dir;

    @BeforeEach
    void freshStore() {
        location = store.freshLocation(dir);
    }

    @Test
    void widthsAgreeWithTheSchema() {
        try (Database database = Database.open(location)) {
            for (FieldLimits.Column column : FieldLimits.ALL) {
                var widths = database.withConnection(c -> Jdbc.query(c, """
                        SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS
                        WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND LOWER(TABLE_NAME) = ? AND LOWER(COLUMN_NAME) = ?""", r -> r.getLong(1),
                        column.table().toLowerCase(Locale.ROOT), column.column().toLowerCase(Locale.ROOT)));
                assertThat(widths).as(column.toString()).containsExactly((long) column.width());
            }
        }
    }

    @Test
    void aTooLongCellIsARowErrorEvenInADryRunAndNothingIsWritten() throws Exception {
        try (Workbench workbench = Workbench.open(location)) {
            Path file = dir.resolve("long.csv");
            String name = "Acme " + "x".repeat(600);
            Files.writeString(file, "Customer,Date of Call,Description\n"
                    + "Fine Party,2021-09-07T17:36:00Z,SSA Imposter\n"
                    + "\"" + name + "\",2021-09-07T17:36:00Z," + "y".repeat(301) + "\n");
            int providersBefore = workbench.providers().count();
            for (boolean dryRun : new boolean[] {true, false}) {
                ImportReport report = workbench.importer().run(ImportSource.of(file),
                        ImportOptions.forCase(null).withDryRun(dryRun), Progress.NONE);
                assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
                assertThat(report.errors()).extracting(ImportIssue::describe).containsExactly(
                        "long.csv, row 3, column Customer: \"Acme xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\": 605 characters; at most 500 fit",
                        "long.csv, row 3, column Description: \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…\": 301 characters; at most 300 fit");
            }
            assertThat(workbench.calls().count()).isZero();
            assertThat(workbench.providers().count()).isEqualTo(providersBefore);
        }
    }

    @Test
    void tracebackCellsAreCheckedToo() throws Exception {
        try (Workbench workbench = Workbench.open(location)) {
            Path file = dir.resolve("tb.csv");
            Files.writeString(file, "traceback_id,hop,provider,role,response\n"
                    + "T".repeat(101) + ",1,Acme,originating,no_response\n"
                    + "T2,1," + "&".repeat(200) + ",originating,no_response\n");
            ImportReport report = workbench.importer().run(ImportSource.of(file), ImportOptions.forCase(null), Progress.NONE);
            assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
            assertThat(report.errors()).extracting(ImportIssue::reason).containsExactly(
                    "101 characters; at most 100 fit", "200 characters, 799 as a matching key (\"&\" reads as \"and\"); at most 500 fit");
            assertThat(workbench.calls().count()).isZero();
        }
    }
}
