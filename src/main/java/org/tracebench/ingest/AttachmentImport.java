package org.tracebench.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/**
 * Rows of an attachment table (FCC Attachment A columns, in any order) into traced calls. The header row
 * is found among the first rows (a pasted title line above it is skipped), recognised by wording, and
 * completed by the user's column mapping. When the case has a target provider, each call gets one hop:
 * the target as originating provider, answering as the Customer column says.
 */
final class AttachmentImport implements TableReader.RowHandler {

    private static final int HEADER_SEARCH_ROWS = 20;
    private static final List<AttachmentColumn> REQUIRED = List.of(AttachmentColumn.CUSTOMER, AttachmentColumn.CALL_TIME);

    private final ImportRun run;
    private final Provider target;
    private final Map<AttachmentColumn, Integer> index = new EnumMap<>(AttachmentColumn.class);
    private List<String> header;
    private long headerRow;
    private boolean headerFailed;
    private long rowsBeforeHeader;
    /** On a continuation sheet: still looking for the first sheet's header; rows skipped meanwhile. */
    private boolean awaitingSheetHeader;
    private boolean skippingSheet;
    private long sheetRowsSkipped;
    private String sheetName;

    AttachmentImport(ImportRun run, Provider target) {
        this.run = run;
        this.target = target;
    }

    /** Later sheets are read when they carry the first sheet's header (a table continued), else skipped. */
    @Override
    public void sheet(int index, String name) {
        endSheet();
        run.sheet(index, name);
        sheetName = name;
        if (index > 0 && header != null && !headerFailed) {
            awaitingSheetHeader = true;
            skippingSheet = false;
            sheetRowsSkipped = 0;
        }
    }

    private void endSheet() {
        if (awaitingSheetHeader) {
            run.warn(0, "", null, "sheet \"" + sheetName + "\" skipped: it does not carry the columns of the first sheet");
            awaitingSheetHeader = false;
        }
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
        run.beginRow(rowNumber);
        if (awaitingSheetHeader) {
            if (cells.stream().map(AttachmentColumn::fold).toList().equals(header)) {
                awaitingSheetHeader = false;
            } else if (++sheetRowsSkipped >= HEADER_SEARCH_ROWS) {
                endSheet();
                skippingSheet = true;
            }
            return;
        }
        if (skippingSheet) {
            return;
        }
        if (header == null) {
            findHeader(rowNumber, cells);
            return;
        }
        if (headerFailed) {
            return;
        }
        if (cells.stream().map(AttachmentColumn::fold).toList().equals(header)) {
            run.normalized(NormalizationKind.REPEATED_HEADER, rowNumber, "", String.join(" | ", cells), "(skipped)");
            return;
        }
        run.report.rowRead();
        readRow(rowNumber, cells);
    }

    /** Called after the last row: a file with no recognisable header is an error of its own. */
    void finish() {
        endSheet();
        if (header == null) {
            run.error(0, "", null, rowsBeforeHeader == 0 ? "the file holds no rows"
                    : "no header row found; expected headers such as " + headerNames());
        } else if (!headerFailed && run.report.rowsRead() == 0) {
            run.error(headerRow, "", null, "only a header; no rows of calls follow it");
        }
    }

    private void findHeader(long rowNumber, List<String> cells) {
        long recognised = cells.stream().filter(c -> mapped(c) != null).count();
        if (recognised < 2) {
            rowsBeforeHeader++;
            if (rowsBeforeHeader < HEADER_SEARCH_ROWS) {
                run.warn(rowNumber, "", String.join(" ", cells).strip(), "not a header row; skipped while looking for the header");
            } else {
                header = List.of();
                headerFailed = true;
                run.error(rowNumber, "", null, "no header row found in the first " + HEADER_SEARCH_ROWS
                        + " rows; expected headers such as " + headerNames());
            }
            return;
        }
        header = cells.stream().map(AttachmentColumn::fold).toList();
        headerRow = rowNumber;
        // A file may hold "Date of Call (UTC)" beside "Date of Call (Local)": the one naming the column with
        // its bracket kept is the column; the other, read only by dropping its bracket, stays unmapped
        // rather than rejecting the file as two columns for one.
        Map<AttachmentColumn, Boolean> named = new EnumMap<>(AttachmentColumn.class);
        for (String cell : cells) {
            AttachmentColumn column = cell.isBlank() ? null : mapped(cell.strip());
            if (column != null && asWritten(cell.strip(), column)) {
                named.put(column, true);
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            String written = cells.get(i).strip();
            if (written.isEmpty()) {
                continue;
            }
            AttachmentColumn column = mapped(written);
            if (column != null && named.containsKey(column) && !asWritten(written, column)) {
                run.report.ignoredHeader(written);
                run.warn(rowNumber, written, null, "read as " + column.header() + " only without its bracketed part, "
                        + "and another header names that column; the column is ignored unless mapped");
            } else if (column == null) {
                run.report.ignoredHeader(written);
                run.warn(rowNumber, written, null, "header not recognised; the column is ignored unless mapped");
            } else if (index.containsKey(column)) {
                run.error(rowNumber, written, null, "a second column for " + column.header() + " (first: column "
                        + (index.get(column) + 1) + ")");
            } else {
                index.put(column, i);
                run.report.column(written, column.header());
            }
        }
        for (AttachmentColumn column : REQUIRED) {
            if (!index.containsKey(column)) {
                run.error(rowNumber, column.header(), null, "no column for " + column.header()
                        + "; accepted headers are " + String.join(", ", column.variants().stream().map(v -> "\"" + v + "\"").toList())
                        + ", or map one with the column mapping");
                headerFailed = true;
            }
        }
    }

    private AttachmentColumn mapped(String written) {
        String override = run.options.columnMap().get(written.strip());
        if (override != null) {
            return AttachmentColumn.byName(override).orElse(null);
        }
        return AttachmentColumn.recognise(written).orElse(null);
    }

    private boolean asWritten(String written, AttachmentColumn column) {
        return run.options.columnMap().containsKey(written)
                || AttachmentColumn.recogniseAsWritten(written).filter(column::equals).isPresent();
    }

    private void readRow(long row, List<String> cells) {
        long errorsBefore = run.report.errorCount();
        if (cells.size() > header.size() && cells.subList(header.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
            run.error(row, "", null, "the row has " + cells.size() + " cells but the header (row " + headerRow + ") has "
                    + header.size() + "; is a separator inside a cell not quoted?");
            return;
        }
        if (!FieldLimits.attachmentRowFits(run, row, column -> cell(cells, column))) {
            return;
        }
        String customerText = cell(cells, AttachmentColumn.CUSTOMER);
        CustomerCell customer = CustomerCell.parse(customerText);
        String customerWritten = ImportRun.blankToNull(customerText);
        if (customer.response() == ResponseStatus.NO_RESPONSE) {
            run.normalized(NormalizationKind.NO_RESPONSE_STATUS, row, "Customer", customerWritten, "response: no response");
        } else if (customer.names().size() > 1) {
            run.normalized(NormalizationKind.SEVERAL_NAMES, row, "Customer", customerWritten,
                    String.join(" + ", customer.names()));
        } else if (customerWritten == null) {
            run.warn(row, "Customer", null, "empty; the call is recorded as pending (no answer known yet)");
        }
        List<Instant> notified = run.timestamps(row, AttachmentColumn.NOTIFIED.header(), cell(cells, AttachmentColumn.NOTIFIED));
        Instant callTime = run.timestamp(row, AttachmentColumn.CALL_TIME.header(), cell(cells, AttachmentColumn.CALL_TIME));
        if (callTime == null && cell(cells, AttachmentColumn.CALL_TIME).isBlank()) {
            run.warn(row, AttachmentColumn.CALL_TIME.header(), null, "empty");
        }
        String callerId = run.phone(row, AttachmentColumn.CALLER_ID.header(), cell(cells, AttachmentColumn.CALLER_ID));
        String called = run.phone(row, AttachmentColumn.CALLED_NUMBER.header(), cell(cells, AttachmentColumn.CALLED_NUMBER));
        String campaign = run.campaign(row, AttachmentColumn.DESCRIPTION.header(), cell(cells, AttachmentColumn.DESCRIPTION));
        String violation = ImportRun.blankToNull(cell(cells, AttachmentColumn.VIOLATION));
        if (run.report.errorCount() > errorsBefore || !run.writing()) {
            return;
        }
        List<CallBatchWriter.CustomerRow> customers = new ArrayList<>();
        for (String name : customer.names()) {
            Provider party = run.party(row, "Customer", name, PartyKind.CUSTOMER);
            customers.add(new CallBatchWriter.CustomerRow(party.id(), name));
        }
        List<CallBatchWriter.HopRow> hops = new ArrayList<>();
        if (target != null) {
            Instant first = notified == null || notified.isEmpty() ? null : notified.get(0);
            hops.add(new CallBatchWriter.HopRow(new Hop(0, 0, 1, target.id(), HopRole.ORIGINATING, first, null,
                    customer.response(), null, false), target.name()));
        }
        TracedCall call = new TracedCall(0, 0, null, callTime, callerId, called, campaign, violation, notified,
                customer.response(), customer.names(), customerWritten, campaign);
        run.write(call, campaign, customers, hops);
        run.report.rowAccepted();
    }

    private String cell(List<String> cells, AttachmentColumn column) {
        Integer i = index.get(column);
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    private static String headerNames() {
        return java.util.Arrays.stream(AttachmentColumn.values()).map(c -> "\"" + c.header() + "\"")
                .collect(Collectors.joining(", "));
    }
}
