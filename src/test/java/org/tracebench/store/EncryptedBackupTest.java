package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.model.Provider;
import org.tracebench.work.Progress;

/** An encrypted store's backups are encrypted, and restore opens them with the same passphrase. */
class EncryptedBackupTest {

    @TempDir
    Path dir;

    private static Passphrase pass(String text) {
        return Passphrase.of(text.toCharArray());
    }

    @Test
    void backupOfAnEncryptedStoreHoldsNoPlainTextAndRestoresWithThePassphrase() throws Exception {
        SteppingClock clock = new SteppingClock("2026-11-30T09:15:00Z");
        DatabaseLocation encrypted = DatabaseLocation.inDirectory(dir.resolve("data")).withPassphrase(pass("correct horse battery"));
        Path zip;
        try (Database db = Database.open(encrypted)) {
            new ProviderRepository(db).insert(Provider.named("Kwai Fong Secret Carrier Ltd"), false);
            zip = new Backups(db, clock).backUpNow();
        }
        byte[] inside;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            assertThat(in.getNextEntry()).isNotNull();
            inside = in.readAllBytes();
        }
        assertThat(new String(inside, StandardCharsets.ISO_8859_1)).doesNotContain("Kwai Fong").doesNotContain("Secret Carrier");
        assertThat(new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1)).doesNotContain("Kwai Fong");

        try (Database db = Database.open(encrypted)) {
            new ProviderRepository(db).insert(Provider.named("Added Later LLC"), false);
        }
        Restore.Checked checked = Restore.check(encrypted, zip, Progress.NONE);
        assertThat(checked.report().rows("provider")).isEqualTo(1);
        Path kept = Restore.replace(encrypted, checked, clock).orElseThrow();
        try (Database db = Database.open(encrypted)) {
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name).containsExactly("Kwai Fong Secret Carrier Ltd");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(kept))) {
            in.getNextEntry();
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Added Later");
        }
        // Without the passphrase (a plain location) the backup is refused and nothing changes.
        byte[] before = Files.readAllBytes(encrypted.databaseFile());
        DatabaseLocation wrong = DatabaseLocation.inDirectory(dir.resolve("data")).withPassphrase(pass("not the passphrase!"));
        assertThatThrownBy(() -> Restore.check(wrong, zip, Progress.NONE)).isInstanceOf(StoreException.class);
        assertThat(Files.readAllBytes(encrypted.databaseFile())).isEqualTo(before);
        try (java.util.stream.Stream<Path> left = Files.list(dir.resolve("data"))) {
            assertThat(left.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(".tracebench-restore"));
        }
    }

    @Test
    void encryptingAStoreEncryptsTheBackupsMadeBeforeAndChangingThePassphraseFollowsThem() throws Exception {
        SteppingClock clock = new SteppingClock("2026-11-30T09:15:00Z");
        DatabaseLocation plain = DatabaseLocation.inDirectory(dir.resolve("data"));
        Path first;
        Path second;
        try (Database db = Database.open(plain)) {
            new ProviderRepository(db).insert(Provider.named("Kwai Fong Secret Carrier Ltd"), false);
            first = new Backups(db, clock).backUpNow();
            second = new Backups(db, clock).backUpNow();
        }
        assertThat(inside(first)).contains("Kwai Fong");

        DatabaseLocation encrypted = DatabaseEncryption.encrypt(plain, pass("correct horse battery"));
        for (Path backup : List.of(first, second)) {
            assertThat(inside(backup)).startsWith("H2encrypt").doesNotContain("Kwai Fong").doesNotContain("Secret Carrier");
            assertThat(Restore.check(encrypted, backup, Progress.NONE).report().rows("provider")).isEqualTo(1);
        }
        try (java.util.stream.Stream<Path> left = Files.list(dir.resolve("data"))) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain(".tracebench-encrypt");
        }

        DatabaseLocation changed = DatabaseEncryption.changePassphrase(encrypted, pass("correct horse battery"),
                pass("another long passphrase"));
        assertThat(Restore.check(changed, first, Progress.NONE).report().rows("provider")).isEqualTo(1);
        assertThatThrownBy(() -> Restore.check(encrypted, first, Progress.NONE)).isInstanceOf(StoreException.class);
    }

    /** The database file inside a backup, as text. */
    private static String inside(Path zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            assertThat(in.getNextEntry()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
