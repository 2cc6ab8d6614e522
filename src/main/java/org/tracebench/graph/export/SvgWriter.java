package org.tracebench.graph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.ViewGraph;
import org.tracebench.graph.layout.Placement;

/**
 * Writes a picture as SVG: an exhibit that scales for letters and court filings. Each node is a group
 * with its circle, label and a tooltip title; each edge a path with an arrow head and its call count,
 * so the file can be read back (tests parse it) and searched.
 */
public final class SvgWriter {

    public void write(GraphPicture picture, Writer out) throws IOException {
        double[] frame = picture.frame();
        ViewGraph view = picture.view();
        Placement p = picture.placement();
        GraphStyle style = picture.style();
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.1f %.1f %.1f %.1f\" width=\"%.0f\" height=\"%.0f\""
                        + " font-family=\"Helvetica, Arial, sans-serif\">\n",
                frame[0], frame[1], frame[2], frame[3], frame[2], frame[3]));
        svg.append("<title>").append(escape(picture.title())).append("</title>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" "
                + "markerWidth=\"12\" markerHeight=\"12\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"")
                .append(GraphStyle.hex(GraphStyle.EDGE_COLOUR)).append("\"/></marker></defs>\n");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"white\"/>\n",
                frame[0], frame[1], frame[2], frame[3]));
        svg.append(String.format(Locale.ROOT, "<text class=\"caption\" x=\"%.1f\" y=\"%.1f\" font-size=\"16\" font-weight=\"bold\">%s</text>\n",
                frame[0] + 10, frame[1] + 22, escape(picture.title())));
        svg.append("<g class=\"edges\">\n");
        for (int e = 0; e < view.edges().size(); e++) {
            ViewGraph.Edge edge = view.edges().get(e);
            double[] line = EdgeGeometry.polyline(picture, e);
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < line.length; i += 2) {
                d.append(i == 0 ? "M " : " L ").append(num(line[i])).append(' ').append(num(line[i + 1]));
            }
            boolean lit = picture.highlightedEdges().contains(e);
            svg.append("<path class=\"edge\" data-from=\"").append(escape(view.node(edge.from()).key()))
                    .append("\" data-to=\"").append(escape(view.node(edge.to()).key()))
                    .append("\" data-calls=\"").append(edge.calls()).append("\" d=\"").append(d)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(GraphStyle.hex(lit ? GraphStyle.HIGHLIGHT_COLOUR : GraphStyle.EDGE_COLOUR))
                    .append("\" stroke-width=\"").append(num(style.width(edge))).append("\" marker-end=\"url(#arrow)\">")
                    .append("<title>").append(escape(view.node(edge.from()).label())).append(" handed ")
                    .append(edge.calls()).append(edge.calls() == 1 ? " traced call" : " traced calls").append(" to ")
                    .append(escape(view.node(edge.to()).label())).append("</title></path>\n");
        }
        svg.append("</g>\n<g class=\"nodes\">\n");
        for (int v = 0; v < view.size(); v++) {
            ViewGraph.Node node = view.node(v);
            if (!p.placed(v)) {
                continue;
            }
            double r = style.radius(node);
            boolean ring = picture.selectedNodes().contains(v) || picture.highlightedNodes().contains(v);
            svg.append("<g class=\"node\" data-key=\"").append(escape(node.key())).append("\">");
            svg.append("<title>").append(escape(node.label())).append(" — ").append(node.traffic())
                    .append(node.traffic() == 1 ? " traced call" : " traced calls").append("</title>");
            svg.append("<circle cx=\"").append(num(p.x(v))).append("\" cy=\"").append(num(p.y(v)))
                    .append("\" r=\"").append(num(r)).append("\" fill=\"").append(GraphStyle.hex(style.colour(node)))
                    .append("\" stroke=\"").append(ring ? GraphStyle.hex(picture.selectedNodes().contains(v)
                            ? GraphStyle.SELECTION_COLOUR : GraphStyle.HIGHLIGHT_COLOUR) : "#ffffff")
                    .append("\" stroke-width=\"").append(ring ? "3" : "1.5").append("\"/>");
            svg.append("<text x=\"").append(num(p.x(v))).append("\" y=\"").append(num(p.y(v) + r + 14))
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#212529\">")
                    .append(escape(GraphPicture.shortLabel(node.label()))).append("</text>");
            svg.append("</g>\n");
        }
        svg.append("</g>\n<g class=\"legend\">\n");
        double y = frame[1] + frame[3] - 16;
        double x = frame[0] + 10;
        for (Map.Entry<String, Integer> entry : style.legend()) {
            svg.append("<circle cx=\"").append(num(x + 5)).append("\" cy=\"").append(num(y - 4))
                    .append("\" r=\"5\" fill=\"").append(GraphStyle.hex(entry.getValue())).append("\"/>");
            svg.append("<text x=\"").append(num(x + 14)).append("\" y=\"").append(num(y))
                    .append("\" font-size=\"11\">").append(escape(entry.getKey())).append("</text>\n");
            x += 30 + entry.getKey().length() * 6.6;
        }
        svg.append("</g>\n</svg>\n");
        out.write(svg.toString());
        out.flush();
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
