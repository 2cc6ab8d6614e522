package org.tracebench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads the FXML file that sits beside a controller class, with that controller instance. */
public final class Fxml {

    private Fxml() {
    }

    public static <T extends Parent> T load(Object controller, String fileName) {
        URL url = controller.getClass().getResource(fileName);
        if (url == null) {
            throw new IllegalStateException("missing FXML " + fileName + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
