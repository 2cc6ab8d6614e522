package org.tracebench.ui.graph;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A {@link Pen} over a JavaFX canvas: FX thread only. */
final class FxPen implements Pen {

    private final GraphicsContext g;
    private final Map<Integer, Color> colours = new HashMap<>();

    FxPen(GraphicsContext g) {
        this.g = g;
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    @Override public void clear(double width, double height) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    @Override public void transform(double scale, double tx, double ty) {
        g.setTransform(scale, 0, 0, scale, tx, ty);
    }

    @Override public void identity() {
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    @Override public void fill(int rgb) {
        g.setFill(colour(rgb));
    }

    @Override public void stroke(int rgb) {
        g.setStroke(colour(rgb));
    }

    @Override public void lineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override public void beginPath() {
        g.beginPath();
    }

    @Override public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override public void rect(double x, double y, double w, double h) {
        g.rect(x, y, w, h);
    }

    @Override public void strokePath() {
        g.stroke();
    }

    @Override public void fillPath() {
        g.fill();
    }

    @Override public void strokePolyline(double[] xs, double[] ys, int points) {
        g.strokePolyline(xs, ys, points);
    }

    @Override public void fillPolygon(double[] xs, double[] ys, int points) {
        g.fillPolygon(xs, ys, points);
    }

    @Override public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override public void font(double size) {
        g.setFont(Font.font(size));
    }

    @Override public void textCentredBelow(String text, double x, double y) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, x, y);
    }

    @Override public void textBottomRight(String text, double x, double y) {
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, x, y);
    }

    @Override public void text(String text, double x, double y) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(text, x, y);
    }
}
