package org.tracebench.ui.common;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: geometry, last screen, theme, last folder. Backed by
 * java.util.prefs so each OS keeps it in its usual place; tests pass their own node.
 */
public final class UiSettings {

    private final Preferences node;

    public UiSettings(Preferences node) {
        this.node = node;
    }

    public static UiSettings forUser() {
        return new UiSettings(Preferences.userRoot().node("org/tracebench/ui"));
    }

    public double width() {
        return node.getDouble("window.width", 1200);
    }

    public double height() {
        return node.getDouble("window.height", 760);
    }

    public double x() {
        return node.getDouble("window.x", Double.NaN);
    }

    public double y() {
        return node.getDouble("window.y", Double.NaN);
    }

    public boolean maximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void saveWindow(double x, double y, double width, double height, boolean maximized) {
        node.putDouble("window.x", x);
        node.putDouble("window.y", y);
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
        node.putBoolean("window.maximized", maximized);
    }

    public ScreenId lastScreen() {
        return ScreenId.fromName(node.get("screen.last", ScreenId.CASES.name()), ScreenId.CASES);
    }

    public void saveLastScreen(ScreenId screen) {
        node.put("screen.last", screen.name());
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void saveDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** Whether the user closed the first-start welcome for good ("Don't show again"). */
    public boolean welcomeDismissed() {
        return node.getBoolean("welcome.dismissed", false);
    }

    public void saveWelcomeDismissed() {
        node.putBoolean("welcome.dismissed", true);
    }

    public String lastFolder() {
        return node.get("folder.last", System.getProperty("user.home"));
    }

    public void saveLastFolder(String folder) {
        node.put("folder.last", folder);
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience; losing them must never stop the user's work.
        }
    }
}
