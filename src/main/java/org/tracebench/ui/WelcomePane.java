package org.tracebench.ui;

import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import org.tracebench.ui.common.Fxml;

/**
 * The first-start note above the screens: what the sample cases are, how a real case starts, how the samples
 * go away. The window decides when it shows; this class only lays it out and hands its buttons on.
 */
public final class WelcomePane {

    /** What the note's buttons ask the window to do. */
    public interface Actions {
        void newCase();

        void openGuide();

        void removeSamples();

        void dismiss();
    }

    private final Actions actions;
    private final VBox view;

    public WelcomePane(Actions actions) {
        this.actions = actions;
        this.view = Fxml.load(this, "WelcomePane.fxml");
    }

    public VBox view() {
        return view;
    }

    @FXML
    private void newCase() {
        actions.newCase();
    }

    @FXML
    private void openGuide() {
        actions.openGuide();
    }

    @FXML
    private void removeSamples() {
        actions.removeSamples();
    }

    @FXML
    private void dismiss() {
        actions.dismiss();
    }
}
