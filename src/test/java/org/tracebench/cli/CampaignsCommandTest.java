package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaigns command: list, proposals, merge, merges and undo, with exit 2 on what cannot be done. */
class CampaignsCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsProposesMergesAndUndoes() {
        String db = dir.resolve("db").toString();
        assertThat(BatchModeTest.run("--db", db, "samples").exitCode()).isZero();

        BatchModeTest.Run list = BatchModeTest.run("--db", db, "campaigns", "--case", "pz-illum-2021");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().lines()).hasSize(7).first().satisfies(line -> assertThat(line).endsWith("\tSSA Imposter\t51\t"));

        BatchModeTest.Run proposals = BatchModeTest.run("--db", db, "campaigns", "--proposals", "--case", "pz-illum-2021");
        assertThat(proposals.out()).contains("Arrest Warrant Scam\tArrest Warrant\t14\tsame words")
                .contains("Utility Disconnect Sam\tUtility Disconnect\t1\tlikely typo (common campaign name, not in the data yet)");

        BatchModeTest.Run merge = BatchModeTest.run("--db", db, "campaigns", "--merge", "Arrest Warrant Scam", "--into", "Arrest Warrant");
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.out()).isEqualTo("Merge 1: \"Arrest Warrant Scam\" merged into \"Arrest Warrant\", 14 calls\n");
        assertThat(BatchModeTest.run("--db", db, "campaigns", "--case", "pz-illum-2021").out())
                .contains("\tArrest Warrant\t17\tArrest Warrant Scam (14)\n").doesNotContain("\tArrest Warrant Scam\t");

        assertThat(BatchModeTest.run("--db", db, "campaigns", "--merges").out())
                .startsWith("1\t").contains("\tArrest Warrant Scam\tArrest Warrant\t14\t");
        BatchModeTest.Run undo = BatchModeTest.run("--db", db, "campaigns", "--undo", "1");
        assertThat(undo.out()).startsWith("Merge 1 undone: \"Arrest Warrant Scam\" is a campaign of its own again");
        assertThat(BatchModeTest.run("--db", db, "campaigns", "--case", "pz-illum-2021").out()).contains("\tArrest Warrant Scam\t14\t");

        BatchModeTest.Run again = BatchModeTest.run("--db", db, "campaigns", "--undo", "1");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already undone");
        assertThat(BatchModeTest.run("--db", db, "campaigns", "--merge", "Nope", "--into", "SSA Imposter").exitCode()).isEqualTo(2);
        assertThat(BatchModeTest.run("--db", db, "campaigns", "--merge", "Nope").exitCode()).isEqualTo(2);
        assertThat(BatchModeTest.run("--db", db, "campaigns", "--case", "no-such-case").exitCode()).isEqualTo(2);

        BatchModeTest.Run accepted = BatchModeTest.run("--db", db, "campaigns", "--accept-proposals", "--case", "pz-illum-2021");
        assertThat(accepted.out()).contains("proposed merges accepted");
        assertThat(BatchModeTest.run("--db", db, "campaigns", "--case", "pz-illum-2021").out().lines()).hasSize(6);
        assertThat(BatchModeTest.run("--db", db, "campaigns", "--proposals", "--case", "pz-illum-2021").out()).isEmpty();
    }

    @Test
    void theLetterCommandSaysWhenCampaignMergesAwaitTheUser() {
        String db = dir.resolve("db").toString();
        assertThat(BatchModeTest.run("--db", db, "samples").exitCode()).isZero();
        String out = dir.resolve("pz.pdf").toString();
        BatchModeTest.Run letter = BatchModeTest.run("--db", db, "letter", "--case", "pz-illum-2021", "--template",
                "fcc-cease-and-desist", "--out", out, "--allow-illustrative");
        assertThat(letter.exitCode()).as(letter.err()).isZero();
        assertThat(letter.out()).contains("note: 3 campaign merges proposed, not accepted");
        BatchModeTest.run("--db", db, "campaigns", "--accept-proposals", "--case", "pz-illum-2021");
        BatchModeTest.Run again = BatchModeTest.run("--db", db, "letter", "--case", "pz-illum-2021", "--template",
                "fcc-cease-and-desist", "--out", out, "--allow-illustrative");
        assertThat(again.out()).doesNotContain("note:");
    }
}
