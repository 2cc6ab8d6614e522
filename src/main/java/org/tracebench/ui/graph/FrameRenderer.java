package org.tracebench.ui.graph;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws full-detail frames of a large graph off the FX thread, one at a time on its own daemon thread,
 * with Java2D into an image, and hands each finished image to the FX thread. Every request takes a new
 * generation number; a frame whose generation is no longer the newest (a newer gesture or change came
 * in) is dropped before drawing or before being shown. The FX thread's share is copying the finished
 * pixels onto the canvas.
 */
final class FrameRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(FrameRenderer.class);

    /** A finished frame, ready to be drawn on the canvas. */
    record Rendered(long generation, WritableImage image, int omittedEdges) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile long shown;
    private volatile long lastSwapNanos;
    private ExecutorService executor;

    /** Starts a new generation: any frame of an older one still on its way will be dropped. */
    long next() {
        return generation.incrementAndGet();
    }

    long generation() {
        return generation.get();
    }

    /** Records that the frame of this generation is on screen (drawn directly or swapped in). */
    void shown(long newGeneration) {
        shown = newGeneration;
    }

    /** The generation of the frame on screen. */
    long shownGeneration() {
        return shown;
    }

    /** How many frames were dropped as stale. */
    int dropped() {
        return dropped.get();
    }

    /** FX-thread time of the last swap (the only part of a background frame that blocks the UI). */
    long lastSwapNanos() {
        return lastSwapNanos;
    }

    /**
     * Draws the frame in the background and, if it is still the newest when done, passes it to
     * {@code show} on the FX thread; if drawing fails, runs {@code fallback} there instead.
     */
    void render(FramePainter.Frame frame, Consumer<Rendered> show, Runnable fallback) {
        executor().execute(() -> {
            if (stale(frame)) {
                return;
            }
            Rendered rendered;
            try {
                rendered = draw(frame);
            } catch (RuntimeException e) {
                LOG.warn("Background drawing of the graph failed; drawing on the FX thread", e);
                Platform.runLater(() -> {
                    if (!stale(frame)) {
                        fallback.run();
                        shown = frame.generation();
                    }
                });
                return;
            }
            Platform.runLater(() -> {
                if (stale(frame)) {
                    return;
                }
                long start = System.nanoTime();
                show.accept(rendered);
                shown = frame.generation();
                lastSwapNanos = System.nanoTime() - start;
            });
        });
    }

    private boolean stale(FramePainter.Frame frame) {
        if (frame.generation() != generation.get()) {
            dropped.incrementAndGet();
            return true;
        }
        return false;
    }

    private static Rendered draw(FramePainter.Frame frame) {
        int width = Math.max(1, (int) Math.ceil(frame.width()));
        int height = Math.max(1, (int) Math.ceil(frame.height()));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        int omitted;
        try {
            omitted = FramePainter.paint(frame, new AwtPen(g));
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        // An image not yet shown may be filled on any thread; the FX thread then only draws it.
        WritableImage result = new WritableImage(width, height);
        result.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return new Rendered(frame.generation(), result, omitted);
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "graph-frame-renderer");
                thread.setDaemon(true);
                return thread;
            });
        }
        return executor;
    }
}
