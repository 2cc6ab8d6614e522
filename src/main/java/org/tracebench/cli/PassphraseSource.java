package org.tracebench.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.function.Function;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Passphrase;

/**
 * Where batch mode gets a passphrase: an environment variable, else the terminal without echo. Never a
 * command-line argument, which other users of the machine can read in the process list and which the shell
 * keeps in its history.
 */
final class PassphraseSource {

    /** The passphrase of the encrypted database (or, for {@code encrypt}, the one to encrypt it with). */
    static final String PASSPHRASE_VARIABLE = "TRACEBENCH_PASSPHRASE";
    /** The new passphrase for {@code encrypt --change}. */
    static final String NEW_PASSPHRASE_VARIABLE = "TRACEBENCH_NEW_PASSPHRASE";
    /** The passphrase of an encrypted case file ({@code case-export --encrypt}, {@code case-import}). */
    static final String CASE_PASSPHRASE_VARIABLE = "TRACEBENCH_CASE_PASSPHRASE";
    /** The server password for a {@code --db jdbc:postgresql://...} location without one. */
    static final String SERVER_PASSWORD_VARIABLE = "PGPASSWORD";

    private final Function<String, String> environment;
    private final Console console;

    PassphraseSource(Function<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    static PassphraseSource ofThisProcess() {
        return new PassphraseSource(System::getenv, System.console());
    }

    /** The passphrase that opens this encrypted database. */
    Passphrase current(DatabaseLocation location) {
        Passphrase given = fromEnvironment(PASSPHRASE_VARIABLE);
        if (given != null) {
            return given;
        }
        if (console == null) {
            throw new BadInputException("Database " + location + " is encrypted: set " + PASSPHRASE_VARIABLE
                    + " or run in a terminal to be asked for its passphrase");
        }
        return read("Passphrase for " + location + ": ");
    }

    /**
     * A server location whose URL names no password takes PGPASSWORD, the variable PostgreSQL's own tools read,
     * so a script never has to put the password on the command line where other users' process lists show it.
     */
    DatabaseLocation withServerPassword(DatabaseLocation location) {
        String password = environment.apply(SERVER_PASSWORD_VARIABLE);
        if (location.isEmbedded() || password == null || password.isEmpty()
                || location.jdbcUrl().toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            return location;
        }
        String url = location.jdbcUrl();
        return DatabaseLocation.of(url + (url.contains("?") ? "&" : "?") + "password="
                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** A new passphrase, from the variable named or typed twice on the terminal. */
    Passphrase fresh(String variable) {
        Passphrase given = fromEnvironment(variable);
        if (given != null) {
            return given;
        }
        if (console == null) {
            throw new BadInputException("No passphrase: set " + variable + " or run in a terminal to be asked for one");
        }
        Passphrase first = read("New passphrase (at least " + Passphrase.MINIMUM_LENGTH + " characters): ");
        Passphrase again = read("The same passphrase again: ");
        if (!first.sameAs(again)) {
            throw new BadInputException("The two passphrases differ; nothing was changed");
        }
        again.forget();
        return first;
    }

    /** An existing passphrase (of a file to read), from the variable named or typed once on the terminal. */
    Passphrase existing(String variable, String what) {
        Passphrase given = fromEnvironment(variable);
        if (given != null) {
            return given;
        }
        if (console == null) {
            throw new BadInputException(what + " is encrypted: set " + variable + " or run in a terminal to be asked for its passphrase");
        }
        return read("Passphrase for " + what + ": ");
    }

    private Passphrase fromEnvironment(String variable) {
        String value = environment.apply(variable);
        return value == null || value.isEmpty() ? null : Passphrase.of(value.toCharArray());
    }

    private Passphrase read(String prompt) {
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null || typed.length == 0) {
            throw new BadInputException("No passphrase was typed; nothing was changed");
        }
        try {
            return Passphrase.of(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }
}
