package org.tracebench.ui.common;

import javafx.scene.Node;

/** One screen of the main window. Screens are built once and shown again when navigated to. */
public interface Screen {

    Node view();

    /** Called each time the screen becomes visible, so it can reload what may have changed. */
    default void onShow() {
    }

    /**
     * Opens a file dropped on the main window while another screen was showing; true if this screen
     * takes such files. The Calls screen imports them.
     */
    default boolean openFile(java.nio.file.Path file) {
        return false;
    }
}
