package org.tracebench.store;

import java.nio.file.Path;
import org.tracebench.model.Provider;

/**
 * Run in a child process by CrashRecoveryTest, UncleanStopTest and DatabaseEncryptionTest and killed there:
 * commits one provider, then writes thousands more in one open transaction (as an import does) and reports
 * when they are written, never committing. A second argument "encrypted" opens the database with the
 * encryption test's passphrase; an argument "writeDelay=N" sets H2's WRITE_DELAY (used by the by-hand
 * StrayRowKillLoop to make the background writer save more often); an argument "leftovers" also saves, before
 * "written", rows as H2's background writer can leave them without undo entries (H2LeftoverInjection), so the
 * tests see what the next open does with them on every run, not only when the race happens.
 */
public final class DatabaseKilledMidImport {

    private DatabaseKilledMidImport() {
    }

    public static void main(String[] args) {
        DatabaseLocation location = DatabaseLocation.inDirectory(Path.of(args[0]));
        String writeDelay = null;
        boolean leftovers = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("encrypted")) {
                location = location.withPassphrase(Passphrase.of(DatabaseEncryptionTest.PASSPHRASE.toCharArray()));
            } else if (args[i].equals("leftovers")) {
                leftovers = true;
            } else if (args[i].startsWith("writeDelay=")) {
                writeDelay = String.valueOf(Integer.parseInt(args[i].substring("writeDelay=".length())));
            }
        }
        boolean leaveLeftovers = leftovers;
        try (Database db = Database.open(location)) {
            if (writeDelay != null) {
                String delay = writeDelay;
                db.withConnection(c -> Jdbc.update(c, "SET WRITE_DELAY " + delay));
            }
            ProviderRepository providers = new ProviderRepository(db);
            providers.insert(Provider.named("Committed Before The Crash LLC"), false);
            db.inTransaction(() -> {
                for (int i = 0; i < 20_000; i++) {
                    providers.insert(Provider.named("Half Imported Carrier " + i), false);
                }
                if (leaveLeftovers) {
                    db.withConnection(c -> {
                        H2LeftoverInjection.leaveProvidersWithoutUndo(c);
                        return null;
                    });
                }
                System.out.println("written");
                System.out.flush();
                // Keep writing inside the same transaction until killed, so the store has uncommitted pages
                // on disk whenever the kill lands.
                for (int i = 20_000; ; i++) {
                    providers.insert(Provider.named("Half Imported Carrier " + i), false);
                }
            });
        }
    }
}
