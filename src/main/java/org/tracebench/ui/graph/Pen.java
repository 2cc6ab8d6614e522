package org.tracebench.ui.graph;

/**
 * The drawing operations the graph painter needs, so that one painter draws both on the JavaFX canvas
 * (small views, on the FX thread) and into a Java2D image (large views, on the canvas's render thread).
 * Colours are 0xRRGGBB; coordinates are world units after {@link #transform}.
 */
interface Pen {

    /** Resets the transform and fills the whole area white. */
    void clear(double width, double height);

    /** World to screen: screen = world * scale + offset. */
    void transform(double scale, double tx, double ty);

    /** Back to screen pixels. */
    void identity();

    void fill(int rgb);

    void stroke(int rgb);

    void lineWidth(double width);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void rect(double x, double y, double w, double h);

    void strokePath();

    void fillPath();

    void strokePolyline(double[] xs, double[] ys, int points);

    void fillPolygon(double[] xs, double[] ys, int points);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void font(double size);

    /** Text centred on x with its top at y. */
    void textCentredBelow(String text, double x, double y);

    /** Text ending at x with its bottom at y. */
    void textBottomRight(String text, double x, double y);

    /** Text starting at x on the baseline y. */
    void text(String text, double x, double y);
}
