package org.tracebench.cli;

import java.util.concurrent.Callable;
import org.tracebench.app.Logging;
import org.tracebench.store.DatabaseEncryption;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Passphrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Encrypts the embedded database with a passphrase, or changes its passphrase; the passphrase never comes from an argument. */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = {"Encrypt the database with a passphrase (a new database is created encrypted), or change its passphrase.",
                "The passphrase comes from TRACEBENCH_PASSPHRASE, else it is asked on the terminal (twice, without echo).",
                "With --change: the current one from TRACEBENCH_PASSPHRASE and the new one from TRACEBENCH_NEW_PASSPHRASE,",
                "else both are asked. Close every Tracebench using the database first."})
public final class EncryptCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--change", description = "Change the passphrase of an encrypted database.")
    boolean change;

    @Override
    public Integer call() {
        DatabaseLocation location = DatabaseLocation.of(top.databaseArgument());
        if (!location.isEmbedded()) {
            throw new BadInputException("Only the embedded database is encrypted by Tracebench; a server database is protected by its server");
        }
        boolean encrypted = DatabaseEncryption.isEncrypted(location);
        PassphraseSource passphrases = top.passphrases();
        if (change) {
            if (!encrypted) {
                throw new BadInputException("Database " + location + " is not encrypted; encrypt it first (tracebench encrypt)");
            }
            Passphrase current = passphrases.current(location);
            Passphrase next = passphrases.fresh(PassphraseSource.NEW_PASSPHRASE_VARIABLE);
            DatabaseEncryption.changePassphrase(location, current, next);
            spec.commandLine().getOut().println("Changed the passphrase of " + location + ".");
            return TracebenchCommand.EXIT_OK;
        }
        if (encrypted) {
            throw new BadInputException("Database " + location + " is already encrypted; to change its passphrase: tracebench encrypt --change");
        }
        Passphrase passphrase = passphrases.fresh(PassphraseSource.PASSPHRASE_VARIABLE);
        DatabaseEncryption.encrypt(location, passphrase);
        Logging.forgetPlainLog();
        spec.commandLine().getOut().println("Encrypted " + location + ". Tracebench now asks for its passphrase"
                + " (batch commands read " + PassphraseSource.PASSPHRASE_VARIABLE + ").");
        return TracebenchCommand.EXIT_OK;
    }
}
