package org.tracebench.store;

import org.tracebench.RealComponents;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseSummary;

/**
 * Runs the migrations and the sample load against a real PostgreSQL server, to keep the SQL portable.
 * .ci/run starts a local server and sets TRACEBENCH_PG_URL; without it the test is skipped.
 */
class PostgresPortabilityTest {

    @Test
    void migrationsAndSampleCasesWorkOnPostgres() throws Exception {
        String url = System.getenv("TRACEBENCH_PG_URL");
        RealComponents.require(url != null && !url.isBlank(), "TRACEBENCH_PG_URL not set: no PostgreSQL server to test against");
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        try (Workbench workbench = Workbench.open(DatabaseLocation.of(url))) {
            workbench.samples().load();
            assertThat(workbench.cases().summaries()).extracting(CaseSummary::tracedCalls)
                    .containsExactly(78, 14, 129, 63, 129, 48);
            assertThat(workbench.providers().findByName("Spinning Mantra Communications Pvt. Ltd").orElseThrow().aliases())
                    .containsExactly("Spinning Mantra Communications Pvt. Ltd");
            // Campaign merges (V9): merge, count under the canonical name, undo.
            long merge = workbench.campaignMerges().merge("Utility Disconnect Sam", "Utility Disconnect").id();
            assertThat(workbench.calls().findAll()).extracting(org.tracebench.model.TracedCall::campaign)
                    .contains("Utility Disconnect").doesNotContain("Utility Disconnect Sam");
            workbench.campaignMerges().undo(merge);
            assertThat(workbench.campaigns().findByName("Utility Disconnect")).isEmpty();
            assertThat(workbench.samples().remove()).isEqualTo(6);
        }
    }
}
