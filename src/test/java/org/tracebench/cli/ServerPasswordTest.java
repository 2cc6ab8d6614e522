package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.Store;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseLocation;

/** Batch mode on a server: the password from PGPASSWORD, never the command line; the role is the actor. */
class ServerPasswordTest {

    @TempDir
    Path dir;

    @Test
    void aUrlWithoutPasswordTakesPgpasswordAndTheRoleActs() {
        DatabaseLocation withPassword = Store.POSTGRESQL.freshLocation(dir);
        String password = withPassword.jdbcUrl().replaceAll(".*[?&]password=([^&]*).*", "$1");
        String url = withPassword.jdbcUrl().replaceAll("&?password=[^&]*", "").replace("?&", "?");
        assertThat(url).doesNotContain("password");

        BatchModeTest.Run refused = EncryptCommandTest.runWith(Map.of(), "--db", url, "cases");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().lines()).singleElement().asString().contains("on the server at localhost:");

        BatchModeTest.Run samples = EncryptCommandTest.runWith(Map.of("PGPASSWORD", password), "--db", url, "samples");
        assertThat(samples.exitCode()).as(samples.err()).isZero();
        BatchModeTest.Run cases = EncryptCommandTest.runWith(Map.of("PGPASSWORD", password), "--db", url, "cases");
        assertThat(cases.out().lines()).hasSize(6);

        try (Workbench workbench = Workbench.open(withPassword)) {
            String role = withPassword.jdbcUrl().replaceAll(".*[?&]user=([^&]*).*", "$1");
            assertThat(workbench.actor().name()).isEqualTo(role);
            assertThat(workbench.audit().actor()).isEqualTo(role);
        }
    }
}
