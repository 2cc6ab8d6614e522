package org.tracebench.graph.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.ViewGraph;
import org.tracebench.graph.layout.Placement;

/**
 * Draws a picture into a PNG with Java2D (no JavaFX needed, so the batch command can do it). The scale
 * keeps the longer side within {@code maxSide} pixels and never enlarges beyond 2x.
 */
public final class PngWriter {

    private final int maxSide;

    public PngWriter() {
        this(4000);
    }

    public PngWriter(int maxSide) {
        this.maxSide = maxSide;
    }

    public BufferedImage render(GraphPicture picture) {
        double[] frame = picture.frame();
        double scale = Math.min(2.0, maxSide / Math.max(frame[2], frame[3]));
        int width = Math.max(1, (int) Math.ceil(frame[2] * scale));
        int height = Math.max(1, (int) Math.ceil(frame[3] * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.transform(AffineTransform.getScaleInstance(scale, scale));
            g.translate(-frame[0], -frame[1]);
            draw(g, picture, frame);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(GraphPicture picture, OutputStream out) throws IOException {
        ImageIO.write(render(picture), "png", out);
    }

    private static void draw(Graphics2D g, GraphPicture picture, double[] frame) {
        ViewGraph view = picture.view();
        Placement p = picture.placement();
        GraphStyle style = picture.style();
        g.setColor(new Color(0x212529));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(picture.title() == null ? "" : picture.title(), (float) (frame[0] + 10), (float) (frame[1] + 22));
        for (int e = 0; e < view.edges().size(); e++) {
            ViewGraph.Edge edge = view.edges().get(e);
            double[] line = EdgeGeometry.polyline(picture, e);
            Path2D path = new Path2D.Double();
            path.moveTo(line[0], line[1]);
            for (int i = 2; i < line.length; i += 2) {
                path.lineTo(line[i], line[i + 1]);
            }
            boolean lit = picture.highlightedEdges().contains(e);
            Color colour = new Color(lit ? GraphStyle.HIGHLIGHT_COLOUR : GraphStyle.EDGE_COLOUR);
            g.setColor(colour);
            g.setStroke(new BasicStroke((float) style.width(edge)));
            g.draw(path);
            arrowHead(g, line, 6 + style.width(edge));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int v = 0; v < view.size(); v++) {
            if (!p.placed(v)) {
                continue;
            }
            ViewGraph.Node node = view.node(v);
            double r = style.radius(node);
            Ellipse2D circle = new Ellipse2D.Double(p.x(v) - r, p.y(v) - r, 2 * r, 2 * r);
            g.setColor(new Color(style.colour(node)));
            g.fill(circle);
            boolean selected = picture.selectedNodes().contains(v);
            boolean lit = picture.highlightedNodes().contains(v);
            g.setColor(selected ? new Color(GraphStyle.SELECTION_COLOUR) : lit ? new Color(GraphStyle.HIGHLIGHT_COLOUR) : Color.WHITE);
            g.setStroke(new BasicStroke(selected || lit ? 3f : 1.5f));
            g.draw(circle);
            g.setColor(new Color(0x212529));
            String label = GraphPicture.shortLabel(node.label());
            g.drawString(label, (float) (p.x(v) - g.getFontMetrics().stringWidth(label) / 2.0), (float) (p.y(v) + r + 14));
        }
        double x = frame[0] + 10;
        double y = frame[1] + frame[3] - 16;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (Map.Entry<String, Integer> entry : style.legend()) {
            g.setColor(new Color(entry.getValue()));
            g.fill(new Ellipse2D.Double(x, y - 9, 10, 10));
            g.setColor(new Color(0x212529));
            g.drawString(entry.getKey(), (float) (x + 14), (float) y);
            x += 30 + entry.getKey().length() * 6.6;
        }
    }

    private static void arrowHead(Graphics2D g, double[] line, double size) {
        int n = line.length;
        double tipX = line[n - 2];
        double tipY = line[n - 1];
        double angle = Math.atan2(tipY - line[n - 3], tipX - line[n - 4]);
        Path2D head = new Path2D.Double();
        head.moveTo(tipX, tipY);
        head.lineTo(tipX - size * Math.cos(angle - 0.4), tipY - size * Math.sin(angle - 0.4));
        head.lineTo(tipX - size * Math.cos(angle + 0.4), tipY - size * Math.sin(angle + 0.4));
        head.closePath();
        g.fill(head);
    }
}
