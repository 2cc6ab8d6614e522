package org.tracebench.ui;

import org.tracebench.ui.common.BackgroundWork;
import org.tracebench.ui.common.Failures;
import org.tracebench.ui.common.ProgressTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.tracebench.app.Logging;

class FailuresTest {

    @TempDir
    Path dir;

    private Path log;

    @BeforeEach
    void startLogging() {
        log = Logging.startIn(dir);
    }

    @AfterEach
    void stopLogging() {
        Logging.stop();
    }

    @Test
    void anUncaughtFailureIsLoggedWithItsStackTraceAndReportedInOneLineNamingTheLog() throws Exception {
        List<String> shown = new ArrayList<>();
        Failures failures = new Failures(shown::add);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("the renderer lost its canvas\nsecond line");
        }, "tracebench-test-worker");
        worker.setUncaughtExceptionHandler(failures);
        worker.start();
        worker.join();

        Logging.stop();
        assertThat(shown).containsExactly("Something went wrong: the renderer lost its canvas. Details were written to "
                + log + ".");
        assertThat(Files.readString(log))
                .contains("ERROR", "Uncaught on thread tracebench-test-worker",
                        "java.lang.IllegalStateException: the renderer lost its canvas")
                .containsPattern("\\tat org\\.tracebench\\.ui\\.FailuresTest\\.");
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsType() {
        assertThat(Failures.userMessage(new NullPointerException()))
                .isEqualTo("Something went wrong: NullPointerException. Details were written to " + log + ".");
    }

    @Test
    void aFailedBackgroundTaskIsLoggedOnceThoughItsErrorHelperLogsItToo() throws Exception {
        FxToolkit.registerPrimaryStage();
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        try (BackgroundWork work = new BackgroundWork()) {
            FxToolkit.setupFixture(() -> work.run(new ProgressTask<Integer>("Loading the sample cases…", progress -> {
                throw new IllegalStateException("no samples today");
            }), done -> failed.complete(null), error -> {
                Failures.log("Cannot load the samples", error);
                failed.complete(error);
            }));
            assertThat(failed.get(30, TimeUnit.SECONDS)).hasMessage("no samples today");
        }
        Logging.stop();
        String text = Files.readString(log);
        assertThat(text).contains("Background work failed: Loading the sample cases…",
                "java.lang.IllegalStateException: no samples today").doesNotContain("Cannot load the samples");
        assertThat(text.split("no samples today", -1)).hasSize(2);
    }
}
