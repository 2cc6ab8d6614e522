package org.tracebench.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tracebench.work.StagedFile;
import org.tracebench.work.TempFolder;

/**
 * Writes a picture to a file in the format its extension names (svg, png, graphml, dot), through a staged
 * file of the private temporary folder, so a failure never leaves half a file.
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

    /**
     * Writes the picture through a staged file of the session's private temporary folder, moved to {@code file}
     * once whole: a failure or a kill never leaves half a picture at or beside the target.
     */
    public static void write(GraphPicture picture, Path file, TempFolder temp) throws IOException {
        Format format = formatOf(file);
        Files.createDirectories(file.toAbsolutePath().getParent());
        StagedFile.write(temp, file, out -> {
            if (format == Format.PNG) {
                new PngWriter().write(picture, out);
                return;
            }
            try (Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                switch (format) {
                    case SVG -> new SvgWriter().write(picture, text);
                    case GRAPHML -> new NetworkWriter().writeGraphMl(picture.view(), picture.placement(), text);
                    case DOT -> new NetworkWriter().writeDot(picture.view(), picture.placement(), text);
                    default -> throw new IllegalStateException(format.name());
                }
            }
        });
    }
}
