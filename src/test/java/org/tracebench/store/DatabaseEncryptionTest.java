package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracebench.model.Provider;

/** Encrypting a database, opening it with the right, a wrong and no passphrase, changing the passphrase, and crashes. */
class DatabaseEncryptionTest {

    static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    private DatabaseLocation plain() {
        return DatabaseLocation.inDirectory(dir);
    }

    private static Passphrase pass(String text) {
        return Passphrase.of(text.toCharArray());
    }

    private void withProvider(String name) {
        try (Database db = Database.open(plain())) {
            new ProviderRepository(db).insert(Provider.named(name), false);
        }
    }

    private static java.util.List<String> providerNames(DatabaseLocation location) {
        try (Database db = Database.open(location)) {
            return new ProviderRepository(db).findAll().stream().map(Provider::name).toList();
        }
    }

    private Path file() {
        return dir.resolve("tracebench.mv.db");
    }

    private String sha256() throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file())));
    }

    @Test
    void anExistingDatabaseIsEncryptedAndOpensOnlyWithItsPassphrase() throws Exception {
        withProvider("Belle Telecom LLC");
        assertThat(DatabaseEncryption.isEncrypted(plain())).isFalse();

        DatabaseLocation encrypted = DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE));

        assertThat(DatabaseEncryption.isEncrypted(plain())).isTrue();
        assertThat(new String(Files.readAllBytes(file()), StandardCharsets.ISO_8859_1)).doesNotContain("Belle Telecom");
        assertThat(providerNames(plain().withPassphrase(pass(PASSPHRASE)))).containsExactly("Belle Telecom LLC");
        assertThat(encrypted.jdbcUrl()).contains("CIPHER=AES").doesNotContain(PASSPHRASE);
        assertThat(dir.resolve(DatabaseEncryption.STAGING)).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("temp"));
        }
    }

    @Test
    void aWrongPassphraseIsRefusedAndTheFileIsNotChanged() throws Exception {
        withProvider("Belle Telecom LLC");
        DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE));
        String before = sha256();

        assertThatThrownBy(() -> Database.open(plain().withPassphrase(pass("not the passphrase"))))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("Wrong passphrase for database " + file() + "; the file was not changed");
        assertThat(sha256()).isEqualTo(before);
        assertThat(dir.resolve(".tracebench-recovery-check")).doesNotExist();
    }

    @Test
    void anEncryptedFileOpenedWithoutAPassphraseIsNotCalledDamaged() throws Exception {
        withProvider("Belle Telecom LLC");
        DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE));
        String before = sha256();

        assertThatThrownBy(() -> Database.open(plain()))
                .isInstanceOf(PassphraseException.class)
                .hasMessage("Database " + file() + " is encrypted: its passphrase is needed to open it");
        assertThat(sha256()).isEqualTo(before);
    }

    @Test
    void thePassphraseIsChangedAndOnlyTheNewOneOpens() throws Exception {
        withProvider("Belle Telecom LLC");
        DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE));

        DatabaseEncryption.changePassphrase(plain(), pass(PASSPHRASE), pass("a new passphrase, longer"));

        assertThat(providerNames(plain().withPassphrase(pass("a new passphrase, longer")))).containsExactly("Belle Telecom LLC");
        assertThatThrownBy(() -> Database.open(plain().withPassphrase(pass(PASSPHRASE))))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void changingNeedsTheCurrentPassphrase() throws Exception {
        withProvider("Belle Telecom LLC");
        DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE));
        String before = sha256();

        assertThatThrownBy(() -> DatabaseEncryption.changePassphrase(plain(), pass("guessing wrongly"), pass("a new passphrase")))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(sha256()).isEqualTo(before);
    }

    @Test
    void aNewDatabaseIsCreatedEncrypted() {
        DatabaseLocation encrypted = DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE));
        try (Database db = Database.open(encrypted)) {
            new ProviderRepository(db).insert(Provider.named("Belle Telecom LLC"), false);
        }
        assertThat(DatabaseEncryption.isEncrypted(plain())).isTrue();
        assertThat(providerNames(plain().withPassphrase(pass(PASSPHRASE)))).containsExactly("Belle Telecom LLC");
    }

    @Test
    void shortPassphrasesAndEncryptingTwiceAreRefused() {
        withProvider("Belle Telecom LLC");
        assertThatThrownBy(() -> DatabaseEncryption.encrypt(plain(), pass("short")))
                .isInstanceOf(PassphraseException.class).hasMessageContaining("at least 8 characters");
        DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE));
        assertThatThrownBy(() -> DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE)))
                .isInstanceOf(PassphraseException.class).hasMessageContaining("already encrypted");
    }

    @Test
    void thePassphraseNeverShowsInTheLocation() {
        DatabaseLocation encrypted = plain().withPassphrase(pass(PASSPHRASE));
        assertThat(encrypted.toString()).doesNotContain(PASSPHRASE);
        assertThat(encrypted.passphrase().toString()).isEqualTo("Passphrase[hidden]");
        assertThat(encrypted.jdbcUrl()).doesNotContain(PASSPHRASE).contains("TRACE_LEVEL_FILE=0").doesNotContain("TRACE_LEVEL_FILE=4");
    }

    /** A kill at each step of a conversion leaves the plain database or the encrypted one, and either opens. */
    @ParameterizedTest
    @ValueSource(strings = {"staged", "verified", "replaced"})
    void aConversionKilledAtAnyStepLeavesOneWholeDatabase(String step) throws Exception {
        withProvider("Belle Telecom LLC");
        Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                EncryptionKilledMidConversion.class.getName(), dir.toString(), step).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("at " + step));
            assertThat(line).as("the child reached the step").isEqualTo("at " + step);
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }

        boolean replaced = step.equals("replaced");
        assertThat(DatabaseEncryption.isEncrypted(plain())).isEqualTo(replaced);
        DatabaseLocation location = replaced ? plain().withPassphrase(pass(PASSPHRASE)) : plain();
        assertThat(providerNames(location)).containsExactly("Belle Telecom LLC");
        assertThat(dir.resolve(DatabaseEncryption.STAGING)).as("the next open removes what the kill left").doesNotExist();
        if (!replaced) {
            // The user simply runs the conversion again.
            DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE));
            assertThat(providerNames(plain().withPassphrase(pass(PASSPHRASE)))).containsExactly("Belle Telecom LLC");
        }
    }

    @Test
    void anEncryptedDatabaseKilledMidTransactionOpensWithItsPassphraseHoldingOnlyCommittedWork() throws Exception {
        DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE));
        Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                DatabaseKilledMidImport.class.getName(), dir.toString(), "encrypted").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("written"));
            assertThat(line).as("the child wrote its uncommitted rows").isEqualTo("written");
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }

        assertThat(providerNames(plain().withPassphrase(pass(PASSPHRASE)))).containsExactly("Committed Before The Crash LLC");
    }

    @Test
    void aConversionIsAbandonedWhenTheDatabaseChangedWhileItWasWritten() throws Exception {
        withProvider("Belle Telecom LLC");
        String before = sha256();
        DatabaseEncryption.stepReached = step -> {
            if (step.equals("written")) {
                // Another Tracebench opens and writes the plain file after it was read.
                withProvider("Written Meanwhile LLC");
            }
        };
        try {
            assertThatThrownBy(() -> DatabaseEncryption.encrypt(plain(), pass(PASSPHRASE)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("was opened by another Tracebench during the encryption");
        } finally {
            DatabaseEncryption.stepReached = step -> { };
        }
        assertThat(sha256()).isNotEqualTo(before);
        assertThat(DatabaseEncryption.isEncrypted(plain())).isFalse();
        assertThat(providerNames(plain())).containsExactlyInAnyOrder("Belle Telecom LLC", "Written Meanwhile LLC");
        assertThat(dir.resolve(DatabaseEncryption.STAGING)).doesNotExist();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
