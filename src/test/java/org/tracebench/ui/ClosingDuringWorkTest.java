package org.tracebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportSource;
import org.tracebench.ingest.OnDuplicate;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.common.BackgroundWork;
import org.tracebench.ui.common.ProgressTask;
import org.tracebench.work.Progress;

/** Closing the window in the middle of an import cancels it and lets it roll back before the store closes. */
class ClosingDuringWorkTest {

    @TempDir
    Path dir;

    @Test
    void anImportRunningWhenTheWindowClosesIsRolledBackWholeBeforeTheStoreCloses() throws Exception {
        Path file = dir.resolve("tracebacks.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("traceback_id,call_time_utc,caller_id,called_number,hop,provider,role\n");
            for (int i = 0; i < 3_000; i++) {
                out.write(String.format("TB-CLOSE-%05d,2025-03-01T04:00:00Z,+12025550%03d,+13125550%03d,1,Closing Carrier,"
                        + "terminating%n", i, i % 1000, i % 1000));
            }
        }
        DatabaseLocation location = DatabaseLocation.inDirectory(dir.resolve("db"));
        FxToolkit.registerPrimaryStage();
        CountDownLatch importing = new CountDownLatch(1);
        CountDownLatch hold = new CountDownLatch(1);
        try (Workbench workbench = Workbench.open(location)) {
            BackgroundWork work = new BackgroundWork();
            ImportOptions options = new ImportOptions(null, null, Map.of(), Map.of(), false, false, "US", OnDuplicate.SKIP);
            FxToolkit.setupFixture(() -> work.run(new ProgressTask<>("Importing…", progress ->
                    workbench.importer().run(ImportSource.of(file), options, new Progress() {
                        @Override
                        public void update(long done, long total, String message) {
                            progress.update(done, total, message);
                            if (importing.getCount() > 0) {
                                importing.countDown();
                                // Inside the import's transaction: the window closes now.
                                awaitQuietly(hold);
                            }
                        }

                        @Override
                        public boolean cancelled() {
                            return progress.cancelled();
                        }
                    })), done -> { }, error -> { }));
            assertThat(importing.await(60, TimeUnit.SECONDS)).isTrue();
            hold.countDown();
            assertThat(work.cancelAndWait(Duration.ofSeconds(60))).as("the import ended after the cancel").isTrue();
        }
        try (Workbench reopened = Workbench.open(location)) {
            assertThat(reopened.calls().count()).as("nothing of the cancelled import").isZero();
            assertThat(reopened.providers().findAll()).noneMatch(p -> p.name().equals("Closing Carrier"));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
