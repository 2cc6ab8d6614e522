package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.model.Provider;

/**
 * Rows a killed H2 transaction left in the file without undo entries (decision 0020) are taken out by the open
 * after an unclean stop, and only then.
 */
class H2LeftoversTest {

    @TempDir
    Path dir;

    @Test
    void theOpenAfterAnUncleanStopRemovesRowsLeftWithoutUndoEntries() throws Exception {
        DatabaseLocation location = DatabaseLocation.inDirectory(dir);
        try (Database db = Database.open(location)) {
            new ProviderRepository(db).insert(Provider.named("Belle Telecom LLC"), false);
            db.withConnection(c -> {
                H2LeftoverInjection.leaveProvidersWithoutUndo(c);
                return null;
            });
            assertThat(db.withConnection(H2Leftovers::count)).isEqualTo(H2LeftoverInjection.TRANSACTION_NUMBERS);
            // The defect as the crash tests met it: the reader gets a freed transaction number and sees a row
            // that was never committed.
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name)
                    .hasSize(2).contains("Belle Telecom LLC")
                    .anySatisfy(name -> assertThat(name).startsWith(H2LeftoverInjection.NAME_PREFIX));
        }
        // What a killed run leaves beside the file.
        Files.writeString(dir.resolve(UncleanStop.MARKER), "opened by process 1\n");

        try (Database db = Database.open(location)) {
            assertThat(db.openedAfterUncleanStop()).isTrue();
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name).containsExactly("Belle Telecom LLC");
            assertThat(db.withConnection(H2Leftovers::count)).isZero();
            long counted = db.withConnection(c -> Jdbc.count(c, "SELECT COUNT(*) FROM provider"));
            assertThat(counted).isEqualTo(1);
        }
        try (Database db = Database.open(location)) {
            assertThat(db.withConnection(H2Leftovers::count)).as("the removal was saved").isZero();
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name).containsExactly("Belle Telecom LLC");
        }
    }

    @Test
    void aCleanlyClosedFileIsNotScanned() throws Exception {
        DatabaseLocation location = DatabaseLocation.inDirectory(dir);
        try (Database db = Database.open(location)) {
            new ProviderRepository(db).insert(Provider.named("Belle Telecom LLC"), false);
            db.withConnection(c -> {
                H2LeftoverInjection.leaveProvidersWithoutUndo(c);
                return null;
            });
        }
        // Only a file the last run left open can hold them (H2 keeps them only from a kill); a clean open does
        // not pay for reading every table.
        try (Database db = Database.open(location)) {
            assertThat(db.withConnection(H2Leftovers::count)).isEqualTo(H2LeftoverInjection.TRANSACTION_NUMBERS);
        }
    }

    @Test
    void committedRowsAndRowsOfTransactionsStillOpenAreLeftAlone() throws Exception {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            ProviderRepository providers = new ProviderRepository(db);
            providers.insert(Provider.named("Belle Telecom LLC"), false);
            db.inTransaction(() -> {
                providers.insert(Provider.named("Open Right Now LLC"), false);
                assertThat(db.withConnection(H2Leftovers::clear)).isZero();
                assertThat(providers.findAll()).extracting(Provider::name)
                        .containsExactlyInAnyOrder("Belle Telecom LLC", "Open Right Now LLC");
            });
            assertThat(providers.findAll()).extracting(Provider::name)
                    .containsExactlyInAnyOrder("Belle Telecom LLC", "Open Right Now LLC");
        }
    }
}
