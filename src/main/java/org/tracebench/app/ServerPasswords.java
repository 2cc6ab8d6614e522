package org.tracebench.app;

import java.util.Optional;
import org.tracebench.store.ServerAddress;

/**
 * Where a server password may be kept between runs: the operating system's keyring, or nowhere. Never a file of
 * ours (issue 14): when no keyring answers, the password is asked each time. The calls may talk to another
 * process (D-Bus on Linux) and wait on its unlock prompt, so a window calls them away from its own thread.
 */
public interface ServerPasswords {

    /** Empty when a keyring answers; otherwise why not, in a sentence for the user. */
    Optional<String> unavailable();

    /** The password kept for this server and user, if any; empty too when no keyring answers. */
    Optional<String> find(ServerAddress server);

    /** Keeps the password for this server and user, replacing one kept before; throws {@link KeyringException}. */
    void save(ServerAddress server, String password);

    /** Removes the password kept for this server and user; nothing happens when none was kept. */
    void forget(ServerAddress server);

    /** A keyring refused or failed a request; the message says so in one line. */
    final class KeyringException extends RuntimeException {
        public KeyringException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** No keyring at all (the password is asked each time), saying {@code why}. */
    static ServerPasswords none(String why) {
        return new ServerPasswords() {
            @Override
            public Optional<String> unavailable() {
                return Optional.of(why);
            }

            @Override
            public Optional<String> find(ServerAddress server) {
                return Optional.empty();
            }

            @Override
            public void save(ServerAddress server, String password) {
                throw new KeyringException(why, null);
            }

            @Override
            public void forget(ServerAddress server) {
                // Nothing was ever kept.
            }
        };
    }
}
