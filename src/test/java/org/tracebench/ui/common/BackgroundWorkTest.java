package org.tracebench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's busy state and message when a second job is started before the first has ended. */
class BackgroundWorkTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theStatusStaysBusyUntilTheLastOfOverlappingJobsHasEnded() throws Exception {
        BackgroundWork work = new BackgroundWork();
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        List<String> succeeded = new CopyOnWriteArrayList<>();
        FxToolkit.setupFixture(() -> {
            work.run(waiting("first", null, releaseFirst), succeeded::add, error -> { });
            work.run(waiting("second", secondStarted, releaseSecond), succeeded::add, error -> { });
        });
        assertThat(onFx(() -> work.runningProperty().get())).isTrue();

        releaseFirst.countDown();
        assertThat(secondStarted.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(succeeded).containsExactly("first");
        assertThat(onFx(() -> work.runningProperty().get())).as("the second job still runs").isTrue();
        assertThat(onFx(() -> work.messageProperty().get())).isEqualTo("second at work");

        releaseSecond.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> succeeded.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> work.runningProperty().get())).isFalse();
        assertThat(onFx(() -> work.messageProperty().get())).isEqualTo("Ready");
        work.close();
    }

    @Test
    void cancelStopsTheJobTheStatusBarShowsAndTheOtherFinishes() throws Exception {
        BackgroundWork work = new BackgroundWork();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> succeeded = new CopyOnWriteArrayList<>();
        FxToolkit.setupFixture(() -> {
            work.run(waiting("first", firstStarted, releaseFirst), succeeded::add, error -> { });
            work.run(waiting("second", null, new CountDownLatch(0)), succeeded::add, error -> { });
        });
        assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
        FxToolkit.setupFixture(work::cancel);
        releaseFirst.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> succeeded.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(succeeded).as("the shown (newest) job was the one cancelled").containsExactly("first");
        assertThat(onFx(() -> work.runningProperty().get())).isFalse();
        work.close();
    }

    private static Task<String> waiting(String name, CountDownLatch started, CountDownLatch release) {
        return new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage(name + " at work");
                if (started != null) {
                    started.countDown();
                }
                release.await(30, TimeUnit.SECONDS);
                return name;
            }
        };
    }

    private static <T> T onFx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get(30, TimeUnit.SECONDS);
    }
}
