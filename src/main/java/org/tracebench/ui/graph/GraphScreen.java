package org.tracebench.ui.graph;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.tracebench.ui.Screen;
import org.tracebench.ui.ScreenContext;

/** The call-path graph of the selected case (issue #4). */
public final class GraphScreen implements Screen {

    private final VBox view = new VBox(8);

    public GraphScreen(ScreenContext context) {
        Label title = new Label("Graph");
        title.getStyleClass().add("screen-title");
        view.setPadding(new Insets(12));
        view.getChildren().addAll(title, new Label("The call-path graph of the selected case (issue #4)."));
    }

    @Override
    public Node view() {
        return view;
    }
}
