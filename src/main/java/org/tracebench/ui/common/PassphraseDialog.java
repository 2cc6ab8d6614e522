package org.tracebench.ui.common;

import java.util.Arrays;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.tracebench.store.Passphrase;

/**
 * Asks for a passphrase in password fields (never echoed, never kept as a String longer than the dialog):
 * either the one that opens an encrypted database, or a new one typed twice. OK stays disabled until what
 * was typed can be used.
 */
public final class PassphraseDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final PasswordField passphrase = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final boolean asksNew;

    private PassphraseDialog(Window owner, String title, String message, boolean asksNew) {
        this.asksNew = asksNew;
        // At start the main window has no scene yet: the dialog then stands alone.
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        passphrase.setId("passphrase");
        repeat.setId("passphrase-repeat");
        Label explanation = new Label(message);
        explanation.setId("passphrase-message");
        explanation.setWrapText(true);
        explanation.setMaxWidth(420);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.add(explanation, 0, 0, 2, 1);
        grid.addRow(1, new Label(asksNew ? "New passphrase:" : "Passphrase:"), passphrase);
        if (asksNew) {
            Label hint = new Label();
            hint.setId("passphrase-hint");
            hint.textProperty().bind(Bindings.createStringBinding(this::hint, passphrase.textProperty(), repeat.textProperty()));
            grid.addRow(2, new Label("Again:"), repeat);
            grid.add(hint, 0, 3, 2, 1);
        }
        dialog.getDialogPane().setContent(grid);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> !usable(), passphrase.textProperty(), repeat.textProperty()));
        Platform.runLater(passphrase::requestFocus);
    }

    /** For the passphrase of an encrypted database; the message says which database, or that the last try was wrong. */
    public static PassphraseDialog current(Window owner, String title, String message) {
        return new PassphraseDialog(owner, title, message, false);
    }

    /** For a new passphrase, typed twice, at least {@link Passphrase#MINIMUM_LENGTH} characters. */
    public static PassphraseDialog fresh(Window owner, String title, String message) {
        return new PassphraseDialog(owner, title, message, true);
    }

    /** Shows the dialog and waits; empty when the user cancelled. */
    public Optional<Passphrase> showAndWait() {
        try {
            boolean ok = dialog.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK && usable();
            return ok ? Optional.of(typed()) : Optional.empty();
        } finally {
            passphrase.clear();
            repeat.clear();
        }
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private boolean usable() {
        if (passphrase.getText().isEmpty()) {
            return false;
        }
        return !asksNew || (passphrase.getLength() >= Passphrase.MINIMUM_LENGTH && passphrase.getText().equals(repeat.getText()));
    }

    private String hint() {
        if (passphrase.getLength() < Passphrase.MINIMUM_LENGTH) {
            return "At least " + Passphrase.MINIMUM_LENGTH + " characters; a few unrelated words are easy to type and hard to guess.";
        }
        return passphrase.getText().equals(repeat.getText()) ? "The two agree." : "Type the same passphrase again.";
    }

    private Passphrase typed() {
        char[] characters = passphrase.getText().toCharArray();
        try {
            return Passphrase.of(characters);
        } finally {
            Arrays.fill(characters, '\0');
        }
    }
}
