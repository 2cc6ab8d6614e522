package org.tracebench.ui.server;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tracebench.app.ServerPasswords;
import org.tracebench.store.ServerAddress;

/** A keyring in memory for the window's tests; {@code refuseSaves} plays a locked keyring. */
final class FakeKeyring implements ServerPasswords {

    final Map<ServerAddress, String> kept = new HashMap<>();
    boolean refuseSaves;

    @Override
    public Optional<String> unavailable() {
        return Optional.empty();
    }

    @Override
    public synchronized Optional<String> find(ServerAddress server) {
        return Optional.ofNullable(kept.get(sameServer(server)));
    }

    @Override
    public synchronized void save(ServerAddress server, String password) {
        if (refuseSaves) {
            throw new KeyringException("The system keyring did not keep the password (is it locked?)", null);
        }
        kept.put(sameServer(server), password);
    }

    @Override
    public synchronized void forget(ServerAddress server) {
        kept.remove(sameServer(server));
    }

    /** As the real keyring, TLS on or off is the same entry. */
    private static ServerAddress sameServer(ServerAddress server) {
        return new ServerAddress(server.host(), server.port(), server.database(), server.user(), false);
    }
}
