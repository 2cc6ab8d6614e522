package org.tracebench.ui;

import org.tracebench.ui.common.Failures;
import org.tracebench.ui.common.UiSettings;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.tracebench.app.Logging;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.StoreException;

/** The JavaFX application: opens the case store, then the main window; closes the store on exit. */
public final class TracebenchApp extends Application {

    private volatile Workbench workbench;
    private DatabaseLocation location;
    /** The embedded store of this computer: the --db folder, else the default one. */
    private DatabaseLocation localStore;
    private UiSettings settings;
    private MainWindow window;
    private Stage stage;
    /** The operating system's keyring for server passwords (decision 0714), asked only when a server is used. */
    private final org.tracebench.app.ServerPasswords keyring = new org.tracebench.app.SystemKeyring();

    /** Opens the window as {@link #launchWith(String)} does, then imports {@code caseFile} (File > Import case...). */
    public static void launchWith(String databaseArgument, java.nio.file.Path caseFile) {
        if (caseFile == null) {
            launchWith(databaseArgument);
            return;
        }
        java.util.List<String> parameters = new java.util.ArrayList<>();
        if (databaseArgument != null) {
            parameters.add("--db=" + databaseArgument);
        }
        parameters.add("--open-case=" + caseFile.toAbsolutePath());
        Application.launch(TracebenchApp.class, parameters.toArray(String[]::new));
    }

    public static void launchWith(String databaseArgument) {
        if (databaseArgument == null) {
            Application.launch(TracebenchApp.class);
        } else {
            Application.launch(TracebenchApp.class, "--db=" + databaseArgument);
        }
    }

    @Override
    public void start(Stage stage) {
        String db = getParameters().getNamed().get("db");
        this.location = DatabaseLocation.of(db);
        this.localStore = location.isEmbedded() ? location : DatabaseLocation.of(null);
        this.stage = stage;
        Logging.start(location);
        Failures failures = Failures.withAlerts();
        Thread.setDefaultUncaughtExceptionHandler(failures);
        Thread.currentThread().setUncaughtExceptionHandler(failures);
        this.stage = stage;
        this.settings = UiSettings.forUser();
        boolean fromKeyring = false;
        if (db == null && settings.startsOnServer() && settings.rememberedServer().isPresent()) {
            // Last time the window worked on the server: open it again with the password the keyring keeps, else
            // offer it in the connect dialog; Cancel opens the local database instead.
            java.util.Optional<DatabaseLocation> kept = awayFromFxThread("tracebench-keyring",
                    () -> new org.tracebench.ui.server.KeptPassword(settings, keyring).rememberedLocation(),
                    java.util.Optional.empty());
            fromKeyring = kept.isPresent();
            location = kept.isPresent() ? kept.get() : askServer(null).orElse(localStore);
        }
        while (true) {
            try {
                // An encrypted database asks for its passphrase first; cancelling that closes Tracebench.
                java.util.Optional<Workbench> opened = DatabaseUnlock.open(location,
                        new org.tracebench.ui.common.FxDialogs(settings, () -> stage), this::openShowingRecovery);
                if (opened.isEmpty()) {
                    Platform.exit();
                    return;
                }
                workbench = opened.get();
            } catch (StoreException e) {
                if (fromKeyring && Workbench.signInRefused(e)) {
                    // The password changed on the server since the keyring kept it: ask for the current one.
                    Failures.log("The server refused the kept password", e);
                    fromKeyring = false;
                    location = askServer("The server refused the password kept in the system keyring (was it changed?). "
                            + "Type the current one; Connect keeps it in the keyring instead of the old one.").orElse(localStore);
                    continue;
                }
                if (!location.isEmbedded() && db == null) {
                    // The remembered server is not there (or the password was wrong): say so, then work locally.
                    Failures.log("Cannot open the server", e);
                    Alert unreachable = new Alert(Alert.AlertType.WARNING, e.getMessage() + "\n\nTracebench opens the local database "
                            + localStore + " instead; File > Connect to a server... tries again.");
                    unreachable.setHeaderText("The server could not be opened");
                    unreachable.showAndWait();
                    location = localStore;
                    continue;
                }
                Failures.log("Cannot open the database", e);
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() + "\n\n" + Logging.whereDetailsAre());
                alert.setHeaderText("Tracebench cannot open its database");
                java.util.Optional<java.nio.file.Path> newest = damagedWithBackup(e);
                javafx.scene.control.ButtonType restore = new javafx.scene.control.ButtonType(
                        "Restore " + newest.map(b -> b.getFileName().toString()).orElse("") + " and open");
                if (newest.isPresent()) {
                    alert.getButtonTypes().setAll(restore, javafx.scene.control.ButtonType.CLOSE);
                }
                if (alert.showAndWait().filter(restore::equals).isEmpty() || !restoreAtStart(newest.get())) {
                    Platform.exit();
                    return;
                }
            }
            break;
        }
        settings = UiSettings.forUser();
        if (!location.isEmbedded() && db == null) {
            keepPasswordOf(location);
        }
        showWindow();
        String caseFile = getParameters().getNamed().get("open-case");
        if (caseFile != null) {
            window.importCaseFile(java.nio.file.Path.of(caseFile));
        }
    }

    /** The connect dialog at start, before any window; {@code refused} says why it is asked again. */
    private java.util.Optional<DatabaseLocation> askServer(String refused) {
        org.tracebench.ui.server.ConnectServerViewModel model = new org.tracebench.ui.server.ConnectServerViewModel(
                settings, new org.tracebench.ui.common.FxTaskRunner(new org.tracebench.ui.common.BackgroundWork()),
                Workbench::probeServer, keyring);
        if (refused != null) {
            model.keptPasswordRefused(refused);
        }
        return org.tracebench.ui.server.ConnectServerDialog.ask(null, model);
    }

    /**
     * The server accepted this location's password: into the keyring it goes (or out, as the user chose), away
     * from the JavaFX thread; a keyring that will not is said in a notice, the server stays open.
     */
    private void keepPasswordOf(DatabaseLocation opened) {
        org.tracebench.ui.server.KeptPassword kept = new org.tracebench.ui.server.KeptPassword(settings, keyring);
        Thread keeper = new Thread(() -> kept.opened(opened).ifPresent(problem -> Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.WARNING, problem);
            alert.initOwner(stage);
            alert.setHeaderText("The password was not kept");
            alert.show();
        })), "tracebench-keyring");
        keeper.setDaemon(true);
        keeper.start();
    }

    /**
     * Runs {@code job} on a thread of its own while the JavaFX thread keeps serving events, and returns its result
     * ({@code otherwise} if it failed, which is logged).
     */
    private static <T> T awayFromFxThread(String name, java.util.function.Supplier<T> job, T otherwise) {
        Object waiting = new Object();
        java.util.concurrent.atomic.AtomicReference<T> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread worker = new Thread(() -> {
            T result;
            try {
                result = job.get();
            } catch (RuntimeException e) {
                Failures.log("Work before the window failed", e);
                result = otherwise;
            }
            T done = result;
            Platform.runLater(() -> {
                outcome.set(done);
                Platform.exitNestedEventLoop(waiting, null);
            });
        }, name);
        worker.setDaemon(true);
        worker.start();
        Platform.enterNestedEventLoop(waiting);
        return outcome.get();
    }

    /**
     * Opens the store off the JavaFX thread, which keeps serving events meanwhile: a recovery after an unclean
     * stop can take minutes, and the window says so instead of looking hung (decision 0014).
     */
    private Workbench openShowingRecovery(DatabaseLocation target) {
        Object waiting = new Object();
        java.util.concurrent.atomic.AtomicReference<Object> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread opener = new Thread(() -> {
            Object result;
            try {
                result = Workbench.open(target, notice -> Platform.runLater(() -> showRecovering(notice)));
            } catch (RuntimeException e) {
                result = e;
            }
            Object done = result;
            Platform.runLater(() -> {
                outcome.set(done);
                Platform.exitNestedEventLoop(waiting, null);
            });
        }, "tracebench-open");
        opener.setDaemon(true);
        opener.start();
        Platform.enterNestedEventLoop(waiting);
        if (outcome.get() instanceof RuntimeException failure) {
            throw failure;
        }
        return (Workbench) outcome.get();
    }

    private void showRecovering(String notice) {
        javafx.scene.control.Label message = new javafx.scene.control.Label("Tracebench is " + notice
                + ".\nAfter a large import this can take a few minutes. Please wait; nothing needs to be done.");
        message.setId("recovery-message");
        message.setWrapText(true);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(16, new javafx.scene.control.ProgressIndicator(), message);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setPadding(new javafx.geometry.Insets(24));
        stage.setTitle("Tracebench: recovering the database");
        stage.setScene(new javafx.scene.Scene(box, 640, 240));
        stage.show();
    }

    /** A file refused as damaged, with a backup beside it: the window can offer to put the newest back. */
    private java.util.Optional<java.nio.file.Path> damagedWithBackup(StoreException e) {
        if (!location.isEmbedded() || !e.getMessage().contains("damaged")) {
            return java.util.Optional.empty();
        }
        return org.tracebench.store.Backups.newest(location);
    }

    /** The damaged file is kept as a backup itself; false (after telling why) when the backup would not do. */
    private boolean restoreAtStart(java.nio.file.Path backup) {
        try {
            Workbench.restore(location, Workbench.checkBackup(location, backup, org.tracebench.work.Progress.NONE));
            workbench = Workbench.open(location);
            return true;
        } catch (StoreException e) {
            Failures.log("Restore at start from {} failed", backup, e);
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() + "\n\n" + Logging.whereDetailsAre());
            alert.setHeaderText("The backup could not be restored");
            alert.showAndWait();
            return false;
        }
    }

    /**
     * File > Restore from backup...: the open workbench is closed, the checked backup put in place and the
     * store opened again; the window is built anew over it, since every screen holds the old workbench.
     */
    private final class Swap implements BackupActions.Reopen {
        @Override
        public BackupActions.Restored restore(org.tracebench.store.Restore.Checked checked) {
            java.util.Optional<java.nio.file.Path> kept = java.util.Optional.empty();
            RuntimeException failure = null;
            DatabaseLocation open = workbench.location();
            try {
                kept = workbench.closeAndRestore(checked);
            } catch (RuntimeException e) {
                Failures.log("Restore from {} failed", checked.backup(), e);
                failure = e;
            }
            // Opened again whatever happened: the restored database, or the old one if the swap did not happen.
            workbench = Workbench.open(open);
            return new BackupActions.Restored(workbench, checked.backup(), kept, java.util.Optional.ofNullable(failure));
        }

        @Override
        public void show(BackupActions.Restored restored) {
            showWindow();
        }
    }

    private void showWindow() {
        window = new MainWindow(workbench, settings).restoringWith(new Swap());
        window.setDatabaseConversion(this::convertAndReopen);
        window.setDatabaseSwitch(localStore, this::switchTo);
        window.setServerPasswords(keyring);
        window.show(stage);
    }

    /**
     * File > Connect to a server... and Open local database...: the open store is closed and the other opened
     * off the FX thread; when the other cannot be opened, the one the user was working on is opened again and
     * the reason shown, so a wrong password or an absent server never leaves the window without cases.
     */
    private void switchTo(DatabaseLocation target) {
        DatabaseLocation chosen = target;
        if (target.isEmbedded() && org.tracebench.store.DatabaseEncryption.isEncrypted(target)) {
            java.util.Optional<org.tracebench.store.Passphrase> passphrase = new org.tracebench.ui.common.FxDialogs(settings, () -> stage)
                    .askPassphrase(DatabaseUnlock.TITLE, "The case database " + target + " is encrypted. Type its passphrase to open it.");
            if (passphrase.isEmpty()) {
                return;
            }
            chosen = target.withPassphrase(passphrase.get());
        }
        DatabaseLocation next = chosen;
        Workbench closing = workbench;
        workbench = null;
        showWaiting("Opening " + org.tracebench.store.ServerAddress.of(next).map(Object::toString).orElse(next.toString()) + "...");
        Thread worker = new Thread(() -> {
            DatabaseLocation previous = closing.location();
            closing.close();
            try {
                Workbench opened = Workbench.open(next);
                Platform.runLater(() -> {
                    workbench = opened;
                    settings.saveStartsOnServer(!next.isEmbedded());
                    settings.flush();
                    showWindow();
                    if (!next.isEmbedded()) {
                        keepPasswordOf(next);
                    }
                });
            } catch (RuntimeException e) {
                Failures.log("Cannot open {}", next, e);
                reopenAfterFailure(previous, "Tracebench could not open that database", e);
            }
        }, "tracebench-database-switch");
        worker.start();
    }

    private void reopenAfterFailure(DatabaseLocation previous, String header, RuntimeException failure) {
        try {
            Workbench reopened = Workbench.open(previous);
            Platform.runLater(() -> {
                workbench = reopened;
                showWindow();
                Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage() + "\n\nYou are back on " + previous + ".");
                alert.initOwner(stage);
                alert.setHeaderText(header);
                alert.show();
            });
        } catch (RuntimeException e) {
            Platform.runLater(() -> {
                Failures.log("Cannot open the database again", e);
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() + "\n\n" + Logging.whereDetailsAre());
                alert.setHeaderText("Tracebench cannot open its database");
                alert.showAndWait();
                Platform.exit();
            });
        }
    }

    private void showWaiting(String title) {
        javafx.scene.control.Label waiting = new javafx.scene.control.Label(title);
        waiting.setId("conversion-message");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(16, new javafx.scene.control.ProgressIndicator(), waiting);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        stage.setScene(new javafx.scene.Scene(box, stage.getWidth(), stage.getHeight()));
    }

    /**
     * File > Encrypt database and Change passphrase: the database is closed, converted off the FX thread, and
     * opened again in a new main window (the old one if the conversion failed, which leaves the file as it was).
     */
    private void convertAndReopen(String title, java.util.function.UnaryOperator<DatabaseLocation> conversion) {
        Workbench closing = workbench;
        workbench = null;
        showWaiting(title);
        Thread worker = new Thread(() -> {
            DatabaseLocation location = closing.location();
            closing.close();
            RuntimeException failure = null;
            try {
                boolean wasPlain = !location.isEncrypted();
                location = conversion.apply(location);
                if (wasPlain && location.isEncrypted()) {
                    Logging.forgetPlainLog();
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            RuntimeException conversionFailure = failure;
            try {
                Workbench reopened = Workbench.open(location);
                Platform.runLater(() -> {
                    workbench = reopened;
                    showWindow();
                    if (conversionFailure != null) {
                        Failures.log(title, conversionFailure);
                        Alert alert = new Alert(Alert.AlertType.ERROR, conversionFailure.getMessage());
                        alert.initOwner(stage);
                        alert.setHeaderText("The database was not converted");
                        alert.show();
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    Failures.log("Cannot open the database again", e);
                    Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() + "\n\n" + Logging.whereDetailsAre());
                    alert.setHeaderText("Tracebench cannot open its database");
                    alert.showAndWait();
                    Platform.exit();
                });
            }
        }, "tracebench-database-conversion");
        worker.start();
    }

    @Override
    public void stop() {
        // Closing the window during an import or a sample load cancels it and lets it roll back before the store
        // closes; otherwise the JVM would end under the open transaction (undone only at the next open).
        if (window != null && !window.work().cancelAndWait(java.time.Duration.ofSeconds(60))) {
            Failures.log("The running work did not end within a minute of closing; it is undone at the next open",
                    new IllegalStateException("work still running at exit"));
        }
        if (workbench != null) {
            workbench.close();
        }
    }
}
