package org.tracebench.ingest;

import org.tracebench.model.CellValue;
import org.tracebench.model.EditConflict;
import org.tracebench.model.EditConflictException;
import org.tracebench.model.AlreadyDeletedException;
import org.tracebench.model.DeleteConflictException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CampaignRepository;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;

/**
 * The changes the table editor makes to a case's traced calls, each saved in its own transaction at once
 * and written to the audit log. A cell whose text cannot be read is still saved, as typed, with its
 * reason, so nothing the user typed is lost; the stored value stays as it was until the cell is corrected.
 */
public final class CallEditing {

    /** What a deleted row held, so that undo can bring it back where it was. */
    public record Removed(TracedCall call, int rowOrder, List<Hop> hops, Map<AttachmentColumn, CallRow.InvalidCell> invalid) {
    }

    private final Database database;
    private final TracedCallRepository calls;
    private final ProviderRepository providers;
    private final CampaignRepository campaigns;
    private final CaseRepository cases;
    private final AuditLog audit;
    private final ProviderMerges merges;
    private final String region;
    private final org.tracebench.store.DeletionLog deletions;

    /** {@code region} is where phone numbers typed without a country code are taken to be. */
    public CallEditing(Database database, TracedCallRepository calls, ProviderRepository providers,
                       CampaignRepository campaigns, CaseRepository cases, ProviderMerges merges, AuditLog audit,
                       String region, org.tracebench.store.DeletionLog deletions) {
        this.database = database;
        this.deletions = deletions;
        this.calls = calls;
        this.providers = providers;
        this.campaigns = campaigns;
        this.cases = cases;
        this.audit = audit;
        this.merges = merges;
        this.region = region;
    }

    public String region() {
        return region;
    }

    /** The rows of a case in table order, with their invalid cells. */
    public List<CallRow> load(long caseId) {
        List<TracedCall> list = calls.findByCase(caseId);
        Map<Long, Map<AttachmentColumn, CallRow.InvalidCell>> invalid = database.withConnection(c -> {
            Map<Long, Map<AttachmentColumn, CallRow.InvalidCell>> result = new HashMap<>();
            Jdbc.query(c, """
                    SELECT i.* FROM traced_call_invalid_cell i JOIN traced_call t ON t.id = i.traced_call_id
                    WHERE t.case_id = ?""", row -> {
                        result.computeIfAbsent(row.getLong("traced_call_id"), k -> new EnumMap<>(AttachmentColumn.class))
                                .put(AttachmentColumn.valueOf(row.getString("column_name")),
                                        new CallRow.InvalidCell(row.getString("raw_text"), row.getString("reason")));
                        return null;
                    }, caseId);
            return result;
        });
        return list.stream().map(call -> new CallRow(call, invalid.get(call.id()))).toList();
    }

    /** The row of a call as stored now; empty when the call is gone (deleted by someone, or an import undone). */
    public java.util.Optional<CallRow> find(long callId) {
        return calls.find(callId).map(call -> new CallRow(call, database.withConnection(c -> invalidCells(c, callId))));
    }

    public CallRow row(long callId) {
        TracedCall call = calls.find(callId).orElseThrow(() -> new IllegalArgumentException("no traced call " + callId));
        return new CallRow(call, database.withConnection(c -> invalidCells(c, callId)));
    }

    /** Sets one cell from the text typed; returns the row as now stored. */
    public CallRow edit(long callId, AttachmentColumn column, String text) {
        return edit(callId, column, null, text);
    }

    /**
     * Sets one cell, provided it still holds {@code expected}, the text the user saw when they began typing
     * (null: whatever it holds). When someone else changed that cell in between, nothing is written and an
     * {@link EditConflictException} carries the three values; other cells of the row are never overwritten.
     */
    public CallRow edit(long callId, AttachmentColumn column, String expected, String text) {
        String tooLong = FieldLimits.tooLong(column, text);
        if (tooLong != null) {
            throw new CellTooLongException(tooLong);
        }
        return database.inTransaction(() -> {
            // The row lock makes the check and the write one step for concurrent editors of this call.
            database.withConnection(c -> Jdbc.query(c, "SELECT id FROM traced_call WHERE id = ? FOR UPDATE", r -> r.getLong(1), callId));
            CallRow before = row(callId);
            if (expected != null && !before.text(column).equals(expected)) {
                throw new EditConflictException(new EditConflict<>("the " + column.header() + " cell of traced call "
                        + callId, new CellValue(expected), new CellValue(text == null ? "" : text),
                        new CellValue(before.text(column))));
            }
            database.withConnection(c -> {
                apply(c, before.call(), column, text == null ? "" : text);
                return null;
            });
            CallRow after = row(callId);
            audit.record("traced_call", callId, "edited", column.header() + ": \"" + before.text(column) + "\" -> \""
                    + after.text(column) + "\"" + (after.invalid().containsKey(column) ? " (invalid: "
                    + after.invalid().get(column).reason() + ")" : ""));
            return after;
        });
    }

    /** Adds a row at the end of the case's table, from cells as typed (missing ones empty). */
    public CallRow add(long caseId, Map<AttachmentColumn, String> cells) {
        for (Map.Entry<AttachmentColumn, String> cell : cells.entrySet()) {
            String tooLong = FieldLimits.tooLong(cell.getKey(), cell.getValue());
            if (tooLong != null) {
                throw new CellTooLongException(tooLong);
            }
        }
        return database.inTransaction(() -> {
            long id = insertBlank(caseId);
            TracedCall call = calls.find(id).orElseThrow();
            for (Map.Entry<AttachmentColumn, String> cell : cells.entrySet()) {
                if (cell.getValue() != null && !cell.getValue().isBlank()) {
                    database.withConnection(c -> {
                        apply(c, call, cell.getKey(), cell.getValue());
                        return null;
                    });
                }
            }
            CallRow row = row(id);
            audit.record("traced_call", id, "added", describe(row));
            return row;
        });
    }

    /** Adds the rows of tab-separated text (as copied from a spreadsheet), in one transaction. */
    public List<CallRow> paste(long caseId, String text, List<AttachmentColumn> columnOrder) {
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.TDF.builder().setTrim(false).setIgnoreSurroundingSpaces(false).get()
                    .parse(new StringReader(text))) {
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A copied header (within the first rows: a title line may sit above it) says which column is which;
        // the title lines above it are dropped, and the header repeated at page breaks is skipped.
        List<AttachmentColumn> order = columnOrder;
        for (int i = 0; i < Math.min(rows.size(), 20); i++) {
            if (rows.get(i).stream().filter(cell -> AttachmentColumn.recognise(cell).isPresent()).count() >= 2) {
                List<String> header = rows.get(i);
                order = header.stream().map(cell -> AttachmentColumn.recognise(cell).orElse(null)).toList();
                rows.subList(0, i + 1).clear();
                rows.removeIf(header::equals);
                break;
            }
        }
        List<AttachmentColumn> columns = order;
        // Every pasted cell is checked before the first row is added, so a paste is refused whole, by row and column.
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int i = 0; i < cells.size() && i < columns.size(); i++) {
                String tooLong = columns.get(i) == null ? null : FieldLimits.tooLong(columns.get(i), cells.get(i));
                if (tooLong != null) {
                    throw new CellTooLongException("pasted row " + (r + 1) + ", column " + tooLong);
                }
            }
        }
        return database.inTransaction(() -> {
            List<CallRow> added = new ArrayList<>();
            for (List<String> cells : rows) {
                Map<AttachmentColumn, String> byColumn = new EnumMap<>(AttachmentColumn.class);
                for (int i = 0; i < cells.size() && i < columns.size(); i++) {
                    if (columns.get(i) != null) {
                        byColumn.put(columns.get(i), cells.get(i));
                    }
                }
                added.add(add(caseId, byColumn));
            }
            return added;
        });
    }

    /**
     * Deletes a row whatever it holds now (undo and redo of this user's own steps); the result brings it back
     * through {@link #restore}.
     */
    public Removed delete(long callId) {
        return database.inTransaction(() -> remove(row(callId)));
    }

    /**
     * Deletes the row the user saw as {@code seen}; refused with both versions when someone else changed it since
     * (decision 0709), and said plainly when someone else deleted it already. The result brings it back through
     * {@link #restore}.
     */
    public Removed delete(CallRow seen) {
        long callId = seen.call().id();
        return database.inTransaction(() -> {
            boolean there = !database.withConnection(c -> Jdbc.query(c, "SELECT id FROM traced_call WHERE id = ? FOR UPDATE",
                    r -> r.getLong(1), callId)).isEmpty();
            if (!there) {
                throw new AlreadyDeletedException(what(seen));
            }
            CallRow stored = row(callId);
            if (!stored.equals(seen)) {
                throw DeleteConflictException.of(what(stored), seen, stored);
            }
            return remove(stored);
        });
    }

    /** Deletes the rows the user saw, all or none: the first refused row leaves every row in place. */
    public List<Removed> delete(List<CallRow> seen) {
        return database.inTransaction(() -> {
            List<Removed> removed = new ArrayList<>();
            for (CallRow row : seen) {
                removed.add(delete(row));
            }
            return removed;
        });
    }

    /** How the user recognises the row in a question: "the call of 2021-03-04T15:00:00Z from +12025550143". */
    private static String what(CallRow row) {
        TracedCall call = row.call();
        return "the call" + (call.callTimeUtc() == null ? "" : " of " + call.callTimeUtc())
                + (call.callerId() == null ? "" : " from " + call.callerId());
    }

    private Removed remove(CallRow row) {
        long callId = row.call().id();
        int order = database.withConnection(c -> (int) Jdbc.count(c, "SELECT row_order FROM traced_call WHERE id = ?", callId));
        Removed removed = new Removed(row.call(), order, calls.hopsOf(callId), row.invalid());
        deletions.remember(org.tracebench.store.CasePart.CALLS, callId);
        calls.delete(callId);
        audit.record("traced_call", callId, "deleted", describe(row));
        return removed;
    }

    /** Puts a deleted row back at its place, with its hops and invalid cells (under a new id). */
    public CallRow restore(Removed removed) {
        return database.inTransaction(() -> database.withConnection(c -> {
            TracedCall call = removed.call();
            List<CallBatchWriter.CustomerRow> customers = new ArrayList<>();
            for (String name : call.customers()) {
                customers.add(new CallBatchWriter.CustomerRow(providers.findByName(name)
                        .orElseGet(() -> providers.insert(Provider.customer(name), false)).id(), name));
            }
            List<CallBatchWriter.HopRow> hops = removed.hops().stream().map(h -> new CallBatchWriter.HopRow(h, null)).toList();
            long id;
            try (CallBatchWriter writer = new CallBatchWriter(c, call.caseId() == 0 ? null : call.caseId(), null)) {
                writer.add(call, call.campaign() == null ? null : campaigns.idFor(call.campaign()), customers, hops);
                writer.finish();
                id = writer.lastId();
            }
            Jdbc.update(c, "UPDATE traced_call SET row_order = ? WHERE id = ?", removed.rowOrder(), id);
            for (Map.Entry<AttachmentColumn, CallRow.InvalidCell> cell : removed.invalid().entrySet()) {
                saveInvalid(c, id, cell.getKey(), cell.getValue().text(), cell.getValue().reason());
            }
            CallRow row = row(id);
            audit.record("traced_call", id, "restored", describe(row));
            return row;
        }));
    }

    private long insertBlank(long caseId) {
        return database.withConnection(c -> {
            Long targetId = cases.find(caseId).map(k -> k.targetProviderId()).orElse(null);
            List<CallBatchWriter.HopRow> hops = new ArrayList<>();
            if (targetId != null) {
                Provider target = providers.find(targetId).orElseThrow();
                hops.add(new CallBatchWriter.HopRow(new Hop(0, 0, 1, target.id(), HopRole.ORIGINATING, null, null,
                        ResponseStatus.PENDING, null, false), target.name()));
            }
            try (CallBatchWriter writer = new CallBatchWriter(c, caseId, null)) {
                writer.add(new TracedCall(0, caseId, null, null, null, null, null, null, List.of(), ResponseStatus.PENDING,
                        List.of(), null, null), null, List.of(), hops);
                writer.finish();
                return writer.lastId();
            }
        });
    }

    /** Stores one cell's text: the value when it reads, otherwise the text as typed with the reason. */
    private void apply(Connection c, TracedCall call, AttachmentColumn column, String text) throws SQLException {
        String problem = CellChecks.problem(column, text);
        if (problem != null) {
            saveInvalid(c, call.id(), column, text, problem);
            return;
        }
        Jdbc.update(c, "DELETE FROM traced_call_invalid_cell WHERE traced_call_id = ? AND column_name = ?", call.id(), column.name());
        String value = text.isBlank() ? null : text.strip();
        switch (column) {
            case CUSTOMER -> setCustomer(c, call.id(), value);
            case NOTIFIED -> {
                Jdbc.update(c, "DELETE FROM traced_call_notification WHERE traced_call_id = ?", call.id());
                int position = 0;
                for (Instant at : CellChecks.notifications(text)) {
                    Jdbc.update(c, "INSERT INTO traced_call_notification (traced_call_id, position, notified_at) VALUES (?, ?, ?)",
                            call.id(), position++, at);
                }
            }
            case CALL_TIME -> Jdbc.update(c, "UPDATE traced_call SET call_time_utc = ? WHERE id = ?",
                    TimestampParser.parseOne(text), call.id());
            case CALLER_ID -> Jdbc.update(c, "UPDATE traced_call SET caller_id = ? WHERE id = ?",
                    PhoneNumbers.normalize(value, region).value(), call.id());
            case CALLED_NUMBER -> Jdbc.update(c, "UPDATE traced_call SET called_number = ? WHERE id = ?",
                    PhoneNumbers.normalize(value, region).value(), call.id());
            case DESCRIPTION -> Jdbc.update(c, "UPDATE traced_call SET campaign_id = ?, description = ? WHERE id = ?",
                    value == null ? null : campaigns.idFor(value), value, call.id());
            case VIOLATION -> Jdbc.update(c, "UPDATE traced_call SET violation = ? WHERE id = ?", value, call.id());
        }
    }

    private void setCustomer(Connection c, long callId, String value) throws SQLException {
        CustomerCell cell = CustomerCell.parse(value);
        Jdbc.update(c, "UPDATE traced_call SET response = ?, customer_as_written = ? WHERE id = ?", cell.response(), value, callId);
        Jdbc.update(c, "DELETE FROM traced_call_customer WHERE traced_call_id = ?", callId);
        PartyResolver parties = new PartyResolver(providers, false, (into, spelling) -> merges.record(into.id(), spelling,
                "same name as \"" + into.name() + "\" apart from case, punctuation or legal suffix; typed in the Calls editor"));
        int position = 0;
        for (String name : cell.names()) {
            Provider party = parties.resolve(name, PartyKind.CUSTOMER);
            Jdbc.update(c, "INSERT INTO traced_call_customer (traced_call_id, position, provider_id, name_as_written) VALUES (?, ?, ?, ?)",
                    callId, position++, party.id(), name);
        }
        Jdbc.update(c, "UPDATE hop SET response = ? WHERE traced_call_id = ? AND role = ?", cell.response(), callId,
                HopRole.ORIGINATING);
    }

    private static void saveInvalid(Connection c, long callId, AttachmentColumn column, String text, String reason)
            throws SQLException {
        Jdbc.update(c, "DELETE FROM traced_call_invalid_cell WHERE traced_call_id = ? AND column_name = ?", callId, column.name());
        Jdbc.update(c, "INSERT INTO traced_call_invalid_cell (traced_call_id, column_name, raw_text, reason) VALUES (?, ?, ?, ?)",
                callId, column.name(), truncate(text, 4000), truncate(reason, 1000));
    }

    private static Map<AttachmentColumn, CallRow.InvalidCell> invalidCells(Connection c, long callId) throws SQLException {
        Map<AttachmentColumn, CallRow.InvalidCell> result = new EnumMap<>(AttachmentColumn.class);
        Jdbc.query(c, "SELECT * FROM traced_call_invalid_cell WHERE traced_call_id = ?", row -> {
            result.put(AttachmentColumn.valueOf(row.getString("column_name")),
                    new CallRow.InvalidCell(row.getString("raw_text"), row.getString("reason")));
            return null;
        }, callId);
        return result;
    }

    private static String describe(CallRow row) {
        StringBuilder text = new StringBuilder();
        for (AttachmentColumn column : AttachmentColumn.values()) {
            if (!text.isEmpty()) {
                text.append(" | ");
            }
            text.append(row.text(column));
        }
        return truncate(text.toString(), 8000);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
