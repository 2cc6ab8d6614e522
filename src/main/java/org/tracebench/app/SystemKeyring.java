package org.tracebench.app;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebench.store.ServerAddress;

/**
 * The operating system's keyring through java-keyring (decision 0714): the Secret Service on Linux (GNOME
 * Keyring, KWallet) over D-Bus, the Keychain on macOS, the Credential Manager on Windows. Found once, on first
 * use; a machine without one (no session bus, no Secret Service) is told apart from a keyring that refuses one
 * request, and neither ever makes us write the password anywhere else.
 */
public final class SystemKeyring implements ServerPasswords {

    /** The name the password is filed under in the keyring, beside the account (user@host:port/database). */
    static final String SERVICE = "Tracebench PostgreSQL server";
    private static final Logger LOG = LoggerFactory.getLogger(SystemKeyring.class);

    private Keyring keyring;
    private String unavailable;

    @Override
    public synchronized Optional<String> unavailable() {
        connect();
        return Optional.ofNullable(unavailable);
    }

    @Override
    public synchronized Optional<String> find(ServerAddress server) {
        if (connect() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(server))).filter(p -> !p.isEmpty());
        } catch (PasswordAccessException e) {
            // java-keyring says "nothing kept" this way too.
            return Optional.empty();
        } catch (RuntimeException e) {
            // A locked keyring whose unlock prompt was dismissed ends in the library as a bare runtime failure.
            LOG.warn("The system keyring did not answer a look-up: {}", e.getClass().getName());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(ServerAddress server, String password) {
        if (connect() == null) {
            throw new KeyringException(unavailable, null);
        }
        try {
            keyring.setPassword(SERVICE, account(server), password);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new KeyringException("The system keyring did not keep the password (is it locked?); "
                    + "Tracebench will ask for it next time", e);
        }
    }

    @Override
    public synchronized void forget(ServerAddress server) {
        if (connect() == null) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, account(server));
        } catch (PasswordAccessException e) {
            // Nothing was kept for this server: already forgotten.
        } catch (RuntimeException e) {
            throw new KeyringException("The system keyring did not remove the password (is it locked?)", e);
        }
    }

    /** The keyring entry's account: who signs in where (TLS on or off is the same password). */
    static String account(ServerAddress server) {
        return server.user() + "@" + server.host() + ":" + server.port() + "/" + server.database();
    }

    private Keyring connect() {
        if (keyring == null && unavailable == null) {
            try {
                keyring = Keyring.create();
            } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
                unavailable = "No system keyring answered (on Linux: no Secret Service, such as GNOME Keyring or "
                        + "KWallet, on the desktop session's bus), so the password is asked each time.";
                LOG.info("No system keyring: {}", e.getClass().getName());
            }
        }
        return keyring;
    }
}
