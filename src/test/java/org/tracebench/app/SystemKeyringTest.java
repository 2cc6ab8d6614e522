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
    void aPasswordIsKeptReplacedAndForgottenInTheSystemKeyring() throws InterruptedException {
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
            // Where any program of the desktop finds it: the Secret Service's own command line reads it back
            // under the attributes docs/server.md names (libsecret-tools, installed by .ci/run).
            if (secretTool()) {
                assertThat(secretToolLookup(SystemKeyring.account(server))).isEqualTo("first s3cret");
            }
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
        // Each request closes its D-Bus connection: a connection left open keeps threads that would keep the
        // program running after its window closed (seen: the window quit, the process stayed).
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("DBus") && !thread.isDaemon()) {
                thread.join(30_000);
                assertThat(thread.isAlive()).as("D-Bus thread %s still running", thread.getName()).isFalse();
            }
        }
    }

    private static boolean secretTool() {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, "secret-tool")));
    }

    private static String secretToolLookup(String account) {
        try {
            Process lookup = new ProcessBuilder("secret-tool", "lookup", "service", SystemKeyring.SERVICE, "account", account)
                    .redirectErrorStream(true).start();
            String out = new String(lookup.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(lookup.waitFor()).as("secret-tool said: %s", out).isZero();
            return out.strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
