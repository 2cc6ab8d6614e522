package org.tracebench.ui.calls;

import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.CallRow;

/** A cell of the calls table, edited in place as text, marked (style class and tooltip) when it needs checking. */
final class CallCell extends TextFieldTableCell<CallRow, String> {

    static final String INVALID = "invalid-cell";
    private static final PseudoClass INVALID_STATE = PseudoClass.getPseudoClass("invalid");

    private final AttachmentColumn column;
    private final String region;

    CallCell(AttachmentColumn column, String region) {
        super(new DefaultStringConverter());
        this.column = column;
        this.region = region;
    }

    @Override
    public void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        CallRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        String problem = row == null ? null : row.problem(column, region);
        getStyleClass().remove(INVALID);
        if (problem != null) {
            getStyleClass().add(INVALID);
            setTooltip(new Tooltip(problem));
            setAccessibleHelp(problem);
        } else {
            // Long cells (several notification times, long names) are cut by the column: show them whole.
            setTooltip(item != null && item.length() > 24 ? new Tooltip(item) : null);
            setAccessibleHelp(null);
        }
        pseudoClassStateChanged(INVALID_STATE, problem != null);
    }
}
