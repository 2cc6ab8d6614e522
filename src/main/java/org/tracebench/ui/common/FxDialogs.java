package org.tracebench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link Dialogs} with the platform's file choosers and JavaFX alerts. The one place that remembers the
 * folder the user last chose a file in, so every chooser opens where the user last was.
 */
public final class FxDialogs implements Dialogs {

    private final UiSettings settings;
    private final Supplier<Window> owner;

    public FxDialogs(UiSettings settings, Supplier<Window> owner) {
        this.settings = settings;
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
        FileChooser chooser = fileChooser(title, types);
        return remember(chooser.showOpenDialog(window()));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = fileChooser(title, types);
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        return remember(chooser.showSaveDialog(window()));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        if (title != null) {
            chooser.setTitle(title);
        }
        File folder = lastFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            settings.saveLastFolder(chosen.getAbsolutePath());
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setHeaderText(title);
        return confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override
    public void error(String header, Throwable error) {
        Failures.log(header, error);
        Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage() == null ? error.toString() : error.getMessage(),
                ButtonType.OK);
        alert.initOwner(window());
        alert.setHeaderText(header);
        alert.show();
    }

    @Override
    public void inform(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(window());
        alert.setHeaderText(header);
        alert.show();
    }

    @Override
    public Optional<ConflictDialog.Decision> resolveConflict(org.tracebench.model.EditConflict<?> conflict) {
        return ConflictDialog.ask(window(), conflict);
    }

    @Override
    public boolean deleteAnyway(org.tracebench.model.EditConflict<?> conflict) {
        return ConflictDialog.askDelete(window(), conflict);
    }

    @Override
    public Optional<org.tracebench.store.Passphrase> askPassphrase(String title, String message) {
        return PassphraseDialog.current(window(), title, message).showAndWait();
    }

    @Override
    public Optional<org.tracebench.store.Passphrase> askNewPassphrase(String title, String message) {
        return PassphraseDialog.fresh(window(), title, message).showAndWait();
    }

    private FileChooser fileChooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        if (title != null) {
            chooser.setTitle(title);
        }
        types.forEach(type -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(),
                type.patterns())));
        File folder = lastFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private File lastFolder() {
        String last = settings.lastFolder();
        File folder = last == null ? null : new File(last);
        return folder != null && folder.isDirectory() ? folder : null;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        File parent = chosen.getAbsoluteFile().getParentFile();
        if (parent != null) {
            settings.saveLastFolder(parent.getAbsolutePath());
        }
        return Optional.of(chosen.toPath());
    }

    /** The window the user is working in (a dialog, when one is open), else the main window. */
    private Window window() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElseGet(owner);
    }
}
