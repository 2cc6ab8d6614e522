package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.model.Provider;
import org.tracebench.work.Progress;

class IntegrityCheckTest {

    @TempDir
    Path dir;

    @Test
    void aCleanDatabaseIsReadWholeAndHasNoOrphans() {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            new ProviderRepository(db).insert(Provider.named("Belle Telecom LLC"), false);
            IntegrityCheck.Report report = new IntegrityCheck(db).run(Progress.NONE);
            assertThat(report.clean()).isTrue();
            assertThat(report.tablesRead()).isGreaterThan(20);
            assertThat(report.rows("provider")).isEqualTo(1);
            assertThat(report.summary()).matches("all \\d+ tables read \\(\\d+ rows\\); no orphan rows");
        }
    }

    @Test
    void hopsPointingAtMissingCallsAndProvidersAreNamedWithTheirIds() {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    // What a repair or a hand edit with the checks off can leave behind.
                    s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                    for (int call : new int[] {9, 4, 5}) {
                        s.execute("INSERT INTO hop (traced_call_id, hop_order, provider_id, role, response, illustrative)"
                                + " VALUES (" + call + ", 1, 77, 'ORIGINATOR', 'NONE', FALSE)");
                    }
                    s.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
                return null;
            });
            IntegrityCheck.Report report = new IntegrityCheck(db).run(Progress.NONE);
            assertThat(report.clean()).isFalse();
            assertThat(report.problems()).containsExactlyInAnyOrder(
                    "3 hops refer to calls that do not exist (traced_call_id 4, 5, 9)",
                    "3 hops refer to providers that do not exist (provider_id 77)");
            assertThat(report.summary()).startsWith("all ").contains("; 3 hops refer to calls that do not exist");
        }
    }

    @Test
    void aRunThatDidNotCloseTheStoreIsNoticedAtTheNextOpenOnly() throws Exception {
        DatabaseLocation location = DatabaseLocation.inDirectory(dir);
        try (Database db = Database.open(location)) {
            assertThat(db.openedAfterUncleanStop()).isFalse();
            assertThat(dir.resolve(UncleanStop.MARKER)).exists();
        }
        assertThat(dir.resolve(UncleanStop.MARKER)).doesNotExist();
        try (Database db = Database.open(location)) {
            assertThat(db.openedAfterUncleanStop()).isFalse();
        }
        // What a killed run leaves: the marker it wrote at open.
        Files.writeString(dir.resolve(UncleanStop.MARKER), "opened by process 1\n");
        try (Database db = Database.open(location)) {
            assertThat(db.openedAfterUncleanStop()).isTrue();
        }
        try (Database db = Database.open(location)) {
            assertThat(db.openedAfterUncleanStop()).isFalse();
        }
    }
}
