package org.tracebench.ui.server;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.tracebench.store.DatabaseLocation;

/** The connect dialog: the view model's fields in a grid, Test connection, and Connect. */
public final class ConnectServerDialog {

    public static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

    private ConnectServerDialog() {
    }

    /** The server location to open, or empty when the user cancelled. */
    public static Optional<DatabaseLocation> ask(Window owner, ConnectServerViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Connect to a server");
        dialog.setHeaderText("Open the cases kept on your team's PostgreSQL server.\n"
                + "The password is never written to a file: it is kept only in the system keyring, if you ask.");
        dialog.getDialogPane().getButtonTypes().setAll(CONNECT, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form(model));
        Node connect = dialog.getDialogPane().lookupButton(CONNECT);
        connect.setId("connect-button");
        connect.disableProperty().bind(model.completeProperty().not());
        dialog.setResizable(true);
        // A long answer from the test wraps over several lines: the dialog grows to show it whole.
        model.testResultProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(
                () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        model.keyringNoteProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(
                () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        model.lookUpKeyring();
        return dialog.showAndWait().filter(CONNECT::equals).flatMap(pressed -> model.connect());
    }

    static GridPane form(ConnectServerViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        TextField host = field("server-host", "db.office.example");
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField port = field("server-port", "5432");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(model.portProperty());
        TextField database = field("server-database", "tracebench");
        database.textProperty().bindBidirectional(model.databaseProperty());
        TextField user = field("server-user", "your database user");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("server-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        CheckBox tls = new CheckBox("Encrypt the connection (TLS); refuse the server if it cannot");
        tls.setId("server-tls");
        tls.selectedProperty().bindBidirectional(model.tlsProperty());
        CheckBox remember = new CheckBox("_Remember the password in the system keyring");
        remember.setMnemonicParsing(true);
        remember.setId("server-remember-password");
        remember.selectedProperty().bindBidirectional(model.rememberPasswordProperty());
        remember.disableProperty().bind(model.keyringAvailableProperty().not());
        Button forget = new Button("_Forget saved password");
        forget.setMnemonicParsing(true);
        forget.setId("server-forget-password");
        forget.disableProperty().bind(model.passwordKeptProperty().not());
        forget.setOnAction(e -> model.forgetKeptPassword());
        Label keyringNote = new Label();
        keyringNote.setId("server-keyring-note");
        keyringNote.setWrapText(true);
        keyringNote.setPrefWidth(360);
        keyringNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        keyringNote.textProperty().bind(model.keyringNoteProperty());
        keyringNote.managedProperty().bind(keyringNote.textProperty().isNotEmpty());
        keyringNote.visibleProperty().bind(keyringNote.textProperty().isNotEmpty());
        Button test = new Button("Test connection");
        test.setId("server-test");
        test.disableProperty().bind(model.testingProperty());
        test.setOnAction(e -> model.test());
        Label result = new Label();
        result.setId("server-test-result");
        result.setWrapText(true);
        result.setPrefWidth(460);
        result.setMaxWidth(460);
        // A wrapped label in a grid takes only one line's height unless told to keep its preferred height.
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        result.textProperty().bind(model.testResultProperty());

        int row = 0;
        grid.addRow(row++, label("_Host:", host), host);
        grid.addRow(row++, label("_Port:", port), port);
        grid.addRow(row++, label("_Database:", database), database);
        grid.addRow(row++, label("_User:", user), user);
        grid.addRow(row++, label("Pass_word:", password), password);
        grid.add(remember, 1, row++);
        grid.add(keyringNote, 1, row++);
        grid.add(forget, 1, row++);
        grid.add(tls, 1, row++);
        grid.add(test, 1, row++);
        grid.add(result, 0, row, 2, 1);
        return grid;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        return field;
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }
}
