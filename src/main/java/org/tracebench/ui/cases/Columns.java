package org.tracebench.ui.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Read-only table columns from plain functions, and the date formats the case and provider screens share. */
public final class Columns {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private Columns() {
    }

    public static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(nullToEmpty(value.apply(c.getValue()))));
        column.setPrefWidth(width);
        return column;
    }

    /** A date column that sorts by date, not by its text. */
    public static <S> TableColumn<S, LocalDate> date(String title, Function<S, LocalDate> value, double width) {
        TableColumn<S, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DAY.format(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    public static <S> TableColumn<S, Number> number(String title, Function<S, Number> value, double width) {
        TableColumn<S, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Keeps a column at least as wide as asked, so a constrained table squeezes the flexible columns instead. */
    public static <S, T> TableColumn<S, T> fixed(TableColumn<S, T> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    /** A text column whose cells wrap long text over several lines instead of cutting it off. */
    public static <S> TableColumn<S, String> wrapping(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = text(title, value, width);
        column.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                text.getStyleClass().add("text");
                text.fillProperty().bind(textFillProperty());
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? null : item);
                setGraphic(empty || item == null ? null : text);
                setText(null);
            }
        });
        return column;
    }

    /**
     * Opens a dialog at least this wide: a dialog sizes its window before its tables know their columns, and
     * would otherwise open narrow with every column cut off.
     */
    public static void openWide(javafx.scene.control.Dialog<?> dialog, double width) {
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> {
            if (dialog.getWidth() < width) {
                dialog.setWidth(width);
            }
        });
    }

    public static <S> TableView<S> table(String id, String placeholder) {
        TableView<S> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String lower = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
