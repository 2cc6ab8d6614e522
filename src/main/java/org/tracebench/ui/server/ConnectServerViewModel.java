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
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.ServerAddress;
import org.tracebench.ui.common.TaskRunner;
import org.tracebench.ui.common.UiSettings;

/**
 * What File > Connect to a server... asks: host, port, database, user, password and TLS, prefilled from the
 * last connection (except the password, which is never kept), with a test that signs in without opening.
 */
public final class ConnectServerViewModel {

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty tls = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding complete;
    private final UiSettings settings;
    private final TaskRunner tasks;
    private final Function<DatabaseLocation, String> probe;

    /** {@code probe} signs in to a server location and describes it, or throws with a one-line reason. */
    public ConnectServerViewModel(UiSettings settings, TaskRunner tasks, Function<DatabaseLocation, String> probe) {
        this.settings = settings;
        this.tasks = tasks;
        this.probe = probe;
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

    /** The location to open, remembered (without password) for the next time. */
    public Optional<DatabaseLocation> connect() {
        Optional<ServerAddress> address = address();
        address.ifPresent(server -> {
            settings.rememberServer(server);
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

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    public BooleanBinding completeProperty() {
        return complete;
    }
}
