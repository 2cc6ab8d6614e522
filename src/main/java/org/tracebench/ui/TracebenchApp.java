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
        try {
            workbench = Workbench.open(location);
        } catch (StoreException e) {
            Failures.log("Cannot open the database", e);
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() + "\n\n" + Logging.whereDetailsAre());
            alert.setHeaderText("Tracebench cannot open its database");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = new MainWindow(workbench, UiSettings.forUser());
        window.show(stage);
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
