package org.tracebench.ingest;

import java.util.Locale;

/** What a file holds and how it is laid out. */
public enum ImportFormat {
    /** An attachment table as comma- (or semicolon-) separated values. */
    CSV,
    /** An attachment table as an Excel workbook (first sheet). */
    XLSX,
    /** An attachment table as tab-separated text, as copied from Excel, Word or a PDF. */
    TEXT,
    /** The traceback exchange format, one row per hop, as CSV or XLSX. */
    TRACEBACKS;

    /** The format a file name suggests; tracebacks are recognised by their header, see {@link Importer}. */
    public static ImportFormat fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return XLSX;
        }
        if (lower.endsWith(".tsv") || lower.endsWith(".txt") || lower.endsWith(".tab")) {
            return TEXT;
        }
        return CSV;
    }

    /** The format of a file whose content is text (not a workbook), whatever its name says: CSV or tab-separated. */
    public static ImportFormat forText(String name) {
        ImportFormat byName = fromFileName(name);
        return byName == XLSX ? CSV : byName;
    }

    public static ImportFormat parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format \"" + value + "\" (use csv, xlsx, text or tracebacks)", e);
        }
    }
}
