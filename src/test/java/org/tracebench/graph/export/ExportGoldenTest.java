package org.tracebench.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.graph.CallData;
import org.tracebench.graph.Dossiers;
import org.tracebench.graph.GraphFilter;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.TinyNetwork;
import org.tracebench.graph.layout.LayeredLayout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Golden-file tests: the tiny network laid out left to right is exported and compared with the expected
 * files by parsed content (nodes, edges and their attributes), not by bytes. Run with
 * -Dtracebench.golden.update=true to rewrite the expected files after a deliberate change.
 */
class ExportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/org/tracebench/graph/export");

    @TempDir
    Path dir;

    private final CallData data = TinyNetwork.data();

    private GraphPicture picture() {
        return GraphDrawings.draw(data, GraphFilter.ALL, new LayeredLayout(), GraphStyle.ColourBy.RMD_STATUS, "Tiny network");
    }

    @Test
    void graphMlMatchesTheGoldenFile() throws Exception {
        StringWriter out = new StringWriter();
        GraphPicture picture = picture();
        new NetworkWriter().writeGraphMl(picture.view(), picture.placement(), out);
        String expected = golden("tiny.graphml", out.toString());
        assertThat(graphMl(out.toString())).isEqualTo(graphMl(expected));
        Map<String, Map<String, String>> content = graphMl(out.toString());
        assertThat(content.get("node p:3")).containsEntry("label", "Origin C").containsEntry("rmd_status", "NOT_FILED")
                .containsEntry("response", "SILENT");
        assertThat(content.get("edge p:1->p:2")).containsEntry("calls", "2").containsEntry("traced_call_ids", "101 102");
    }

    @Test
    void svgMatchesTheGoldenFile() throws Exception {
        StringWriter out = new StringWriter();
        new SvgWriter().write(picture(), out);
        String expected = golden("tiny.svg", out.toString());
        assertThat(svg(out.toString())).isEqualTo(svg(expected));
        Map<String, Map<String, String>> content = svg(out.toString());
        assertThat(content.get("node p:6")).containsEntry("text", "Caller X")
                .containsEntry("fill", GraphStyle.hex(GraphStyle.CUSTOMER_COLOUR));
        assertThat(content.get("edge p:6->p:1")).containsEntry("calls", "2");
        assertThat(Double.parseDouble(content.get("node p:6").get("cx")))
                .isLessThan(Double.parseDouble(content.get("node p:4").get("cx")));
    }

    @Test
    void dotNamesEveryNodeAndEdgeAndRunsLeftToRight() {
        StringWriter out = new StringWriter();
        GraphPicture picture = picture();
        new NetworkWriter().writeDot(picture.view(), picture.placement(), out);
        String dot = out.toString();
        assertThat(dot).contains("digraph").contains("rankdir=LR").contains("label=\"Gateway B\"");
        assertThat(dot.lines().filter(l -> l.contains("->")).count()).isEqualTo(picture.view().edges().size());
    }

    @Test
    void pngAndFilesByExtension() throws Exception {
        GraphPicture picture = picture();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PngWriter().write(picture, png);
        var image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(image.getWidth()).isGreaterThan(300);
        // The customer's node is drawn in its colour somewhere in the picture.
        boolean purple = false;
        for (int x = 0; x < image.getWidth() && !purple; x += 2) {
            for (int y = 0; y < image.getHeight() && !purple; y += 2) {
                purple = (image.getRGB(x, y) & 0xFFFFFF) == GraphStyle.CUSTOMER_COLOUR;
            }
        }
        assertThat(purple).isTrue();
        org.tracebench.work.TempFolder temp = org.tracebench.work.TempFolder.open(dir.resolve("tmp"));
        for (String name : List.of("g.svg", "g.png", "g.graphml", "g.dot")) {
            GraphFiles.write(picture, dir.resolve(name), temp);
            assertThat(Files.size(dir.resolve(name))).isPositive();
        }
        assertThat(Files.list(dir).filter(f -> f.getFileName().toString().endsWith(".part")).count()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GraphFiles.write(picture, dir.resolve("g.pdf"), temp))
                .hasMessageContaining(".svg, .png, .graphml or .dot");
        assertThat(Files.list(temp.directory())).as("nothing left in the private temporary folder").isEmpty();
        temp.close();
    }

    @Test
    void dossierCsvKeepsEveryFigureWithItsCalls() throws IOException {
        StringWriter out = new StringWriter();
        new DossierCsv().write(new Dossiers(data).of(TinyNetwork.C, null), out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        Map<String, List<CSVRecord>> bySection = new HashMap<>();
        rows.forEach(r -> bySection.computeIfAbsent(r.get("section"), k -> new ArrayList<>()).add(r));
        assertThat(bySection.get("provider").get(0).get("item")).isEqualTo("Origin C");
        assertThat(bySection.get("non-responses").get(0).get("count")).isEqualTo("3");
        assertThat(bySection.get("non-responses").get(0).get("traced_call_ids")).isEqualTo("103 104 105");
        assertThat(bySection.get("downstream")).extracting(r -> r.get("item"))
                .containsExactly("Gateway B", "Terminator T", "Terminator U");
        assertThat(bySection.get("case")).extracting(r -> r.get("item")).containsExactly("Case one", "Case two");
    }

    private static String golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("tracebench.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** GraphML as "node KEY" / "edge FROM->TO" mapped to attribute name -> value (key ids resolved to names). */
    private static Map<String, Map<String, String>> graphMl(String xml) throws Exception {
        Document doc = parse(xml);
        Map<String, String> keyNames = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            keyNames.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        Map<String, Map<String, String>> result = new TreeMap<>();
        for (String tag : List.of("node", "edge")) {
            NodeList elements = doc.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String id = tag.equals("node") ? "node " + element.getAttribute("id")
                        : "edge " + element.getAttribute("source") + "->" + element.getAttribute("target");
                Map<String, String> attributes = new TreeMap<>();
                NodeList data = element.getElementsByTagNameNS("*", "data");
                for (int j = 0; j < data.getLength(); j++) {
                    Element datum = (Element) data.item(j);
                    attributes.put(keyNames.get(datum.getAttribute("key")), datum.getTextContent());
                }
                result.put(id, attributes);
            }
        }
        return result;
    }

    /** SVG nodes and edges with what they show: label, colour, position, width, call count. */
    private static Map<String, Map<String, String>> svg(String xml) throws Exception {
        Document doc = parse(xml);
        Map<String, Map<String, String>> result = new TreeMap<>();
        result.put("title", Map.of("text", doc.getElementsByTagNameNS("*", "title").item(0).getTextContent()));
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!"node".equals(g.getAttribute("class"))) {
                continue;
            }
            Element circle = (Element) g.getElementsByTagNameNS("*", "circle").item(0);
            Element text = (Element) g.getElementsByTagNameNS("*", "text").item(0);
            Map<String, String> node = new TreeMap<>();
            node.put("text", text.getTextContent());
            node.put("fill", circle.getAttribute("fill"));
            node.put("cx", circle.getAttribute("cx"));
            node.put("cy", circle.getAttribute("cy"));
            node.put("r", circle.getAttribute("r"));
            result.put("node " + g.getAttribute("data-key"), node);
        }
        NodeList paths = doc.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (!"edge".equals(path.getAttribute("class"))) {
                continue;
            }
            result.put("edge " + path.getAttribute("data-from") + "->" + path.getAttribute("data-to"),
                    Map.of("calls", path.getAttribute("data-calls"), "width", path.getAttribute("stroke-width"),
                            "d", path.getAttribute("d")));
        }
        return result;
    }
}
