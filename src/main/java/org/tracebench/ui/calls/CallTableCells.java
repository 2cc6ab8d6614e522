package org.tracebench.ui.calls;

import java.time.Instant;
import java.util.Comparator;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.CallRow;

/**
 * What a cell of the Calls table shows and how its date columns sort. Kept apart from the screen and free
 * of JavaFX so that the wording can be checked against the other outputs without a window.
 */
public final class CallTableCells {

    private CallTableCells() {
    }

    /** The cell's text: the call table's one-line wording, or the text as typed when the cell is invalid. */
    public static String text(CallRow row, AttachmentColumn column) {
        return row.text(column);
    }

    static boolean sortsByTime(AttachmentColumn column) {
        return column == AttachmentColumn.CALL_TIME || column == AttachmentColumn.NOTIFIED;
    }

    /**
     * Date columns sort by the stored time (the first notification for several), not by the text, which
     * would need parsing on every comparison. Cells kept as typed because they could not be read sort with
     * the empty ones, last, as their text says nothing the stored value does.
     */
    static Comparator<CallRow> byTime(AttachmentColumn column) {
        return Comparator.comparing(row -> storedTime(row, column), Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static Instant storedTime(CallRow row, AttachmentColumn column) {
        if (row.invalid().containsKey(column)) {
            return null;
        }
        return switch (column) {
            case CALL_TIME -> row.call().callTimeUtc();
            case NOTIFIED -> row.call().notifications().isEmpty() ? null : row.call().notifications().get(0);
            default -> throw new IllegalArgumentException(column + " is not a date column");
        };
    }
}
