package org.tracebench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracebench.RealComponents;
import org.tracebench.store.ServerAddress;

/**
 * The real keyring of this machine (a Secret Service on Linux: .ci/run starts GNOME Keyring on a private session
 * bus). Skips on a developer's machine without one, fails under CI=true.
 */
class SystemKeyringTest {

    @Test
    void aPasswordIsKeptReplacedAndForgottenInTheSystemKeyring() {
        SystemKeyring keyring = new SystemKeyring();
        RealComponents.require(keyring.unavailable().isEmpty(),
                "No system keyring answers (on Linux: no Secret Service on the session bus)");
        // A server no one uses, so a developer's own kept passwords are never touched.
        ServerAddress server = new ServerAddress("keyring-test-" + UUID.randomUUID() + ".invalid", 5432, "tracebench",
                "paralegal", true);
        try {
            assertThat(keyring.find(server)).isEmpty();
            keyring.save(server, "first s3cret");
            assertThat(keyring.find(server)).contains("first s3cret");
            // Another instance (the next start) finds it too: it is the keyring's, not this object's.
            assertThat(new SystemKeyring().find(server)).contains("first s3cret");
            keyring.save(server, "changed s3cret");
            assertThat(new SystemKeyring().find(server)).contains("changed s3cret");
            // TLS on or off signs in with the same password.
            assertThat(keyring.find(new ServerAddress(server.host(), 5432, "tracebench", "paralegal", false)))
                    .contains("changed s3cret");
            assertThat(keyring.find(new ServerAddress(server.host(), 5432, "tracebench", "reviewer", true))).isEmpty();
        } finally {
            keyring.forget(server);
        }
        assertThat(new SystemKeyring().find(server)).isEmpty();
        keyring.forget(server);
    }
}
