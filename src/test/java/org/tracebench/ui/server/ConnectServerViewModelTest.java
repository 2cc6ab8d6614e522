package org.tracebench.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.Store;
import org.tracebench.app.ServerPasswords;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.ServerAddress;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.common.UiSettings;

class ConnectServerViewModelTest {

    private static final ServerPasswords NO_KEYRING = ServerPasswords.none("No keyring in this test.");

    @TempDir
    Path dir;
    private final Preferences prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
    private final UiSettings settings = new UiSettings(prefs);

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aTestSignsInAndAConnectionIsRememberedWithoutItsPassword() throws Exception {
        DatabaseLocation server = Store.POSTGRESQL.freshLocation(dir);
        ServerAddress address = ServerAddress.of(server).orElseThrow();
        String password = server.jdbcUrl().replaceAll(".*[?&]password=([^&]*).*", "$1");
        ConnectServerViewModel model = new ConnectServerViewModel(settings, new InlineTaskRunner(), Workbench::probeServer, NO_KEYRING);
        assertThat(model.completeProperty().get()).isFalse();

        model.hostProperty().set(address.host());
        model.portProperty().set(String.valueOf(address.port()));
        model.databaseProperty().set(address.database());
        model.userProperty().set(address.user());
        model.tlsProperty().set(false);
        assertThat(model.completeProperty().get()).isTrue();

        model.passwordProperty().set("not-" + password);
        model.test();
        assertThat(model.testResultProperty().get()).contains("the server refused user " + address.user());

        model.passwordProperty().set(password);
        model.test();
        assertThat(model.testResultProperty().get()).startsWith("Connected: PostgreSQL");

        DatabaseLocation chosen = model.connect().orElseThrow();
        assertThat(chosen.jdbcUrl()).contains("sslmode=disable").contains("password=");
        assertThat(Workbench.probeServer(chosen)).startsWith("PostgreSQL");

        // Remembered for the next time, the password excepted.
        ConnectServerViewModel next = new ConnectServerViewModel(settings, new InlineTaskRunner(), Workbench::probeServer, NO_KEYRING);
        assertThat(next.hostProperty().get()).isEqualTo(address.host());
        assertThat(next.databaseProperty().get()).isEqualTo(address.database());
        assertThat(next.userProperty().get()).isEqualTo(address.user());
        assertThat(next.tlsProperty().get()).isFalse();
        assertThat(next.passwordProperty().get()).isEmpty();
        assertThat(prefs.keys()).containsExactlyInAnyOrder("server.host", "server.port", "server.database", "server.user",
                "server.tls");
    }

    @Test
    void aPortThatIsNotAPortKeepsConnectOffAndTheTestSaysWhy() {
        ConnectServerViewModel model = new ConnectServerViewModel(settings, new InlineTaskRunner(), location -> "unused", NO_KEYRING);
        model.hostProperty().set("db.office.example");
        model.databaseProperty().set("tracebench");
        model.userProperty().set("paralegal");
        model.portProperty().set("54x2");
        assertThat(model.completeProperty().get()).isFalse();
        model.test();
        assertThat(model.testResultProperty().get()).contains("a port from 1 to 65535");
        model.portProperty().set("5433");
        assertThat(model.completeProperty().get()).isTrue();
        assertThat(model.address().orElseThrow().location("s3cret pass&word").jdbcUrl())
                .startsWith("jdbc:postgresql://db.office.example:5433/tracebench?user=paralegal&sslmode=require")
                .endsWith("&password=s3cret%20pass%26word");
    }

    @Test
    void withoutAKeyringRememberStaysOffAndTheDialogSaysWhy() {
        settings.saveKeepsServerPassword(true);
        ConnectServerViewModel model = new ConnectServerViewModel(settings, new InlineTaskRunner(), location -> "unused",
                ServerPasswords.none("No system keyring answered, so the password is asked each time."));
        model.lookUpKeyring();
        assertThat(model.keyringAvailableProperty().get()).isFalse();
        assertThat(model.rememberPasswordProperty().get()).isFalse();
        assertThat(model.keyringNoteProperty().get()).isEqualTo("No system keyring answered, so the password is asked each time.");
        model.hostProperty().set("db.office.example");
        model.databaseProperty().set("tracebench");
        model.userProperty().set("paralegal");
        model.passwordProperty().set("s3cret");
        model.rememberPasswordProperty().set(true);
        model.connect().orElseThrow();
        assertThat(settings.keepsServerPassword()).isFalse();
    }

    @Test
    void aKeptPasswordFillsTheFieldAndForgetTakesItOutOfTheKeyring() {
        ServerAddress server = new ServerAddress("db.office.example", 5432, "tracebench", "paralegal", true);
        settings.rememberServer(server);
        settings.saveKeepsServerPassword(true);
        FakeKeyring keyring = new FakeKeyring();
        keyring.save(server, "kept s3cret");
        ConnectServerViewModel model = new ConnectServerViewModel(settings, new InlineTaskRunner(), location -> "unused", keyring);
        model.lookUpKeyring();
        assertThat(model.keyringAvailableProperty().get()).isTrue();
        assertThat(model.passwordProperty().get()).isEqualTo("kept s3cret");
        assertThat(model.rememberPasswordProperty().get()).isTrue();
        assertThat(model.passwordKeptProperty().get()).isTrue();
        assertThat(model.keyringNoteProperty().get()).contains("kept in the system keyring");

        model.forgetKeptPassword();
        assertThat(keyring.kept).isEmpty();
        assertThat(model.passwordKeptProperty().get()).isFalse();
        assertThat(model.rememberPasswordProperty().get()).isFalse();
        assertThat(settings.keepsServerPassword()).isFalse();
        assertThat(model.keyringNoteProperty().get()).contains("no longer kept");
    }

    @Test
    void aRefusedKeptPasswordIsNotFilledInAndRememberStaysTicked() {
        ServerAddress server = new ServerAddress("db.office.example", 5432, "tracebench", "paralegal", true);
        settings.rememberServer(server);
        settings.saveKeepsServerPassword(true);
        FakeKeyring keyring = new FakeKeyring();
        keyring.save(server, "old password");
        ConnectServerViewModel model = new ConnectServerViewModel(settings, new InlineTaskRunner(), location -> "unused", keyring);
        model.keptPasswordRefused("The server refused the password kept in the system keyring.");
        model.lookUpKeyring();
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.rememberPasswordProperty().get()).isTrue();
        assertThat(model.testResultProperty().get()).isEqualTo("The server refused the password kept in the system keyring.");
        model.passwordProperty().set("new password");
        model.connect().orElseThrow();
        assertThat(settings.keepsServerPassword()).isTrue();
    }

    @Test
    void connectingBeforeTheKeyringAnswersKeepsTheEarlierChoice() {
        settings.rememberServer(new ServerAddress("db.office.example", 5432, "tracebench", "paralegal", true));
        settings.saveKeepsServerPassword(true);
        ConnectServerViewModel model = new ConnectServerViewModel(settings, new InlineTaskRunner(), location -> "unused",
                new FakeKeyring());
        model.passwordProperty().set("s3cret");
        model.connect().orElseThrow();
        assertThat(settings.keepsServerPassword()).isTrue();
    }
}
