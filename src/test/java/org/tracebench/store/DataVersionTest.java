package org.tracebench.store;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.model.Provider;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class DataVersionTest {

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
    void growsWithEveryWriteButNotWithReadsOrRolledBackWork() {
        try (Database db = Database.open(location)) {
            ProviderRepository providers = new ProviderRepository(db);
            long start = db.dataVersion();
            Provider belle = providers.insert(Provider.named("Belle Telecom LLC"), false);
            long afterInsert = db.dataVersion();
            assertThat(afterInsert).isGreaterThan(start);

            providers.findAll();
            providers.count();
            assertThat(db.dataVersion()).isEqualTo(afterInsert);

            // A rename keeps every row count the same; the version still moves.
            providers.update(renamed(providers.find(belle.id()).orElseThrow(), "Belle Telecom Inc."));
            long afterRename = db.dataVersion();
            assertThat(afterRename).isGreaterThan(afterInsert);

            assertThatThrownBy(() -> db.inTransaction(() -> {
                providers.insert(Provider.named("Never kept"), false);
                throw new IllegalStateException("roll back");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(db.dataVersion()).isEqualTo(afterRename);

            db.inTransaction(() -> providers.insert(Provider.named("Kept LLC"), false));
            long afterKept = db.dataVersion();
            assertThat(afterKept).isGreaterThan(afterRename);

            // Reads run in a transaction (for one consistent view) change nothing: no reload, no backup on close.
            db.inTransaction(() -> providers.findAll().size() + providers.count());
            assertThat(db.dataVersion()).isEqualTo(afterKept);
        }
    }

    private static Provider renamed(Provider p, String name) {
        return new Provider(p.id(), name, p.kind(), p.aliases(), p.frn(), p.rmdNumber(), p.rmdStatus(), p.foreign(),
                p.country(), p.stirShaken(), p.contact(), p.illustrative());
    }

    @Test
    void connectionsTakenOnAForbiddenThreadAreReported() throws Exception {
        try (Database db = Database.open(location)) {
            ProviderRepository providers = new ProviderRepository(db);
            List<String> violations = new ArrayList<>();
            Thread worker = new Thread(() -> providers.count(), "allowed");
            db.setForbiddenThread(thread -> thread.getName().equals("forbidden"), e -> violations.add(e.getMessage()));
            worker.start();
            worker.join();
            assertThat(violations).isEmpty();

            Thread forbidden = new Thread(() -> providers.count(), "forbidden");
            forbidden.start();
            forbidden.join();
            assertThat(violations).singleElement().asString().contains("\"forbidden\"");

            db.setForbiddenThread(null, null);
            Thread again = new Thread(() -> providers.count(), "forbidden");
            again.start();
            again.join();
            assertThat(violations).hasSize(1);
        }
    }
}
