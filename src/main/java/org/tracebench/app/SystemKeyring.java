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
 * Keyring, KWallet) over D-Bus, the Keychain on macOS, the Credential Manager on Windows. A machine without one
 * (no session bus, no Secret Service) is told apart from a keyring that refuses one request, and neither ever
 * makes us write the password anywhere else.
 */
public final class SystemKeyring implements ServerPasswords {

    /** The name the password is filed under in the keyring, beside the account (user@host:port/database). */
    static final String SERVICE = "Tracebench PostgreSQL server";
    private static final String NONE = "No system keyring answered (on Linux: no Secret Service, such as GNOME "
            + "Keyring or KWallet, on the desktop session's bus), so the password is asked each time.";
    private static final Logger LOG = LoggerFactory.getLogger(SystemKeyring.class);

    /** One request on a keyring of its own, closed after it. */
    private interface Request<T> {
        T on(Keyring keyring) throws PasswordAccessException;
    }

    @Override
    public synchronized Optional<String> unavailable() {
        try {
            return ask(keyring -> Optional.<String>empty());
        } catch (Unavailable e) {
            return Optional.of(NONE);
        } catch (PasswordAccessException | RuntimeException e) {
            return Optional.of(NONE);
        }
    }

    @Override
    public synchronized Optional<String> find(ServerAddress server) {
        try {
            return ask(keyring -> Optional.ofNullable(keyring.getPassword(SERVICE, account(server))).filter(p -> !p.isEmpty()));
        } catch (Unavailable | PasswordAccessException e) {
            // java-keyring says "nothing kept" with the second.
            return Optional.empty();
        } catch (RuntimeException e) {
            // A locked keyring whose unlock prompt was dismissed ends in the library as a bare runtime failure.
            LOG.warn("The system keyring did not answer a look-up: {}", e.getClass().getName());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(ServerAddress server, String password) {
        try {
            ask(keyring -> {
                keyring.setPassword(SERVICE, account(server), password);
                return null;
            });
        } catch (Unavailable e) {
            throw new KeyringException(NONE, e);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new KeyringException("The system keyring did not keep the password (is it locked?); "
                    + "Tracebench will ask for it next time", e);
        }
    }

    @Override
    public synchronized void forget(ServerAddress server) {
        try {
            ask(keyring -> {
                keyring.deletePassword(SERVICE, account(server));
                return null;
            });
        } catch (Unavailable | PasswordAccessException e) {
            // No keyring, or nothing was kept for this server: already forgotten.
        } catch (RuntimeException e) {
            throw new KeyringException("The system keyring did not remove the password (is it locked?)", e);
        }
    }

    /** The keyring entry's account: who signs in where (TLS on or off is the same password). */
    static String account(ServerAddress server) {
        return server.user() + "@" + server.host() + ":" + server.port() + "/" + server.database();
    }

    /**
     * Each request opens the keyring and closes it after: on Linux an open keyring holds a D-Bus connection whose
     * threads would keep the program alive after its window closed.
     */
    private static <T> T ask(Request<T> request) throws PasswordAccessException {
        Keyring keyring;
        try {
            keyring = Keyring.create();
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.info("No system keyring: {}", e.getClass().getName());
            throw new Unavailable(e);
        }
        try {
            return request.on(keyring);
        } finally {
            try {
                keyring.close();
            } catch (Exception e) {
                LOG.warn("The system keyring did not close: {}", e.getClass().getName());
            }
        }
    }

    /** No keyring answered at all. */
    private static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super(cause);
        }
    }
}
