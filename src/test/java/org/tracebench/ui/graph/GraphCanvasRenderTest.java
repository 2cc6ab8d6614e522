package org.tracebench.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Large views are drawn off the FX thread: the full drawing arrives after a zoom, stale ones are dropped. */
@ExtendWith(ApplicationExtension.class)
class GraphCanvasRenderTest {

    private static final int PROVIDERS = 1_200;

    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        GraphViewModel model = new GraphViewModel();
        model.setLayout("force");
        model.load(GraphBenchmark.syntheticData(PROVIDERS, GraphBenchmark.network(PROVIDERS, 3_000, 7)), null, "Render test");
        canvas = new GraphCanvas(model);
        stage.setScene(new Scene(new StackPane(canvas), 900, 600));
        stage.show();
        canvas.applyCss();
        canvas.layout();
        // The model was loaded before the canvas listened to it: index its graph now (fits it to the window).
        canvas.refresh();
    }

    private void waitUntilShown(long generation) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas.renderer().shownGeneration() == generation);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterAZoomTheMovedBitmapStaysUntilTheFullDrawingArrives(FxRobot robot) throws Exception {
        assertThat(PROVIDERS).isGreaterThan(GraphCanvas.DIRECT_LIMIT);
        waitUntilShown(canvas.renderer().generation());
        AtomicLong generation = new AtomicLong();
        robot.interact(() -> {
            canvas.beginGesture();
            canvas.zoom(1.6, 450, 300);
            canvas.drawGestureFrame();
            canvas.redraw();
            generation.set(canvas.renderer().generation());
            // The FX thread did not draw: the scaled bitmap of the gesture is what the user sees meanwhile.
            assertThat(canvas.showingGestureBitmap()).isTrue();
            assertThat(canvas.renderer().shownGeneration()).isLessThan(generation.get());
        });
        waitUntilShown(generation.get());
        assertThat(canvas.showingGestureBitmap()).isFalse();
        double background = inkShare(robot);
        // The same camera drawn directly on the FX thread: both pictures carry about the same ink.
        robot.interact(canvas::paintNow);
        double direct = inkShare(robot);
        assertThat(direct).isGreaterThan(0.005);
        assertThat(background).isBetween(direct * 0.7, direct * 1.4);
    }

    @Test
    void aRenderOvertakenByANewerChangeIsDropped(FxRobot robot) throws Exception {
        waitUntilShown(canvas.renderer().generation());
        int droppedBefore = canvas.renderer().dropped();
        AtomicLong first = new AtomicLong();
        AtomicLong second = new AtomicLong();
        robot.interact(() -> {
            canvas.redraw();
            first.set(canvas.renderer().generation());
            canvas.zoom(2, 450, 300);
            canvas.redraw();
            second.set(canvas.renderer().generation());
        });
        waitUntilShown(second.get());
        assertThat(second.get()).isGreaterThan(first.get());
        assertThat(canvas.renderer().dropped()).isEqualTo(droppedBefore + 1);
        assertThat(canvas.renderer().shownGeneration()).isEqualTo(second.get());
    }

    /** Share of the canvas's pixels that are not white. */
    private double inkShare(FxRobot robot) {
        Image[] shot = new Image[1];
        robot.interact(() -> shot[0] = canvas.canvas().snapshot(null, null));
        PixelReader reader = shot[0].getPixelReader();
        int width = (int) shot[0].getWidth();
        int height = (int) shot[0].getHeight();
        long ink = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((reader.getArgb(x, y) & 0xFFFFFF) < 0xF0F0F0) {
                    ink++;
                }
            }
        }
        return (double) ink / ((double) width * height);
    }
}
