package org.tracebench.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tracebench.app.ServerPasswords;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.ServerAddress;
import org.tracebench.ui.common.UiSettings;

/** The keyring follows the user's choice: kept once the server accepted it, removed when unticked or forgotten. */
class KeptPasswordTest {

    private static final ServerAddress SERVER = new ServerAddress("db.office.example", 5433, "tracebench", "paralegal", true);
    private static final String PASSWORD = "s3cret pass&word";

    private final Preferences prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
    private final UiSettings settings = new UiSettings(prefs);
    private final FakeKeyring keyring = new FakeKeyring();
    private final KeptPassword kept = new KeptPassword(settings, keyring);

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void anOpenedServerKeepsItsPasswordInTheKeyringAndNeverInTheSettings() throws Exception {
        settings.rememberServer(SERVER);
        settings.saveKeepsServerPassword(true);
        assertThat(kept.rememberedLocation()).isEmpty();

        assertThat(kept.opened(SERVER.location(PASSWORD))).isEmpty();
        assertThat(keyring.find(SERVER)).contains(PASSWORD);
        DatabaseLocation next = kept.rememberedLocation().orElseThrow();
        assertThat(next).isEqualTo(SERVER.location(PASSWORD));
        assertThat(ServerAddress.passwordOf(next)).contains(PASSWORD);
        for (String key : prefs.keys()) {
            assertThat(prefs.get(key, "")).doesNotContain("s3cret");
        }
    }

    @Test
    void untickedTheKeptPasswordLeavesTheKeyringAndIsNotUsedAtStart() {
        settings.rememberServer(SERVER);
        keyring.save(SERVER, "old");
        settings.saveKeepsServerPassword(false);
        assertThat(kept.rememberedLocation()).isEmpty();
        assertThat(kept.opened(SERVER.location(PASSWORD))).isEmpty();
        assertThat(keyring.kept).isEmpty();
    }

    @Test
    void aKeyringThatRefusesIsSaidAndTheLocalDatabaseOpensNothing() {
        keyring.refuseSaves = true;
        settings.saveKeepsServerPassword(true);
        assertThat(kept.opened(SERVER.location(PASSWORD))).hasValueSatisfying(said -> assertThat(said).contains("did not keep"));
        assertThat(kept.opened(DatabaseLocation.of(null))).isEmpty();
        assertThat(keyring.kept).isEmpty();
    }

    @Test
    void forgetTakesTheRememberedServersPasswordOutAndTheChoiceOff() {
        settings.rememberServer(SERVER);
        settings.saveKeepsServerPassword(true);
        keyring.save(SERVER, PASSWORD);
        assertThat(kept.forget()).contains("no longer kept").contains(SERVER.toString());
        assertThat(keyring.kept).isEmpty();
        assertThat(settings.keepsServerPassword()).isFalse();
        assertThat(new KeptPassword(settings, ServerPasswords.none("none here")).forget()).contains("No system keyring answers");
    }
}
