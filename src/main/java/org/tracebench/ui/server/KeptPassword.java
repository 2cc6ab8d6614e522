package org.tracebench.ui.server;

import java.util.Optional;
import org.tracebench.app.ServerPasswords;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.ServerAddress;
import org.tracebench.ui.common.UiSettings;

/**
 * The keyring side of working on a server, as the user chose in the connect dialog: the remembered server is
 * opened with the kept password, a password the server accepted is kept (or the one kept before removed when the
 * user unticked the choice), and File > Forget saved password removes it. Each call may wait on the keyring, so
 * the window makes them away from its own thread.
 */
public final class KeptPassword {

    private final UiSettings settings;
    private final ServerPasswords passwords;

    public KeptPassword(UiSettings settings, ServerPasswords passwords) {
        this.settings = settings;
        this.passwords = passwords;
    }

    /** The remembered server with its kept password, when the user chose the keyring and it holds one. */
    public Optional<DatabaseLocation> rememberedLocation() {
        if (!settings.keepsServerPassword()) {
            return Optional.empty();
        }
        return settings.rememberedServer().flatMap(server -> passwords.find(server).map(server::location));
    }

    /**
     * After {@code location} opened (so the server accepted its password): keeps that password when the user
     * chose the keyring, else removes one kept before. Says why when the keyring would not do as asked.
     */
    public Optional<String> opened(DatabaseLocation location) {
        Optional<ServerAddress> server = ServerAddress.of(location);
        if (server.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (settings.keepsServerPassword()) {
                Optional<String> password = ServerAddress.passwordOf(location);
                if (password.isPresent()) {
                    passwords.save(server.get(), password.get());
                }
            } else {
                passwords.forget(server.get());
            }
            return Optional.empty();
        } catch (ServerPasswords.KeyringException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** File > Forget saved password: the remembered server's password leaves the keyring; says what was done. */
    public String forget() {
        settings.saveKeepsServerPassword(false);
        settings.flush();
        Optional<ServerAddress> server = settings.rememberedServer();
        if (server.isEmpty()) {
            return "No server is remembered, so no password is kept.";
        }
        if (passwords.unavailable().isPresent()) {
            return "No system keyring answers here, so no password for " + server.get() + " is kept.";
        }
        try {
            passwords.forget(server.get());
            return "The password for " + server.get() + " is no longer kept in the system keyring: Tracebench asks "
                    + "for it at the next connection.";
        } catch (ServerPasswords.KeyringException e) {
            return e.getMessage();
        }
    }
}
