package org.tracebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseEncryption;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Passphrase;

/** The start-up passphrase question, answered by a script instead of the dialog. */
class DatabaseUnlockTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    private DatabaseLocation encryptedWithSamples() {
        DatabaseLocation encrypted = DatabaseEncryption.encrypt(DatabaseLocation.inDirectory(dir), Passphrase.of(PASSPHRASE.toCharArray()));
        try (Workbench workbench = Workbench.open(encrypted)) {
            workbench.samples().load();
        }
        return DatabaseLocation.inDirectory(dir);
    }

    @Test
    void aPlainDatabaseOpensWithoutAQuestion() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Optional<Workbench> opened = DatabaseUnlock.open(DatabaseLocation.inDirectory(dir), dialogs, Workbench::open);
        assertThat(opened).isPresent();
        opened.get().close();
        assertThat(dialogs.asked()).isEmpty();
    }

    @Test
    void aWrongPassphraseAsksAgainSayingSoAndTheRightOneOpens() {
        DatabaseLocation location = encryptedWithSamples();
        ScriptedDialogs dialogs = new ScriptedDialogs().typePassphrase("not the passphrase").typePassphrase(PASSPHRASE);

        Optional<Workbench> opened = DatabaseUnlock.open(location, dialogs, Workbench::open);

        assertThat(opened).isPresent();
        try (Workbench workbench = opened.get()) {
            assertThat(workbench.cases().summaries()).hasSize(6);
            assertThat(workbench.location().isEncrypted()).isTrue();
        }
        assertThat(dialogs.asked()).hasSize(2);
        assertThat(dialogs.asked().get(0)).contains("is encrypted. Type its passphrase");
        assertThat(dialogs.asked().get(1)).contains("That passphrase does not open").contains("the file was not changed");
    }

    @Test
    void cancellingTheQuestionOpensNothing() {
        DatabaseLocation location = encryptedWithSamples();
        assertThat(DatabaseUnlock.open(location, new ScriptedDialogs().typePassphrase(null), Workbench::open)).isEmpty();
    }
}
