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

    private Workbench workbench;
    private Stage stage;
    private UiSettings settings;
    private MainWindow window;

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
        DatabaseLocation location = DatabaseLocation.of(db);
        Logging.start(location);
        Failures failures = Failures.withAlerts();
        Thread.setDefaultUncaughtExceptionHandler(failures);
        Thread.currentThread().setUncaughtExceptionHandler(failures);
        this.stage = stage;
        this.settings = UiSettings.forUser();
        try {
            // An encrypted database asks for its passphrase first; cancelling that closes Tracebench.
            java.util.Optional<Workbench> opened = DatabaseUnlock.open(location,
                    new org.tracebench.ui.common.FxDialogs(settings, () -> stage), Workbench::open);
            if (opened.isEmpty()) {
                Platform.exit();
                return;
            }
            workbench = opened.get();
        } catch (StoreException e) {
            Failures.log("Cannot open the database", e);
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() + "\n\n" + Logging.whereDetailsAre());
            alert.setHeaderText("Tracebench cannot open its database");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        showWindow();
    }

    private void showWindow() {
        window = new MainWindow(workbench, settings);
        window.setDatabaseConversion(this::convertAndReopen);
        window.show(stage);
    }

    /**
     * File > Encrypt database and Change passphrase: the database is closed, converted off the FX thread, and
     * opened again in a new main window (the old one if the conversion failed, which leaves the file as it was).
     */
    private void convertAndReopen(String title, java.util.function.UnaryOperator<DatabaseLocation> conversion) {
        Workbench closing = workbench;
        workbench = null;
        javafx.scene.control.Label waiting = new javafx.scene.control.Label(title);
        waiting.setId("conversion-message");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(16, new javafx.scene.control.ProgressIndicator(), waiting);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        stage.setScene(new javafx.scene.Scene(box, stage.getWidth(), stage.getHeight()));
        Thread worker = new Thread(() -> {
            DatabaseLocation location = closing.location();
            closing.close();
            RuntimeException failure = null;
            try {
                location = conversion.apply(location);
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
