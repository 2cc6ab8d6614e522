package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.cli.BatchModeTest.Run;

class GraphCommandsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void samples() {
        assertThat(BatchModeTest.run("--db", dir.resolve("db").toString(), "samples").exitCode()).isZero();
    }

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return BatchModeTest.run(all);
    }

    @Test
    void analyzeListsHkKwaiFongsDownstreamProvidersAndSilence() throws Exception {
        Run run = run("analyze", "--provider", "HK KwaiFong Group Limited", "--csv", dir.resolve("hk.csv").toString());
        assertThat(run.exitCode()).isZero();
        String downstream = run.out().substring(run.out().indexOf("Downstream"), run.out().indexOf("Upstream"));
        assertThat(downstream).contains("Belle Telecom LLC").contains("GREEN PACKET GLOBAL PTE LTD");
        assertThat(run.out()).contains("RMD: not filed").contains("Non-responses: 14").contains("Last traceable hop: 14");
        assertThat(Files.readString(dir.resolve("hk.csv"))).contains("downstream,Belle Telecom LLC,7");
    }

    @Test
    void analyzeFindsAProviderByAliasAndRejectsUnknownNames() {
        assertThat(run("analyze", "--provider", "HK KwaiFong").out()).contains("Provider: HK KwaiFong Group Limited");
        Run unknown = run("analyze", "--provider", "Nobody Telecom");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().lines()).singleElement().asString().contains("Nobody Telecom");
        assertThat(run("analyze", "--provider", "HK KwaiFong", "--since", "last week").exitCode()).isEqualTo(2);
    }

    @Test
    void graphWritesEachFormatByExtension() throws Exception {
        for (String name : new String[] {"pz.svg", "pz.png", "pz.graphml", "pz.dot"}) {
            Run run = run("graph", "--case", "pz-illum-2021", "--layout", "layered", "--out", dir.resolve(name).toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("17 parties, 16 links");
            assertThat(Files.size(dir.resolve(name))).isPositive();
        }
        assertThat(Files.readString(dir.resolve("pz.svg"))).contains("PZ/Illum cease-and-desist (2021)")
                .contains("Sample Transit Networks");
        Run all = run("graph", "--layout", "force", "--colour", "response", "--out", dir.resolve("all.graphml").toString());
        assertThat(all.exitCode()).isZero();
        assertThat(run("graph", "--layout", "circular", "--campaign", "SSA Imposter", "--out",
                dir.resolve("ssa.dot").toString()).exitCode()).isZero();
    }

    @Test
    void graphRejectsBadLayoutsFormatsAndCases() {
        assertThat(run("graph", "--layout", "spiral", "--out", dir.resolve("g.svg").toString()).exitCode()).isEqualTo(2);
        assertThat(run("graph", "--out", dir.resolve("g.pdf").toString()).exitCode()).isEqualTo(2);
        Run noCase = run("graph", "--case", "no-such-case", "--out", dir.resolve("g.svg").toString());
        assertThat(noCase.exitCode()).isEqualTo(2);
        assertThat(noCase.err()).contains("no-such-case");
        assertThat(Files.exists(dir.resolve("g.svg"))).isFalse();
    }
}
