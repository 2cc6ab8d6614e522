package org.tracebench.ingest;

import java.util.Map;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.calltable.CallWording;
import org.tracebench.model.TracedCall;

/**
 * A traced call as the table editor shows it: the stored call, plus the cells the user typed that could
 * not be read yet (kept as typed, with the reason, until corrected).
 */
public record CallRow(TracedCall call, Map<AttachmentColumn, InvalidCell> invalid) {

    /** Text typed into a cell that is not valid for its column, and why. */
    public record InvalidCell(String text, String reason) {
    }

    public CallRow {
        invalid = invalid == null ? Map.of() : Map.copyOf(invalid);
    }

    public long id() {
        return call.id();
    }

    /**
     * What the cell shows on one line: the text as typed when it is invalid, otherwise the stored value in
     * the call table's wording.
     */
    public String text(AttachmentColumn column) {
        InvalidCell cell = invalid.get(column);
        return cell != null ? cell.text() : CallWording.text(call, column, CallWording.ONE_LINE);
    }

    /** Why the cell is marked, or null: an invalid text, or a concern about the stored value. */
    public String problem(AttachmentColumn column, String region) {
        InvalidCell cell = invalid.get(column);
        return cell != null ? cell.reason() : CellChecks.concern(call, column, region);
    }
}
