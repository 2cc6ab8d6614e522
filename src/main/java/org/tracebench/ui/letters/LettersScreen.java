package org.tracebench.ui.letters;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.tracebench.ui.Screen;
import org.tracebench.ui.ScreenContext;

/** Notice letters assembled from the selected case (issue #5). */
public final class LettersScreen implements Screen {

    private final VBox view = new VBox(8);

    public LettersScreen(ScreenContext context) {
        Label title = new Label("Letters");
        title.getStyleClass().add("screen-title");
        view.setPadding(new Insets(12));
        view.getChildren().addAll(title, new Label("Notice letters assembled from the selected case (issue #5)."));
    }

    @Override
    public Node view() {
        return view;
    }
}
