package org.tracebench.ui;

import org.tracebench.ui.common.BackgroundWork;
import org.tracebench.ui.common.Fxml;
import org.tracebench.ui.common.Screen;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.ScreenId;
import org.tracebench.ui.common.UiSettings;
import org.tracebench.ui.common.WorkbenchState;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tracebench.app.Version;
import org.tracebench.app.Workbench;

/**
 * The main window: navigation on the left, the current screen in the middle, a status bar with progress
 * and cancel at the bottom. Remembers its size, position, theme and last screen.
 */
public final class MainWindow {

    private final Workbench workbench;
    private final UiSettings settings;
    private final BackgroundWork work = new BackgroundWork();
    private final WorkbenchState state = new WorkbenchState();
    private final Map<ScreenId, Screen> screens = new EnumMap<>(ScreenId.class);
    private final Map<ScreenId, ToggleButton> navButtons = new EnumMap<>(ScreenId.class);
    private final ToggleGroup navGroup = new ToggleGroup();
    private Stage stage;
    private ScreenId current;
    private ScreenContext screenContext;
    private BackupActions backupActions;
    private BackupActions.Reopen reopen;
    private org.tracebench.ui.help.GuideWindow guide;
    private org.tracebench.ui.transfer.CaseTransferViewModel caseTransfer;

    @FXML private BorderPane root;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private VBox welcomeSlot;
    @FXML private Label statusMessage;
    @FXML private MenuItem openLocalItem;
    @FXML private Label databaseLabel;
    @FXML private ProgressBar statusProgress;
    @FXML private Button cancelButton;
    @FXML private Menu goMenu;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private MenuItem encryptItem;
    @FXML private MenuItem changePassphraseItem;
    /** Set by the application: closes the database, converts it, opens the result in a new window. */
    private java.util.function.BiConsumer<String, java.util.function.UnaryOperator<org.tracebench.store.DatabaseLocation>> conversion;
    /** Closes this store and opens another (a server, or the local file again); set by the application. */
    private java.util.function.Consumer<org.tracebench.store.DatabaseLocation> databaseSwitch;
    /** The embedded store File > Open local database... goes back to. */
    private org.tracebench.store.DatabaseLocation localStore = org.tracebench.store.DatabaseLocation.of(null);
    /** The system keyring for server passwords; none unless the application hands one over. */
    private org.tracebench.app.ServerPasswords serverPasswords = org.tracebench.app.ServerPasswords.none(
            "No system keyring was handed to this window, so the password is asked each time.");

    public MainWindow(Workbench workbench, UiSettings settings) {
        this.workbench = workbench;
        this.settings = settings;
    }

    /** How File > Restore from backup... swaps the database under the window; without it the item is off. */
    public MainWindow restoringWith(BackupActions.Reopen reopen) {
        this.reopen = reopen;
        return this;
    }

    public void show(Stage primaryStage) {
        this.stage = primaryStage;
        BorderPane view = Fxml.load(this, "MainWindow.fxml");
        Scene scene = new Scene(view, settings.width(), settings.height());
        scene.getStylesheets().add(MainWindow.class.getResource("tracebench.css").toExternalForm());
        applyTheme(settings.darkTheme());
        stage.setTitle("Tracebench");
        stage.setScene(scene);
        if (!Double.isNaN(settings.x()) && !Double.isNaN(settings.y())) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
        stage.setOnCloseRequest(event -> saveWindow());
        stage.show();
    }

    @FXML
    private void initialize() {
        ScreenContext context = new ScreenContext(workbench, state, work, settings, () -> stage, this::showScreen);
        for (ScreenId id : ScreenId.values()) {
            ToggleButton button = new ToggleButton(id.title(), new FontIcon(id.icon()));
            button.setId("nav-" + id.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setTooltip(new Tooltip(id.title() + " (" + id.accelerator().getDisplayText() + ")"));
            button.setOnAction(event -> showScreen(id));
            navButtons.put(id, button);
            navigation.getChildren().add(button);

            MenuItem item = new MenuItem(id.title());
            item.setAccelerator(id.accelerator());
            item.setOnAction(event -> showScreen(id));
            goMenu.getItems().add(item);
        }
        this.screenContext = context;
        this.caseTransfer = new org.tracebench.ui.transfer.CaseTransferViewModel(workbench.caseTransfer(), context.tasks(),
                context.dialogs(), (file, conflicts) -> org.tracebench.ui.transfer.ImportConflictDialog.ask(stage, file, conflicts),
                summary -> refreshCurrent());
        this.backupActions = new BackupActions(workbench, context.tasks(), context.dialogs(), new BackupActions.Reopen() {
            @Override
            public BackupActions.Restored restore(org.tracebench.store.Restore.Checked checked) {
                return reopen.restore(checked);
            }

            @Override
            public void show(BackupActions.Restored restored) {
                reopen.show(restored);
            }
        });
        statusMessage.textProperty().bind(work.messageProperty());
        statusProgress.progressProperty().bind(work.progressProperty());
        statusProgress.visibleProperty().bind(work.runningProperty());
        cancelButton.visibleProperty().bind(work.runningProperty());
        // Hidden controls give their room back to the status message.
        statusProgress.managedProperty().bind(statusProgress.visibleProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        cancelButton.setOnAction(event -> work.cancel());
        databaseLabel.setText(org.tracebench.store.ServerAddress.of(workbench.location())
                .map(server -> "Server: " + server)
                .orElseGet(() -> workbench.location() + (workbench.location().isEncrypted() ? " (encrypted)" : "")));
        encryptItem.setDisable(!workbench.location().isEmbedded() || workbench.location().isEncrypted());
        openLocalItem.setDisable(workbench.location().isEmbedded());
        changePassphraseItem.setDisable(!workbench.location().isEncrypted());
        darkThemeItem.setSelected(settings.darkTheme());
        installWindowDrop();
        showScreen(settings.lastScreen());
        context.tasks().run(() -> workbench.samples().storeIsEmpty(), empty -> {
            if (empty) {
                loadSamples();
            } else {
                // A store with data gets its daily backup and, after a crash, its check; a first start has nothing to keep.
                backupActions.afterOpen();
            }
        }, this::showError);
        backupActions.armBackupOnClose();
        checkWelcome();
        // A new case is selected once created: the moment the first case of the user's own appears.
        state.selectedCaseProperty().addListener((obs, was, now) -> checkWelcome());
        // Start-up hook of the deadlines dashboard: once the window is up, and only when something needs attention.
        context.tasks().run(() -> workbench.casework().dashboard().needsAttention(), needed -> {
            if (needed) {
                showDeadlines();
            }
        }, this::showError);
    }

    @FXML
    private void showSearch() {
        new org.tracebench.ui.cases.SearchDialog(screenContext, stage).show();
    }

    @FXML
    private void showDeadlines() {
        org.tracebench.ui.cases.DeadlinesDialog.open(screenContext, stage);
    }

    @FXML
    private void showAuditLog() {
        new org.tracebench.ui.audit.AuditLogDialog(new org.tracebench.ui.audit.AuditLogViewModel(workbench,
                screenContext.tasks(), screenContext.dialogs()), stage).show();
    }

    @FXML
    private void showCampaigns() {
        new org.tracebench.ui.campaigns.CampaignsDialog(new org.tracebench.ui.campaigns.CampaignsViewModel(workbench,
                screenContext.tasks(), screenContext.dialogs()), stage).show();
    }

    @FXML
    private void showOffices() {
        org.tracebench.model.CaseSummary selected = screenContext.state().selectedCase();
        new org.tracebench.ui.letters.OfficesDialog(new org.tracebench.ui.letters.OfficesViewModel(
                workbench.letters().offices(), screenContext.tasks(), screenContext.dialogs(),
                selected == null ? null : selected.caseFile()), stage).show();
    }

    public void showScreen(ScreenId id) {
        Screen screen = screens.computeIfAbsent(id, key -> Screens.create(key, screenContext));
        content.getChildren().setAll(screen.view());
        navButtons.get(id).setSelected(true);
        current = id;
        settings.saveLastScreen(id);
        screen.onShow();
        checkWelcome();
    }

    /**
     * The first-start note shows while the store holds no case of the user's own and the user has not closed
     * it for good; looked at again whenever the user moves on, so a first real case takes it away.
     */
    private void checkWelcome() {
        if (settings.welcomeDismissed()) {
            welcomeSlot.getChildren().clear();
            return;
        }
        screenContext.tasks().run(() -> workbench.samples().onlySamples(), onlySamples -> {
            if (!onlySamples || settings.welcomeDismissed()) {
                welcomeSlot.getChildren().clear();
            } else if (welcomeSlot.getChildren().isEmpty()) {
                welcomeSlot.getChildren().add(new WelcomePane(new WelcomePane.Actions() {
                    @Override
                    public void newCase() {
                        showScreen(ScreenId.CASES);
                        if (content.lookup("#new-case") instanceof Button newCase) {
                            newCase.fire();
                        }
                    }

                    @Override
                    public void openGuide() {
                        showGuide();
                    }

                    @Override
                    public void removeSamples() {
                        MainWindow.this.removeSamples();
                    }

                    @Override
                    public void dismiss() {
                        settings.saveWelcomeDismissed();
                        settings.flush();
                        welcomeSlot.getChildren().clear();
                    }
                }).view());
            }
        }, this::showError);
    }

    /** Help > User guide (F1): the guide bundled in the jar, read offline. */
    @FXML
    private void showGuide() {
        if (guide == null) {
            guide = new org.tracebench.ui.help.GuideWindow(stage);
        }
        guide.show();
    }

    /** The user guide's window once opened, for tests and the guide's screenshots. */
    public org.tracebench.ui.help.GuideWindow guide() {
        return guide;
    }

    /**
     * A file dropped anywhere on the window is imported: screens that take files themselves (Calls) handle
     * the drop first; elsewhere the window switches to the Calls screen and imports it there.
     */
    private void installWindowDrop() {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1
                    && !work.runningProperty().get()) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            java.util.List<java.io.File> files = event.getDragboard().getFiles();
            boolean accepted = files != null && files.size() == 1 && openFile(files.get(0).toPath());
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    /** Hands a file to the screen that imports files, showing that screen. */
    public boolean openFile(java.nio.file.Path file) {
        showScreen(ScreenId.CALLS);
        return screens.get(ScreenId.CALLS).openFile(file);
    }

    /** The screen built for this id, or null before the user first went there. */
    public Screen screen(ScreenId id) {
        return screens.get(id);
    }

    public ScreenId currentScreen() {
        return current;
    }

    public WorkbenchState state() {
        return state;
    }

    public BackgroundWork work() {
        return work;
    }

    @FXML
    private void loadSamples() {
        screenContext.tasks().runWithProgress("Loading the sample cases…", progress -> workbench.samples().load(progress).size(),
                added -> refreshCurrent(), this::showError);
    }

    @FXML
    private void removeSamples() {
        if (screenContext.dialogs().confirm("Remove sample cases",
                "Remove the sample cases and the parties only they use? Your own cases are kept.")) {
            screenContext.tasks().runWithProgress("Removing the sample cases…", progress -> workbench.samples().remove(),
                    removed -> {
                        refreshCurrent();
                        checkWelcome();
                    }, this::showError);
        }
    }

    /** The screen in view reads again what changed; the others do when the user goes to them. */
    private void refreshCurrent() {
        if (current != null) {
            screens.get(current).onShow();
        }
    }

    /** File > Export attachment table (XLSX): the selected case's calls as an Attachment A workbook. */
    @FXML
    private void exportAttachment() {
        new org.tracebench.ui.sheets.ExportAttachmentAction(screenContext).exportCase(state.selectedCase());
    }

    /** File > Export case...: the selected case as one .tbcase file for another database. */
    @FXML
    private void exportCase() {
        caseTransfer.exportCase(state.selectedCase());
    }

    /** File > Import case...: a .tbcase file into this database. */
    @FXML
    private void importCase() {
        caseTransfer.importCase();
    }

    /** Imports a case file named at start (a .tbcase file opened from the desktop). */
    public void importCaseFile(java.nio.file.Path file) {
        caseTransfer.importFile(file);
    }

    /** File > Back up now... */
    @FXML
    private void backUpNow() {
        backupActions.backUpNow();
    }

    /** File > Restore from backup...: the window is rebuilt over the restored database. */
    @FXML
    private void restoreFromBackup() {
        if (reopen == null) {
            screenContext.dialogs().inform("Restore from backup", "Restart Tracebench to restore (tracebench restore FILE).");
            return;
        }
        backupActions.restoreFromBackup();
    }

    /** File > Check database */
    @FXML
    private void checkDatabase() {
        backupActions.checkDatabase();
    }

    /** The backup and restore actions, for tests. */
    public BackupActions backupActions() {
        return backupActions;
    }

    /** The window this one shows in, so a restore can show the rebuilt window in its place. */
    public Stage stage() {
        return stage;
    }

    /** Remembers where the window is before it is rebuilt (the restored database gets a new window). */
    public void saveWindowState() {
        saveWindow();
    }

    /** How File > Encrypt database and Change passphrase hand the database back to the application. */
    public void setDatabaseConversion(java.util.function.BiConsumer<String,
            java.util.function.UnaryOperator<org.tracebench.store.DatabaseLocation>> conversion) {
        this.conversion = conversion;
    }

    public void setDatabaseSwitch(org.tracebench.store.DatabaseLocation local,
                                  java.util.function.Consumer<org.tracebench.store.DatabaseLocation> change) {
        this.localStore = local;
        this.databaseSwitch = change;
    }

    /** File > Connect to a server...: asks where and who, then the window works on the server's cases. */
    @FXML
    private void connectToServer() {
        if (databaseSwitch == null || !readyToConvert()) {
            return;
        }
        org.tracebench.ui.server.ConnectServerViewModel model = new org.tracebench.ui.server.ConnectServerViewModel(
                settings, screenContext.tasks(), Workbench::probeServer, serverPasswords);
        org.tracebench.ui.server.ConnectServerDialog.ask(stage, model).ifPresent(databaseSwitch);
    }

    /** The system keyring the connect dialog and File > Forget saved password use (decision 0714). */
    public void setServerPasswords(org.tracebench.app.ServerPasswords passwords) {
        this.serverPasswords = passwords;
    }

    /** File > Forget saved password: the remembered server's password leaves the system keyring. */
    @FXML
    private void forgetSavedPassword() {
        org.tracebench.ui.server.KeptPassword kept = new org.tracebench.ui.server.KeptPassword(settings, serverPasswords);
        screenContext.tasks().run(kept::forget, said -> screenContext.dialogs().inform("Forget saved password", said),
                failure -> screenContext.dialogs().error("Forget saved password", failure));
    }

    /** File > Open local database...: back to the database file on this computer. */
    @FXML
    private void openLocalDatabase() {
        if (databaseSwitch == null || workbench.location().isEmbedded() || !readyToConvert()) {
            return;
        }
        databaseSwitch.accept(localStore);
    }

    /** File > Encrypt database: a new passphrase, then the plain file is replaced by an encrypted one. */
    @FXML
    private void encryptDatabase() {
        if (!readyToConvert()) {
            return;
        }
        screenContext.dialogs().askNewPassphrase("Encrypt database",
                "Tracebench closes the database, writes an encrypted copy beside it, checks that the copy holds every row,"
                        + " then puts it in place of the plain file. From then on it asks for this passphrase at start."
                        + " Without the passphrase nobody, you included, can open these cases: keep it safe.")
                .ifPresent(passphrase -> saveAndConvert("Encrypting the database…",
                        location -> org.tracebench.store.DatabaseEncryption.encrypt(location.withPassphrase(null), passphrase)));
    }

    /** File > Change passphrase: the current one again (someone else may be at the keyboard), then a new one. */
    @FXML
    private void changePassphrase() {
        if (!readyToConvert()) {
            return;
        }
        screenContext.dialogs().askPassphrase("Change passphrase", "Type the current passphrase of " + workbench.location() + ".")
                .ifPresent(current -> screenContext.dialogs().askNewPassphrase("Change passphrase",
                                "Type the new passphrase twice. The database is closed, re-encrypted and opened again.")
                        .ifPresent(next -> saveAndConvert("Changing the passphrase…",
                                location -> org.tracebench.store.DatabaseEncryption.changePassphrase(location, current, next))));
    }

    private boolean readyToConvert() {
        if (work.runningProperty().get()) {
            screenContext.dialogs().inform("Work is running", "Wait for the work in the status bar to finish, then try again.");
            return false;
        }
        return conversion != null;
    }

    private void saveAndConvert(String title, java.util.function.UnaryOperator<org.tracebench.store.DatabaseLocation> step) {
        saveWindow();
        conversion.accept(title, step);
    }

    @FXML
    private void toggleTheme() {
        settings.saveDarkTheme(darkThemeItem.isSelected());
        applyTheme(darkThemeItem.isSelected());
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    @FXML
    private void showAbout() {
        screenContext.tasks().run(() -> workbench.schemaVersion(), schema -> {
            Alert about = new Alert(Alert.AlertType.INFORMATION);
            about.initOwner(stage);
            about.setHeaderText("Tracebench " + Version.current());
            about.setContentText("An offline workbench for robocall enforcement casework.\nDatabase: "
                    + workbench.location() + " (schema " + schema + ")");
            about.showAndWait();
        }, this::showError);
    }

    @FXML
    private void quit() {
        saveWindow();
        Platform.exit();
    }

    private void showError(Throwable error) {
        screenContext.dialogs().error("Something went wrong", error);
    }

    private void saveWindow() {
        if (stage != null) {
            settings.saveWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
            settings.flush();
        }
    }
}
