package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.cli.BatchModeTest.Run;

/** `check` names a case whose kept call count is wrong; `check --recount` sets it right (decision 0712). */
class CheckRecountCommandTest {

    @TempDir
    Path dir;

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return BatchModeTest.run(all);
    }

    @Test
    void aWrongCountIsNamedThenRecounted() throws Exception {
        assertThat(run("samples").exitCode()).isZero();
        assertThat(run("check").exitCode()).isZero();
        long id;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/tracebench"), "sa", "");
             Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT id FROM case_file WHERE case_key = 'pz-illum-2021'")) {
                rs.next();
                id = rs.getLong(1);
            }
            s.execute("UPDATE case_file SET call_count = 0 WHERE id = " + id);
        }

        Run wrong = run("check");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.out()).contains("1 case's call count is wrong: case " + id
                + " (pz-illum-2021) lists 0 calls but holds 78; `tracebench check --recount` sets them to the calls held");

        Run recount = run("check", "--recount");
        assertThat(recount.err()).isEmpty();
        assertThat(recount.exitCode()).isZero();
        assertThat(recount.out().lines().toList()).first().isEqualTo("call counts set right for 1 case: case " + id + " 0 -> 78");
        assertThat(recount.out()).contains("no orphan rows");
        assertThat(run("check", "--recount").out()).startsWith("every case's call count was right");
    }
}
