package org.tracebench.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > User guide: the Markdown guide bundled in the jar under /docs/guide/, shown page by page in a window
 * of its own, with links between pages and Back. Nothing is fetched from the network; a link to the web is
 * copied for the user's browser instead (see docs/decisions/0604).
 */
public final class GuideWindow {

    /** Where the guide lives on the class path. */
    public static final String INDEX = "/docs/guide/index.md";

    private final Stage stage = new Stage();
    private final ScrollPane scroll = new ScrollPane();
    private final Label status = new Label();
    private final Button back = new Button("Back");
    private final Deque<String> history = new ArrayDeque<>();
    private String current;

    public GuideWindow(Window owner) {
        stage.initOwner(owner);
        stage.setTitle("Tracebench user guide");
        back.setId("guide-back");
        back.setOnAction(event -> goBack());
        back.setDisable(true);
        Button contents = new Button("Contents");
        contents.setId("guide-contents");
        contents.setOnAction(event -> open(INDEX));
        status.setId("guide-status");
        status.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, back, contents, gap, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        scroll.setId("guide-scroll");
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, bar, null, null, null);
        Scene scene = new Scene(root, 1040, 760);
        scene.getStylesheets().add(GuideWindow.class.getResource("guide.css").toExternalForm());
        stage.setScene(scene);
    }

    /** Shows the window on the guide's contents page, or brings it to the front where the user left it. */
    public void show() {
        if (current == null) {
            show(INDEX);
        }
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** The class-path name of the page in view. */
    public String currentPage() {
        return current;
    }

    /** Opens a page by its class-path name, remembering the one in view for Back. */
    public void open(String page) {
        if (page.equals(current)) {
            return;
        }
        if (current != null) {
            history.push(current);
        }
        show(page);
    }

    private void goBack() {
        if (!history.isEmpty()) {
            show(history.pop());
        }
    }

    private void show(String page) {
        String markdown = read(page);
        MarkdownNodes nodes = new MarkdownNodes(new MarkdownNodes.Resolver() {
            @Override
            public InputStream image(String destination) {
                return GuideWindow.class.getResourceAsStream(resolve(page, destination));
            }

            @Override
            public void follow(String destination) {
                followLink(page, destination);
            }
        });
        scroll.setContent(nodes.render(markdown));
        scroll.setVvalue(0);
        current = page;
        back.setDisable(history.isEmpty());
        status.setText("");
    }

    private void followLink(String page, String destination) {
        if (destination.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            ClipboardContent content = new ClipboardContent();
            content.putString(destination);
            Clipboard.getSystemClipboard().setContent(content);
            status.setText("Web address copied; paste it into your browser: " + destination);
            return;
        }
        String target = resolve(page, destination);
        if (target.isEmpty() || target.equals(page)) {
            return;
        }
        if (target.endsWith(".md") && GuideWindow.class.getResource(target) != null) {
            open(target);
        } else {
            status.setText("Not part of the bundled guide: " + destination);
        }
    }

    /** A link or picture of a page as a class-path name, its #anchor dropped. */
    static String resolve(String page, String destination) {
        String path = destination.contains("#") ? destination.substring(0, destination.indexOf('#')) : destination;
        if (path.isEmpty()) {
            return page;
        }
        return URI.create(page).resolve(path.replace(" ", "%20")).normalize().getPath();
    }

    private static String read(String page) {
        try (InputStream in = GuideWindow.class.getResourceAsStream(page)) {
            if (in == null) {
                return "# Page missing\n\nThe page " + page + " is not in this build of Tracebench.";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
