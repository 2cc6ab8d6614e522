package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.tracebench.RealComponents;

/** A server location that cannot be used ends in one line naming the server, never a driver's stack trace. */
class ServerNotThereTest {

    @Test
    void aPortNobodyListensOnIsNamedWithItsHost() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        BatchModeTest.Run run = BatchModeTest.run("--db", "jdbc:postgresql://localhost:" + port + "/cases?user=someone", "cases");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("tracebench: Cannot open database cases on the server at localhost:" + port + ": connection refused")
                .doesNotContain("Exception").doesNotContain("postmaster");
    }

    @Test
    void aWrongPasswordAndAMissingDatabaseAreSaidAsSuch() {
        String url = System.getenv("TRACEBENCH_PG_URL");
        RealComponents.require(url != null && !url.isBlank(), "TRACEBENCH_PG_URL not set: no PostgreSQL server to test against");
        String server = url.substring(0, url.indexOf('/', "jdbc:postgresql://".length()));

        BatchModeTest.Run wrongPassword = BatchModeTest.run("--db", server + "/postgres?user=tracebench&password=not-the-password", "cases");
        assertThat(wrongPassword.exitCode()).isEqualTo(1);
        assertThat(wrongPassword.err().lines()).singleElement().asString()
                .contains("the server refused user tracebench").doesNotContain("not-the-password");

        BatchModeTest.Run noDatabase = BatchModeTest.run("--db", server + "/no_such_tracebench_db?user=tracebench&password=tracebench", "cases");
        assertThat(noDatabase.exitCode()).isEqualTo(1);
        assertThat(noDatabase.err().lines()).singleElement().asString()
                .contains("has no database named no_such_tracebench_db");
    }
}
