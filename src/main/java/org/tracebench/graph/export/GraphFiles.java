package org.tracebench.graph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes a picture to a file in the format its extension names (svg, png, graphml, dot). Writes to a
 * temporary file beside the target and moves it into place, so a failure never leaves half a file.
 */
public final class GraphFiles {

    /** The formats by extension. */
    public enum Format { SVG, PNG, GRAPHML, DOT }

    private GraphFiles() {
    }

    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "svg" -> Format.SVG;
            case "png" -> Format.PNG;
            case "graphml", "xml" -> Format.GRAPHML;
            case "dot", "gv" -> Format.DOT;
            default -> throw new IllegalArgumentException("Cannot tell the format of " + file.getFileName()
                    + ": use .svg, .png, .graphml or .dot");
        };
    }

    public static void write(GraphPicture picture, Path file) throws IOException {
        Format format = formatOf(file);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".tracebench-", ".part");
        try {
            if (format == Format.PNG) {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    new PngWriter().write(picture, out);
                }
            } else {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    switch (format) {
                        case SVG -> new SvgWriter().write(picture, out);
                        case GRAPHML -> new NetworkWriter().writeGraphMl(picture.view(), picture.placement(), out);
                        case DOT -> new NetworkWriter().writeDot(picture.view(), picture.placement(), out);
                        default -> throw new IllegalStateException(format.name());
                    }
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
