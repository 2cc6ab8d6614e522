package org.tracebench.store;

import java.nio.file.Path;
import org.tracebench.model.Provider;

/**
 * Run in a child process by DatabaseEncryptionTest and killed there: on an encrypted database, commits one
 * provider, then keeps writing in one open transaction (as an import does) until killed.
 */
public final class EncryptedDatabaseKilledMidImport {

    private EncryptedDatabaseKilledMidImport() {
    }

    public static void main(String[] args) {
        DatabaseLocation location = DatabaseLocation.inDirectory(Path.of(args[0]))
                .withPassphrase(Passphrase.of(DatabaseEncryptionTest.PASSPHRASE.toCharArray()));
        try (Database db = Database.open(location)) {
            ProviderRepository providers = new ProviderRepository(db);
            providers.insert(Provider.named("Committed Before The Crash LLC"), false);
            db.inTransaction(() -> {
                for (int i = 0; i < 20_000; i++) {
                    providers.insert(Provider.named("Half Imported Carrier " + i), false);
                }
                System.out.println("written");
                System.out.flush();
                for (int i = 20_000; ; i++) {
                    providers.insert(Provider.named("Half Imported Carrier " + i), false);
                }
            });
        }
    }
}
