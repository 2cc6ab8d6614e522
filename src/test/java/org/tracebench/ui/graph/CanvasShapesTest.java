package org.tracebench.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanvasShapesTest {

    @Test
    void labelsOnOneRowShareTheGapBetweenTheirNodes() {
        // Three nodes in a row 100 world units apart, one far below: at scale 1 the row's labels may take
        // (100 - 8) / 7 = 13 characters; the lone node keeps the full length.
        double[] xs = {0, 100, 200, 100};
        double[] ys = {0, 2, 0, 500};
        assertThat(CanvasShapes.labelChars(xs, ys, 1.0, 23)).containsExactly(13, 13, 13, 23);
        // Zoomed in twice as far, the same row has twice the room, up to the maximum.
        assertThat(CanvasShapes.labelChars(xs, ys, 2.0, 23)).containsExactly(23, 23, 23, 23);
        // Zoomed far out, labels shrink to a few characters rather than overlap.
        assertThat(CanvasShapes.labelChars(xs, ys, 0.2, 23)).containsExactly(4, 4, 4, 23);
    }

    @Test
    void fittedShortensWithAnEllipsis() {
        assertThat(CanvasShapes.fitted("Sample Transit Networks", 10)).isEqualTo("Sample Tr\u2026");
        assertThat(CanvasShapes.fitted("SAGA", 10)).isEqualTo("SAGA");
    }
}
