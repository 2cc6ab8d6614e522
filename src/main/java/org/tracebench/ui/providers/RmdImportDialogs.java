package org.tracebench.ui.providers;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracebench.rmd.NotFiledProvider;
import org.tracebench.rmd.RmdImportReport;

/** The small dialogs around an RMD import: which date the export describes, what the import did, what went wrong. */
final class RmdImportDialogs {

    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4})[-_]?(\\d{2})[-_]?(\\d{2})");

    private RmdImportDialogs() {
    }

    /** Asks for the snapshot date, proposing the date written in the file name (exports are often named by date) or today. */
    static Optional<LocalDate> askSnapshotDate(Window owner, String fileName, LocalDate today) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("RMD snapshot date");
        dialog.setHeaderText("Which day does " + fileName + " describe?");
        DatePicker picker = new DatePicker(dateInName(fileName).orElse(today));
        picker.setId("rmd-as-of");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Snapshot date (the day the export was taken):"), picker));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? picker.getValue() : null);
        return dialog.showAndWait();
    }

    static Optional<LocalDate> dateInName(String fileName) {
        Matcher m = DATE_IN_NAME.matcher(fileName);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                // not a date after all; keep looking
            }
        }
        return Optional.empty();
    }

    static void showReport(Window owner, RmdImportReport report) {
        StringBuilder text = new StringBuilder();
        if (!report.notFiled().isEmpty()) {
            text.append("Not filed (absent from this export):\n");
            for (NotFiledProvider nf : report.notFiled()) {
                text.append("• ").append(nf.provider().name()).append(nf.downstreamNames().isEmpty()
                        ? " — no traced call shows who took its traffic\n"
                        : " — accepted its traffic: " + String.join("; ", nf.downstreamNames()) + "\n");
            }
            text.append('\n');
        }
        if (report.reviewItems() > 0) {
            text.append(report.reviewItems()).append(" uncertain matches wait under Review matches; nothing was guessed.\n\n");
        }
        if (!report.changes().isEmpty()) {
            text.append("Provider records updated:\n");
            report.changes().forEach(c -> text.append("• ").append(c).append('\n'));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("RMD import");
        alert.setHeaderText(report.summary());
        TextArea area = new TextArea(text.toString().strip());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(640, 320);
        alert.getDialogPane().setContent(area);
        alert.show();
    }

    static void showError(Window owner, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage(), ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText("The RMD export was not imported; nothing was changed");
        alert.show();
    }
}
