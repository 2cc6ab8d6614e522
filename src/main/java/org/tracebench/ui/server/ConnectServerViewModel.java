package org.tracebench.ui.server;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tracebench.app.ServerPasswords;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.ServerAddress;
import org.tracebench.ui.common.TaskRunner;
import org.tracebench.ui.common.UiSettings;

/**
 * What File > Connect to a server... asks: host, port, database, user, password and TLS, prefilled from the
 * last connection, with a test that signs in without opening. The password is never kept in the settings: only
 * in the system keyring, when one answers and the user ticks "Remember the password" (decision 0714).
 */
public final class ConnectServerViewModel {

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty tls = new SimpleBooleanProperty(true);
    private final BooleanProperty rememberPassword = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper keyringAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper passwordKept = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper keyringNote = new ReadOnlyStringWrapper("Looking for the system keyring...");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding complete;
    private final UiSettings settings;
    private final TaskRunner tasks;
    private final Function<DatabaseLocation, String> probe;
    private final ServerPasswords passwords;
    private boolean keptPasswordRefused;
    /** Whether the keyring has answered since the dialog opened; before that the user's earlier choice stands. */
    private boolean keyringAnswered;

    /**
     * {@code probe} signs in to a server location and describes it, or throws with a one-line reason;
     * {@code passwords} is the system keyring (or none).
     */
    public ConnectServerViewModel(UiSettings settings, TaskRunner tasks, Function<DatabaseLocation, String> probe,
                                  ServerPasswords passwords) {
        this.settings = settings;
        this.tasks = tasks;
        this.probe = probe;
        this.passwords = passwords;
        rememberPassword.set(settings.keepsServerPassword());
        settings.rememberedServer().ifPresent(server -> {
            host.set(server.host());
            port.set(String.valueOf(server.port()));
            database.set(server.database());
            user.set(server.user());
            tls.set(server.tls());
        });
        complete = Bindings.createBooleanBinding(() -> address().isPresent(), host, port, database, user, tls);
        // A result belongs to the fields it was tested with.
        for (StringProperty field : new StringProperty[] {host, port, database, user, password}) {
            field.addListener((o, was, now) -> testResult.set(""));
        }
        tls.addListener((o, was, now) -> testResult.set(""));
    }

    /** The server the fields name, when each is filled in and the port is a port number. */
    public Optional<ServerAddress> address() {
        try {
            ServerAddress address = new ServerAddress(host.get(), Integer.parseInt(port.get().strip()), database.get(),
                    user.get(), tls.get());
            return address.complete() ? Optional.of(address) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Signs in with what is typed, away from the window's thread, and shows what the server said. */
    public void test() {
        Optional<ServerAddress> address = address();
        if (address.isEmpty()) {
            testResult.set("Fill in host, a port from 1 to 65535, database and user.");
            return;
        }
        DatabaseLocation location = address.get().location(password.get());
        testing.set(true);
        testResult.set("Connecting to " + address.get() + "...");
        tasks.run(() -> probe.apply(location), found -> {
            testing.set(false);
            testResult.set("Connected: " + found);
        }, failure -> {
            testing.set(false);
            testResult.set(failure.getMessage());
        });
    }

    /**
     * Asks the keyring, away from the window's thread, whether it answers and what it keeps for the server in the
     * fields: a kept password fills the password field. Until it answers, "Remember the password" stays off.
     */
    public void lookUpKeyring() {
        Optional<ServerAddress> address = address();
        tasks.run(() -> new KeyringAnswer(passwords.unavailable(), address.flatMap(passwords::find)), answer -> {
            keyringAnswered = true;
            keyringAvailable.set(answer.unavailable().isEmpty());
            if (answer.unavailable().isPresent()) {
                rememberPassword.set(false);
                keyringNote.set(answer.unavailable().get());
                return;
            }
            answer.kept().ifPresent(kept -> {
                if (password.get().isEmpty() && !keptPasswordRefused) {
                    password.set(kept);
                }
                rememberPassword.set(true);
            });
            passwordKept.set(answer.kept().isPresent());
            if (answer.kept().isEmpty()) {
                keyringNote.set("");
            } else {
                keyringNote.set(keptPasswordRefused ? "The system keyring keeps the refused password until you connect."
                        : "The password for this server is kept in the system keyring.");
            }
        }, failure -> {
            keyringAnswered = true;
            keyringAvailable.set(false);
            rememberPassword.set(false);
            keyringNote.set("The system keyring did not answer, so the password is asked each time.");
        });
    }

    /** Removes the kept password of the server in the fields from the keyring (the dialog's Forget button). */
    public void forgetKeptPassword() {
        Optional<ServerAddress> address = address();
        if (address.isEmpty()) {
            return;
        }
        settings.saveKeepsServerPassword(false);
        settings.flush();
        tasks.run(() -> {
            passwords.forget(address.get());
            return address.get();
        }, forgotten -> {
            passwordKept.set(false);
            rememberPassword.set(false);
            keyringNote.set("The password for " + forgotten + " is no longer kept in the system keyring.");
        }, failure -> keyringNote.set(failure.getMessage()));
    }

    /**
     * At start the server refused the password the keyring kept (changed since): says so, leaves the password
     * field for the current one and keeps "Remember" ticked, so connecting puts the new one in the keyring.
     */
    public void keptPasswordRefused(String reason) {
        keptPasswordRefused = true;
        rememberPassword.set(true);
        testResult.set(reason);
    }

    /**
     * The location to open, remembered (without password) for the next time, with the user's keyring choice:
     * the password itself goes to the keyring only once the server has accepted it ({@link KeptPassword#opened}).
     */
    public Optional<DatabaseLocation> connect() {
        Optional<ServerAddress> address = address();
        address.ifPresent(server -> {
            settings.rememberServer(server);
            if (keyringAnswered) {
                // Connecting before the keyring answered must not read as "untick": that would forget the kept one.
                settings.saveKeepsServerPassword(rememberPassword.get() && keyringAvailable.get());
            }
            settings.flush();
        });
        return address.map(server -> server.location(password.get()));
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty tlsProperty() {
        return tls;
    }

    public BooleanProperty rememberPasswordProperty() {
        return rememberPassword;
    }

    public ReadOnlyBooleanProperty keyringAvailableProperty() {
        return keyringAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passwordKeptProperty() {
        return passwordKept.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keyringNoteProperty() {
        return keyringNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    public BooleanBinding completeProperty() {
        return complete;
    }

    private record KeyringAnswer(Optional<String> unavailable, Optional<String> kept) {
    }
}
