package org.tracebench.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;

/** The workbench's screens, in navigation order, with their icons and shortcuts (Ctrl+1 to Ctrl+5). */
public enum ScreenId {
    CASES("Cases", Feather.BRIEFCASE, KeyCode.DIGIT1),
    CALLS("Calls", Feather.PHONE_CALL, KeyCode.DIGIT2),
    GRAPH("Graph", Feather.SHARE_2, KeyCode.DIGIT3),
    LETTERS("Letters", Feather.FILE_TEXT, KeyCode.DIGIT4),
    PROVIDERS("Providers", Feather.SERVER, KeyCode.DIGIT5);

    private final String title;
    private final Feather icon;
    private final KeyCode key;

    ScreenId(String title, Feather icon, KeyCode key) {
        this.title = title;
        this.icon = icon;
        this.key = key;
    }

    public String title() {
        return title;
    }

    public Feather icon() {
        return icon;
    }

    public KeyCombination accelerator() {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    public static ScreenId fromName(String name, ScreenId fallback) {
        for (ScreenId id : values()) {
            if (id.name().equals(name)) {
                return id;
            }
        }
        return fallback;
    }
}
