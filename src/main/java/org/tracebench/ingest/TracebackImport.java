package org.tracebench.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/**
 * Rows of the traceback exchange format (one row per hop; docs/formats.md) into traced calls with hops.
 * The rows of one traceback must follow each other; only the current traceback is held in memory.
 * Call fields are taken from the traceback's first row; later rows that disagree are reported.
 */
final class TracebackImport implements TableReader.RowHandler {

    /** One hop row after its cells were read. */
    private record HopLine(long row, int hop, String provider, HopRole role, Instant notified, Instant responded,
                           ResponseStatus response, String attestation, String customer) {
    }

    private final ImportRun run;
    private final Map<TracebackColumn, Integer> index = new EnumMap<>(TracebackColumn.class);
    private boolean headerSeen;
    private long headerRow;
    private boolean headerFailed;
    private String currentId;
    private long currentFirstRow;
    private List<String> currentCallCells;
    private TracedCall currentCall;
    private final List<HopLine> currentHops = new ArrayList<>();
    private boolean currentBroken;
    private List<String> headerCells;
    private boolean awaitingSheetHeader;
    private boolean skippingSheet;
    private String sheetName;

    TracebackImport(ImportRun run) {
        this.run = run;
    }

    /** Later sheets are read when their first row is the first sheet's header (a file continued), else skipped. */
    @Override
    public void sheet(int index, String name) {
        run.sheet(index, name);
        sheetName = name;
        skippingSheet = false;
        awaitingSheetHeader = index > 0 && headerSeen;
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
        run.beginRow(rowNumber);
        if (awaitingSheetHeader) {
            awaitingSheetHeader = false;
            skippingSheet = !fold(cells).equals(headerCells);
            if (skippingSheet) {
                run.warn(rowNumber, "", null, "sheet \"" + sheetName + "\" skipped: its header is not the first sheet's");
            }
            return;
        }
        if (skippingSheet) {
            return;
        }
        if (!headerSeen) {
            readHeader(rowNumber, cells);
            return;
        }
        if (headerFailed) {
            return;
        }
        run.report.rowRead();
        String id = ImportRun.blankToNull(cell(cells, TracebackColumn.TRACEBACK_ID));
        if (id == null) {
            run.error(rowNumber, "traceback_id", null, "empty; every hop row names its traceback");
            return;
        }
        if (!FieldLimits.tracebackRowFits(run, rowNumber, column -> cell(cells, column))) {
            if (id.equals(currentId)) {
                currentBroken = true;
            }
            return;
        }
        if (!id.equals(currentId)) {
            finishTraceback();
            startTraceback(id, rowNumber, cells);
        } else {
            checkSameCall(rowNumber, cells);
        }
        HopLine hop = readHop(rowNumber, cells);
        if (hop == null) {
            currentBroken = true;
        } else {
            currentHops.add(hop);
        }
    }

    void finish() {
        if (!headerSeen) {
            run.error(0, "", null, "the file holds no rows");
        } else if (!headerFailed && run.report.rowsRead() == 0) {
            run.error(headerRow, "", null, "only a header; no rows of hops follow it");
        }
        finishTraceback();
    }

    private static List<String> fold(List<String> cells) {
        return cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList();
    }

    private void readHeader(long rowNumber, List<String> cells) {
        headerSeen = true;
        headerRow = rowNumber;
        headerCells = fold(cells);
        for (int i = 0; i < cells.size(); i++) {
            String written = cells.get(i).strip();
            var column = TracebackColumn.recognise(written);
            if (column.isPresent() && !index.containsKey(column.get())) {
                index.put(column.get(), i);
                run.report.column(written, column.get().header());
            } else if (!written.isEmpty()) {
                run.report.ignoredHeader(written);
                run.warn(rowNumber, written, null, column.isPresent() ? "a second column of the same name; ignored"
                        : "not a column of the traceback format; ignored");
            }
        }
        for (TracebackColumn column : TracebackColumn.values()) {
            if (column.required() && !index.containsKey(column)) {
                run.error(rowNumber, column.header(), null, "required column missing (see docs/formats.md)");
                headerFailed = true;
            }
        }
    }

    private void startTraceback(String id, long row, List<String> cells) {
        currentId = id;
        currentFirstRow = row;
        currentHops.clear();
        currentBroken = false;
        currentCallCells = List.of(cell(cells, TracebackColumn.CALL_TIME_UTC), cell(cells, TracebackColumn.CALLER_ID),
                cell(cells, TracebackColumn.CALLED_NUMBER), cell(cells, TracebackColumn.CAMPAIGN),
                cell(cells, TracebackColumn.VIOLATION));
        long errorsBefore = run.report.errorCount();
        Instant callTime = run.timestamp(row, "call_time_utc", cell(cells, TracebackColumn.CALL_TIME_UTC));
        String caller = run.phone(row, "caller_id", cell(cells, TracebackColumn.CALLER_ID));
        String called = run.phone(row, "called_number", cell(cells, TracebackColumn.CALLED_NUMBER));
        String campaign = run.campaign(row, "campaign", cell(cells, TracebackColumn.CAMPAIGN));
        String violation = ImportRun.blankToNull(cell(cells, TracebackColumn.VIOLATION));
        currentBroken = run.report.errorCount() > errorsBefore;
        currentCall = new TracedCall(0, 0, id, callTime, caller, called, campaign, violation, List.of(),
                ResponseStatus.PENDING, List.of(), null, campaign);
    }

    private void checkSameCall(long row, List<String> cells) {
        List<String> now = List.of(cell(cells, TracebackColumn.CALL_TIME_UTC), cell(cells, TracebackColumn.CALLER_ID),
                cell(cells, TracebackColumn.CALLED_NUMBER), cell(cells, TracebackColumn.CAMPAIGN),
                cell(cells, TracebackColumn.VIOLATION));
        String[] names = {"call_time_utc", "caller_id", "called_number", "campaign", "violation"};
        for (int i = 0; i < names.length; i++) {
            String value = now.get(i).strip();
            if (!value.isEmpty() && !value.equals(currentCallCells.get(i).strip())) {
                run.warn(row, names[i], value, "differs from the traceback's first row (row " + currentFirstRow
                        + ": \"" + currentCallCells.get(i).strip() + "\"); the first row's value is kept");
            }
        }
    }

    private HopLine readHop(long row, List<String> cells) {
        long errorsBefore = run.report.errorCount();
        Integer hop = null;
        String hopText = cell(cells, TracebackColumn.HOP).strip();
        try {
            hop = Integer.parseInt(hopText.endsWith(".0") ? hopText.substring(0, hopText.length() - 2) : hopText);
            if (hop < 1) {
                run.error(row, "hop", hopText, "hop numbers start at 1 (the terminating provider)");
            }
        } catch (NumberFormatException e) {
            run.error(row, "hop", hopText, "not a whole number");
        }
        String provider = ImportRun.blankToNull(cell(cells, TracebackColumn.PROVIDER));
        if (provider == null) {
            run.error(row, "provider", null, "empty; every hop names its provider");
        }
        HopRole role = enumCell(row, "role", cell(cells, TracebackColumn.ROLE), HopRole.class, true);
        ResponseStatus response = enumCell(row, "response", cell(cells, TracebackColumn.RESPONSE), ResponseStatus.class, true);
        Instant notified = run.timestamp(row, "notified_at_utc", cell(cells, TracebackColumn.NOTIFIED_AT_UTC));
        Instant responded = run.timestamp(row, "responded_at_utc", cell(cells, TracebackColumn.RESPONDED_AT_UTC));
        String attestation = ImportRun.blankToNull(cell(cells, TracebackColumn.ATTESTATION));
        if (attestation != null) {
            String upper = attestation.toUpperCase(Locale.ROOT);
            if (!upper.equals("A") && !upper.equals("B") && !upper.equals("C")) {
                run.error(row, "attestation", attestation, "STIR/SHAKEN attestation is A, B, C or empty");
            }
            attestation = upper;
        }
        String customer = ImportRun.blankToNull(cell(cells, TracebackColumn.CUSTOMER));
        if (run.report.errorCount() > errorsBefore) {
            return null;
        }
        return new HopLine(row, hop, provider, role, notified, responded, response, attestation, customer);
    }

    private <E extends Enum<E>> E enumCell(long row, String column, String text, Class<E> type, boolean required) {
        String folded = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (folded.isEmpty()) {
            if (required) {
                run.error(row, column, null, "empty");
            }
            return null;
        }
        try {
            E value = Enum.valueOf(type, folded);
            if (!text.strip().equals(value.name().toLowerCase(Locale.ROOT))) {
                run.normalized(NormalizationKind.VALUE_TRIMMED, row, column, text, value.name().toLowerCase(Locale.ROOT));
            }
            return value;
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            run.error(row, column, text.strip(), "not one of " + String.join(", ", allowed));
            return null;
        }
    }

    private void finishTraceback() {
        if (currentId == null) {
            return;
        }
        List<HopLine> hops = new ArrayList<>(currentHops);
        hops.sort(Comparator.comparingInt(HopLine::hop));
        for (int i = 1; i < hops.size(); i++) {
            if (hops.get(i).hop() == hops.get(i - 1).hop()) {
                run.error(hops.get(i).row(), "hop", String.valueOf(hops.get(i).hop()), "traceback " + currentId
                        + " has hop " + hops.get(i).hop() + " twice (also row " + hops.get(i - 1).row() + ")");
                currentBroken = true;
            }
        }
        if (currentBroken || hops.isEmpty() || !run.writing()) {
            currentId = null;
            return;
        }
        if (hops.get(0).hop() != 1 || hops.get(hops.size() - 1).hop() != hops.size()) {
            run.warn(currentFirstRow, "hop", null, "traceback " + currentId + " has gaps in its hop numbers; kept as numbered");
        }
        HopLine top = hops.get(hops.size() - 1);
        List<CallBatchWriter.HopRow> rows = new ArrayList<>();
        for (HopLine line : hops) {
            Provider provider = run.party(line.row(), "provider", line.provider(), PartyKind.PROVIDER);
            rows.add(new CallBatchWriter.HopRow(new Hop(0, 0, line.hop(), provider.id(), line.role(), line.notified(),
                    line.responded(), line.response(), line.attestation(), false), line.provider()));
        }
        String customerName = hops.stream().map(HopLine::customer).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
        for (HopLine line : hops) {
            if (line.customer() != null && line.role() != HopRole.ORIGINATING) {
                run.warn(line.row(), "customer", line.customer(), "a customer is named by the originating provider; this hop is "
                        + line.role().name().toLowerCase(Locale.ROOT));
            }
        }
        List<CallBatchWriter.CustomerRow> customers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (customerName != null) {
            for (String name : CustomerCell.parse(customerName).names()) {
                Provider party = run.party(top.row(), "customer", name, PartyKind.CUSTOMER);
                customers.add(new CallBatchWriter.CustomerRow(party.id(), name));
                names.add(party.name());
            }
        }
        TracedCall call = new TracedCall(0, 0, currentId, currentCall.callTimeUtc(), currentCall.callerId(),
                currentCall.calledNumber(), currentCall.campaign(), currentCall.violation(),
                top.notified() == null ? List.of() : List.of(top.notified()), top.response(), names, customerName,
                currentCall.campaign());
        run.write(call, currentCall.campaign(), customers, rows);
        for (int i = 0; i < hops.size(); i++) {
            run.report.rowAccepted();
        }
        currentId = null;
    }

    private String cell(List<String> cells, TracebackColumn column) {
        Integer i = index.get(column);
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }
}
