package org.tracebench.ingest;

import java.util.List;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.model.NameKey;

/**
 * The widths of the store's text columns an import writes into, and the check of a row's cells against
 * them. An over-long cell is a row error in the report, found before anything is written (a dry run
 * included), rather than the database refusing the insert half way through. The widths are those of the
 * migrations; {@code FieldLimitsTest} reads them back from a fresh database so the two cannot drift apart.
 */
public final class FieldLimits {

    /** One text column written by an import. */
    public record Column(String table, String column, int width) {
    }

    public static final Column TRACEBACK_ID = new Column("traced_call", "traceback_id", 100);
    public static final Column CALLER_ID = new Column("traced_call", "caller_id", 100);
    public static final Column CALLED_NUMBER = new Column("traced_call", "called_number", 100);
    public static final Column VIOLATION = new Column("traced_call", "violation", 500);
    public static final Column CUSTOMER_AS_WRITTEN = new Column("traced_call", "customer_as_written", 500);
    public static final Column DESCRIPTION = new Column("traced_call", "description", 2000);
    public static final Column CAMPAIGN_NAME = new Column("campaign", "name", 300);
    public static final Column PROVIDER_NAME = new Column("provider", "name", 500);
    public static final Column ALIAS = new Column("provider_alias", "alias", 500);
    public static final Column ALIAS_KEY = new Column("provider_alias", "normalized", 500);
    public static final Column CUSTOMER_SPELLING = new Column("traced_call_customer", "name_as_written", 500);
    public static final Column HOP_SPELLING = new Column("hop", "provider_as_written", 500);
    public static final Column MERGE_SPELLING = new Column("provider_merge", "spelling", 500);
    /** Holds the party's name (at most 500), the file name (at most 255 on common file systems) and a row number. */
    public static final Column MERGE_REASON = new Column("provider_merge", "reason", 1000);

    /** Every column above, for the test that compares them with the schema. */
    public static final List<Column> ALL = List.of(TRACEBACK_ID, CALLER_ID, CALLED_NUMBER, VIOLATION,
            CUSTOMER_AS_WRITTEN, DESCRIPTION, CAMPAIGN_NAME, PROVIDER_NAME, ALIAS, ALIAS_KEY, CUSTOMER_SPELLING,
            HOP_SPELLING, MERGE_SPELLING, MERGE_REASON);

    /** A party's name is stored as a name, an alias and a spelling, and its key beside the alias. */
    static final int PARTY_NAME = min(PROVIDER_NAME, ALIAS, CUSTOMER_SPELLING, HOP_SPELLING, MERGE_SPELLING);
    /** The description cell is stored as the call's description and as its campaign's name. */
    static final int CAMPAIGN = min(DESCRIPTION, CAMPAIGN_NAME);

    private static final int SHOWN = 40;

    private FieldLimits() {
    }

    private static int min(Column... columns) {
        int width = Integer.MAX_VALUE;
        for (Column column : columns) {
            width = Math.min(width, column.width());
        }
        return width;
    }

    /** The width an attachment column's text is stored in; 0 for columns stored as timestamps. */
    static int widthOf(AttachmentColumn column) {
        return switch (column) {
            // Customer cells are stored whole and each name they hold as a party.
            case CUSTOMER -> Math.min(CUSTOMER_AS_WRITTEN.width(), PARTY_NAME);
            case CALLER_ID -> CALLER_ID.width();
            case CALLED_NUMBER -> CALLED_NUMBER.width();
            case DESCRIPTION -> CAMPAIGN;
            case VIOLATION -> VIOLATION.width();
            case NOTIFIED, CALL_TIME -> 0;
        };
    }

    /** The width a traceback column's text is stored in; 0 for columns stored as timestamps, numbers or codes. */
    static int widthOf(TracebackColumn column) {
        return switch (column) {
            case TRACEBACK_ID -> TRACEBACK_ID.width();
            case CALLER_ID -> CALLER_ID.width();
            case CALLED_NUMBER -> CALLED_NUMBER.width();
            case CAMPAIGN -> CAMPAIGN;
            case VIOLATION -> VIOLATION.width();
            case PROVIDER -> PARTY_NAME;
            case CUSTOMER -> Math.min(CUSTOMER_AS_WRITTEN.width(), PARTY_NAME);
            default -> 0;
        };
    }

    /**
     * Reports a cell too long for where it is stored as an error of the row; true when it fits. Values are
     * stored stripped, and a party's key (which can be longer than its name: "&amp;" becomes "and") beside it.
     */
    static boolean fits(ImportRun run, long row, String column, String cell, int width, boolean party) {
        if (width <= 0 || cell == null) {
            return true;
        }
        String value = cell.strip();
        int length = value.length();
        String shown = length > SHOWN ? value.substring(0, SHOWN) + "…" : value;
        if (length > width) {
            run.error(row, column, shown, length + " characters; at most " + width + " fit");
            return false;
        }
        // The key is only ever longer than the name through "&" or a character decomposed (NFKD); keying every
        // row's plain ASCII name would cost a large import dearly for nothing.
        int key = party && mayGrowAsKey(value) ? NameKey.of(value).length() : 0;
        if (key > width) {
            run.error(row, column, shown, length + " characters, " + key + " as a matching key (\"&\" reads as \"and\"); at most "
                    + width + " fit");
            return false;
        }
        return true;
    }

    private static boolean mayGrowAsKey(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c > 127) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a cell typed in the Calls editor does not fit where it is stored, or null when it does: the same
     * widths as an import, so a value the editor takes can always be exported and imported again.
     */
    static String tooLong(AttachmentColumn column, String text) {
        int width = widthOf(column);
        if (width <= 0 || text == null) {
            return null;
        }
        String value = text.strip();
        if (value.length() > width) {
            return column.header() + ": " + value.length() + " characters; at most " + width + " fit";
        }
        if (column == AttachmentColumn.CUSTOMER && mayGrowAsKey(value)) {
            for (String name : CustomerCell.parse(value).names()) {
                int key = NameKey.of(name).length();
                if (key > width) {
                    return column.header() + ": the name \"" + (name.length() > SHOWN ? name.substring(0, SHOWN) + "…" : name)
                            + "\" is " + key + " characters as a matching key (\"&\" reads as \"and\"); at most " + width + " fit";
                }
            }
        }
        return null;
    }

    /** Checks the cells of an attachment row; true when every one fits. */
    static boolean attachmentRowFits(ImportRun run, long row, java.util.function.Function<AttachmentColumn, String> cells) {
        boolean fits = true;
        for (AttachmentColumn column : AttachmentColumn.values()) {
            fits &= fits(run, row, column.header(), cells.apply(column), widthOf(column), column == AttachmentColumn.CUSTOMER);
        }
        return fits;
    }

    /** Checks the cells of a traceback row; true when every one fits. */
    static boolean tracebackRowFits(ImportRun run, long row, java.util.function.Function<TracebackColumn, String> cells) {
        boolean fits = true;
        for (TracebackColumn column : TracebackColumn.values()) {
            boolean party = column == TracebackColumn.PROVIDER || column == TracebackColumn.CUSTOMER;
            fits &= fits(run, row, column.header(), cells.apply(column), widthOf(column), party);
        }
        return fits;
    }
}
