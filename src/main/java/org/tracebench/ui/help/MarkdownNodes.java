package org.tracebench.ui.help;

import java.io.InputStream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;

import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns one guide page (CommonMark) into JavaFX nodes: headings, paragraphs, numbered and bulleted lists,
 * code, quotes, pictures and links. Only what the guide uses is drawn; anything else shows as its text, so
 * a page never fails to open. Pictures and links are resolved by the caller, who knows where the page lives.
 */
final class MarkdownNodes {

    /** Where a page's pictures come from and what a click on a link does. */
    interface Resolver {
        InputStream image(String destination);

        void follow(String destination);
    }

    private static final double MAX_IMAGE_WIDTH = 960;

    private final Resolver resolver;

    MarkdownNodes(Resolver resolver) {
        this.resolver = resolver;
    }

    VBox render(String markdown) {
        VBox page = new VBox(10);
        page.getStyleClass().add("guide-page");
        page.setPadding(new Insets(16, 24, 24, 24));
        blocks(Parser.builder().build().parse(markdown), page::getChildren);
        return page;
    }

    private interface Children {
        javafx.collections.ObservableList<Node> get();
    }

    private void blocks(org.commonmark.node.Node parent, Children into) {
        for (org.commonmark.node.Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            Node node = block(block);
            if (node != null) {
                into.get().add(node);
            }
        }
    }

    private Node block(org.commonmark.node.Node block) {
        if (block instanceof Heading heading) {
            TextFlow flow = inlines(heading);
            flow.getStyleClass().addAll("guide-heading", "guide-h" + heading.getLevel());
            flow.getChildren().forEach(child -> child.getStyleClass().add("guide-h" + heading.getLevel()));
            return flow;
        }
        if (block instanceof Paragraph paragraph) {
            return inlines(paragraph);
        }
        if (block instanceof ListBlock list) {
            return list(list);
        }
        if (block instanceof FencedCodeBlock code) {
            return code(code.getLiteral());
        }
        if (block instanceof IndentedCodeBlock code) {
            return code(code.getLiteral());
        }
        if (block instanceof BlockQuote quote) {
            VBox box = new VBox(6);
            box.getStyleClass().add("guide-quote");
            box.setPadding(new Insets(4, 0, 4, 12));
            blocks(quote, box::getChildren);
            return box;
        }
        if (block instanceof ThematicBreak) {
            return new Separator();
        }
        // An HTML block or a table: its plain text is better than nothing.
        return new TextFlow(new Text(plainText(block)));
    }

    private Node list(ListBlock list) {
        VBox box = new VBox(6);
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? number++ + "." : "•");
            marker.getStyleClass().add("guide-marker");
            marker.setMinWidth(26);
            VBox body = new VBox(6);
            blocks(item, body::getChildren);
            HBox row = new HBox(4, marker, body);
            box.getChildren().add(row);
        }
        return box;
    }

    private static Node code(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.getStyleClass().add("guide-code-block");
        code.setPadding(new Insets(6, 10, 6, 10));
        code.setWrapText(true);
        return code;
    }

    private TextFlow inlines(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("guide-text");
        inlines(parent, flow, "");
        return flow;
    }

    private void inlines(org.commonmark.node.Node parent, TextFlow flow, String style) {
        for (org.commonmark.node.Node inline = parent.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof org.commonmark.node.Text text) {
                flow.getChildren().add(styled(new Text(text.getLiteral()), style));
            } else if (inline instanceof Code code) {
                flow.getChildren().add(styled(new Text(code.getLiteral()), style + " guide-code"));
            } else if (inline instanceof Emphasis) {
                inlines(inline, flow, style + " guide-em");
            } else if (inline instanceof StrongEmphasis) {
                inlines(inline, flow, style + " guide-strong");
            } else if (inline instanceof SoftLineBreak) {
                flow.getChildren().add(new Text(" "));
            } else if (inline instanceof HardLineBreak) {
                flow.getChildren().add(new Text("\n"));
            } else if (inline instanceof Link link) {
                Hyperlink hyperlink = new Hyperlink(plainText(link));
                hyperlink.getStyleClass().add("guide-link");
                hyperlink.setPadding(Insets.EMPTY);
                String destination = link.getDestination();
                hyperlink.setOnAction(event -> resolver.follow(destination));
                flow.getChildren().add(hyperlink);
            } else if (inline instanceof Image image) {
                flow.getChildren().add(picture(image));
            } else {
                flow.getChildren().add(styled(new Text(plainText(inline)), style));
            }
        }
    }

    private Node picture(Image image) {
        String alt = plainText(image);
        try (InputStream in = resolver.image(image.getDestination())) {
            if (in != null) {
                javafx.scene.image.Image loaded = new javafx.scene.image.Image(in);
                if (!loaded.isError()) {
                    ImageView view = new ImageView(loaded);
                    view.setPreserveRatio(true);
                    view.setFitWidth(Math.min(loaded.getWidth(), MAX_IMAGE_WIDTH));
                    view.setAccessibleText(alt);
                    // A picture sits on a line of its own, framed, whatever the paragraph around it holds.
                    Pane frame = new VBox(view);
                    frame.getStyleClass().add("guide-picture");
                    frame.setPadding(new Insets(4));
                    return frame;
                }
            }
        } catch (java.io.IOException e) {
            // A picture that cannot be read shows as its description below.
        }
        return styled(new Text("[picture: " + alt + "]"), "guide-em");
    }

    private static Text styled(Text text, String style) {
        for (String name : style.trim().split(" +")) {
            if (!name.isEmpty()) {
                text.getStyleClass().add(name);
            }
        }
        text.getStyleClass().add("guide-run");
        return text;
    }

    static String plainText(org.commonmark.node.Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.HtmlBlock html) {
                out.append(html.getLiteral());
            }
        });
        return out.toString();
    }
}
