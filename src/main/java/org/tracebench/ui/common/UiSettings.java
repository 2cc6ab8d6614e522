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

    /** Seconds between two looks at what others saved (0: never); 5 unless the user chose otherwise. */
    public int livePollSeconds() {
        return Math.max(0, node.getInt("live.poll.seconds", 5));
    }

    public void saveLivePollSeconds(int seconds) {
        node.putInt("live.poll.seconds", Math.max(0, seconds));
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

    /** The server last connected to, without its password (which is never stored). */
    public java.util.Optional<org.tracebench.store.ServerAddress> rememberedServer() {
        String host = node.get("server.host", "");
        if (host.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new org.tracebench.store.ServerAddress(host,
                    node.getInt("server.port", org.tracebench.store.ServerAddress.DEFAULT_PORT),
                    node.get("server.database", ""), node.get("server.user", ""), node.getBoolean("server.tls", true)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public void rememberServer(org.tracebench.store.ServerAddress server) {
        node.put("server.host", server.host());
        node.putInt("server.port", server.port());
        node.put("server.database", server.database());
        node.put("server.user", server.user());
        node.putBoolean("server.tls", server.tls());
    }

    /** Whether the user chose to keep the server password in the system keyring (never in these settings). */
    public boolean keepsServerPassword() {
        return node.getBoolean("server.keyring", false);
    }

    public void saveKeepsServerPassword(boolean keep) {
        node.putBoolean("server.keyring", keep);
    }

    /** Whether the window last worked on the server, so the next start offers it again. */
    public boolean startsOnServer() {
        return node.getBoolean("server.atStart", false);
    }

    public void saveStartsOnServer(boolean onServer) {
        node.putBoolean("server.atStart", onServer);
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience; losing them must never stop the user's work.
        }
    }
}
