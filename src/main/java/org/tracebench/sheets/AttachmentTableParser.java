package org.tracebench.sheets;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.calltable.CallWording;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/**
 * Turns the rows of one attachment sheet, as text cells by column, into traced calls: finds the header row
 * among the first rows, then maps each later non-blank row through the row rules it is given (the
 * importer's). Fed row by row, so the workbook can be read with or without holding it in memory.
 */
final class AttachmentTableParser {

    /** How far down a sheet the header row is looked for (title rows come first). */
    static final int HEADER_SEARCH_ROWS = 30;

    private final String where;
    private final long caseId;
    private final Map<String, AttachmentField> renamed;
    private final Consumer<TracedCall> sink;
    private final AttachmentWorkbookReader.RowRules rules;
    private Map<Integer, AttachmentField> columns;
    private int rowsSeen;

    AttachmentTableParser(String where, long caseId, Map<String, AttachmentField> renamed, Consumer<TracedCall> sink,
            AttachmentWorkbookReader.RowRules rules) {
        this.where = where;
        this.rules = rules;
        this.caseId = caseId;
        this.renamed = renamed;
        this.sink = sink;
    }

    /** One row; {@code rowIndex} is zero-based; cells maps column index to text ("" or absent when empty). */
    void row(int rowIndex, Map<Integer, String> cells) {
        rowsSeen++;
        if (columns == null) {
            if (rowsSeen <= HEADER_SEARCH_ROWS) {
                columns = headerColumns(cells);
            }
            return;
        }
        Map<AttachmentField, String> values = new EnumMap<>(AttachmentField.class);
        boolean any = false;
        for (Map.Entry<Integer, AttachmentField> column : columns.entrySet()) {
            String value = cells.getOrDefault(column.getKey(), "");
            any |= !value.isBlank();
            values.put(column.getValue(), value);
        }
        if (!any) {
            return;
        }
        try {
            sink.accept(toCall(values));
        } catch (IllegalArgumentException e) {
            throw new SheetReadException(where + ", row " + (rowIndex + 1) + ": " + e.getMessage(), e);
        }
    }

    /** Call after the sheet's last row. */
    void finish() {
        if (columns == null) {
            throw new SheetReadException(where + ": no header row with the Attachment A columns (Customer, "
                    + "Date of ITG Notification, Date of Call, ...) in its first " + HEADER_SEARCH_ROWS + " rows");
        }
    }

    /** The columns of a header row, or null when the row names fewer than two known columns. */
    private Map<Integer, AttachmentField> headerColumns(Map<Integer, String> cells) {
        Map<Integer, AttachmentField> found = new HashMap<>();
        for (Map.Entry<Integer, String> cell : cells.entrySet()) {
            String text = cell.getValue().strip();
            if (text.isEmpty()) {
                continue;
            }
            AttachmentField field = renamed.get(AttachmentField.fold(text));
            if (field == null) {
                field = AttachmentField.find(text).orElse(null);
            }
            if (field != null && !found.containsValue(field)) {
                found.put(cell.getKey(), field);
            }
        }
        // A lone known word (a title "Customer list") is not a header row.
        return found.size() >= 2 ? found : null;
    }

    private TracedCall toCall(Map<AttachmentField, String> values) {
        Map<AttachmentColumn, String> cells = new EnumMap<>(AttachmentColumn.class);
        values.forEach((field, value) -> field.attachmentColumn().ifPresent(column -> cells.put(column, value)));
        TracedCall call = rules.toCall(caseId, cells);
        String tracebackId = values.get(AttachmentField.TRACEBACK_ID);
        tracebackId = tracebackId == null || tracebackId.isBlank() ? null : tracebackId.strip();
        ResponseStatus response = call.response();
        String responseText = values.get(AttachmentField.RESPONSE);
        if (responseText != null && !responseText.isBlank()) {
            response = CallWording.responseNamed(responseText).orElse(null);
            if (response == null) {
                throw new IllegalArgumentException(AttachmentField.RESPONSE.defaultHeader() + ": unknown response \""
                        + responseText.strip() + "\"");
            }
        }
        return new TracedCall(0, caseId, tracebackId, call.callTimeUtc(), call.callerId(), call.calledNumber(),
                call.campaign(), call.violation(), call.notifications(), response, call.customers(),
                call.customerAsWritten(), call.description());
    }
}
