package org.tracebench.ui.graph;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Pen} over a Java2D image: usable on any thread, so large views are drawn off the FX thread.
 * Line caps, joins and anti-aliasing follow JavaFX's canvas defaults so both pens give the same picture.
 */
final class AwtPen implements Pen {

    private static final Font BASE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final Graphics2D g;
    private final Map<Integer, Color> colours = new HashMap<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private BasicStroke line = new BasicStroke(1, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10);
    private Path2D.Double path = new Path2D.Double();

    AwtPen(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(BASE_FONT);
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(c & 0xFFFFFF));
    }

    @Override public void clear(double width, double height) {
        g.setTransform(new AffineTransform());
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
    }

    @Override public void transform(double scale, double tx, double ty) {
        g.setTransform(new AffineTransform(scale, 0, 0, scale, tx, ty));
    }

    @Override public void identity() {
        g.setTransform(new AffineTransform());
    }

    @Override public void fill(int rgb) {
        fill = colour(rgb);
    }

    @Override public void stroke(int rgb) {
        stroke = colour(rgb);
    }

    @Override public void lineWidth(double width) {
        line = new BasicStroke((float) width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10);
    }

    @Override public void beginPath() {
        path = new Path2D.Double();
    }

    @Override public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override public void rect(double x, double y, double w, double h) {
        path.append(new java.awt.geom.Rectangle2D.Double(x, y, w, h), false);
    }

    @Override public void strokePath() {
        draw(path);
    }

    @Override public void fillPath() {
        paint(path);
    }

    @Override public void strokePolyline(double[] xs, double[] ys, int points) {
        draw(polyline(xs, ys, points, false));
    }

    @Override public void fillPolygon(double[] xs, double[] ys, int points) {
        paint(polyline(xs, ys, points, true));
    }

    @Override public void fillOval(double x, double y, double w, double h) {
        paint(new Ellipse2D.Double(x, y, w, h));
    }

    @Override public void strokeOval(double x, double y, double w, double h) {
        draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override public void font(double size) {
        g.setFont(BASE_FONT.deriveFont((float) size));
    }

    @Override public void textCentredBelow(String text, double x, double y) {
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(fill);
        g.drawString(text, (float) (x - metrics.getStringBounds(text, g).getWidth() / 2), (float) (y + metrics.getAscent()));
    }

    @Override public void textBottomRight(String text, double x, double y) {
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(fill);
        g.drawString(text, (float) (x - metrics.getStringBounds(text, g).getWidth()), (float) (y - metrics.getDescent()));
    }

    @Override public void text(String text, double x, double y) {
        g.setColor(fill);
        g.drawString(text, (float) x, (float) y);
    }

    private static Path2D.Double polyline(double[] xs, double[] ys, int points, boolean close) {
        Path2D.Double result = new Path2D.Double();
        result.moveTo(xs[0], ys[0]);
        for (int i = 1; i < points; i++) {
            result.lineTo(xs[i], ys[i]);
        }
        if (close) {
            result.closePath();
        }
        return result;
    }

    private void draw(java.awt.Shape shape) {
        g.setColor(stroke);
        g.setStroke(line);
        g.draw(shape);
    }

    private void paint(java.awt.Shape shape) {
        g.setColor(fill);
        g.fill(shape);
    }
}
