package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.tracebench.model.Provider;
import org.tracebench.work.Progress;

/**
 * The integrity check reads the store's own tables on either store; on a server shared by several schemas it
 * must read only the open one. (Orphans and the unclean-stop marker are made with H2 means: IntegrityCheckTest.)
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class IntegrityCheckOnBothStoresTest {

    @Parameter
    Store store;
    @TempDir
    Path dir;

    @Test
    void aCleanStoreIsReadWholeAndHasNoOrphans() {
        try (Database db = Database.open(store.freshLocation(dir))) {
            new ProviderRepository(db).insert(Provider.named("Belle Telecom LLC"), false);
            IntegrityCheck.Report report = new IntegrityCheck(db).run(Progress.NONE);
            assertThat(report.clean()).isTrue();
            assertThat(report.rows("provider")).isEqualTo(1);
            long tables = db.withConnection(c -> Jdbc.count(c,
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE IN ('BASE TABLE', 'TABLE')"));
            assertThat(report.tablesRead()).isEqualTo(tables);
            assertThat(report.summary()).matches("all \\d+ tables read \\(\\d+ rows\\); no orphan rows");
        }
    }
}
