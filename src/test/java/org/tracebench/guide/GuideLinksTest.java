package org.tracebench.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every link and picture of the guide leads somewhere the bundled guide holds: a page under docs/ (the jar
 * carries docs/*.md and docs/guide/**) or a picture under docs/guide/images. Web addresses are not fetched.
 */
class GuideLinksTest {

    private static final Path DOCS = Path.of("docs").toAbsolutePath().normalize();
    private static final Path GUIDE = DOCS.resolve("guide");

    @Test
    void everyPageAndPictureTheGuideNamesIsBundled() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(GUIDE)) {
            pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(pages).extracting(p -> p.getFileName().toString())
                .contains("index.md", "paralegal.md", "investigator.md", "attorney.md", "administrator.md");
        List<String> broken = new ArrayList<>();
        int pictures = 0;
        for (Path page : pages) {
            for (String[] target : targets(Files.readString(page))) {
                String destination = target[1];
                if (destination.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || destination.startsWith("#")) {
                    continue;
                }
                String path = destination.contains("#") ? destination.substring(0, destination.indexOf('#')) : destination;
                Path resolved = page.getParent().resolve(path).normalize();
                boolean bundled = target[0].equals("image")
                        ? resolved.startsWith(GUIDE.resolve("images")) && resolved.toString().endsWith(".png")
                        : resolved.startsWith(GUIDE) || resolved.getParent().equals(DOCS) && resolved.toString().endsWith(".md");
                if (!bundled || !Files.isRegularFile(resolved)) {
                    broken.add(page.getFileName() + " -> " + destination);
                }
                pictures += target[0].equals("image") ? 1 : 0;
            }
        }
        assertThat(broken).isEmpty();
        assertThat(pictures).isGreaterThanOrEqualTo(10);
    }

    private static List<String[]> targets(String markdown) {
        List<String[]> found = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(new String[] {"link", link.getDestination()});
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(new String[] {"image", image.getDestination()});
            }
        });
        return found;
    }
}
