package org.tracebench.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tracebench.work.RecordLimit;
import org.tracebench.work.TextDecoding;

/**
 * Comma-, semicolon- or tab-separated text read with Commons CSV, one record at a time. The separator is
 * the one found most often in the first line (tab preferred for pasted text); quoted cells may hold
 * separators and line breaks, as spreadsheets write them. A record, a cell or a header larger than the
 * limits below is refused with the row where it starts, before it is held whole.
 */
final class DelimitedTableReader implements TableReader {

    /** The longest record read, in characters (quoted line breaks included): far above any real table's row. */
    static final int MAX_ROW_CHARS = 1_000_000;
    /** The longest cell read: what an Excel cell holds. */
    static final int MAX_CELL_CHARS = 32_767;
    /** The most cells a row may have: an attachment table has 7 columns, a traceback file 14. */
    static final int MAX_COLUMNS = 1_000;
    /** How much of the start is looked at to choose the separator. */
    private static final int SNIFF_CHARS = 16 * 1024;

    private final ImportSource source;
    private final boolean preferTab;
    private String encoding = "?";
    private CountingInputStream counter;

    DelimitedTableReader(ImportSource source, boolean preferTab) {
        this.source = source;
        this.preferTab = preferTab;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        counter = new CountingInputStream(source.open());
        TextDecoding.Decoded decoded = TextDecoding.open(counter);
        encoding = decoded.encoding();
        try (BufferedReader reader = new BufferedReader(decoded.reader(), 64 * 1024)) {
            char delimiter = sniffDelimiter(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true).setTrim(false).get();
            try (CSVParser parser = CSVParser.parse(new RecordLimit(reader, delimiter, MAX_ROW_CHARS), format)) {
                Iterator<CSVRecord> records = parser.iterator();
                while (hasNext(records)) {
                    CSVRecord record = records.next();
                    List<String> cells = new ArrayList<>(Math.min(record.size(), MAX_COLUMNS));
                    int breaks = 0;
                    for (String value : record) {
                        cells.add(value == null ? "" : value);
                        breaks += countBreaks(value);
                    }
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    long row = parser.getCurrentLineNumber() - breaks;
                    checkSize(row, cells);
                    handler.row(row, cells);
                }
            }
        }
    }

    private static void checkSize(long row, List<String> cells) throws TableTooLargeException {
        if (cells.size() > MAX_COLUMNS) {
            throw TableTooLargeException.columns(row, cells.size(), MAX_COLUMNS);
        }
        for (String cell : cells) {
            if (cell.length() > MAX_CELL_CHARS) {
                throw TableTooLargeException.cell(row, cell.length(), MAX_CELL_CHARS);
            }
        }
    }

    /** Commons CSV wraps reading errors of its iterator in UncheckedIOException; unwrap them for the caller. */
    private static boolean hasNext(Iterator<CSVRecord> records) throws IOException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static int countBreaks(String value) {
        int n = 0;
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) == '\n') {
                    n++;
                }
            }
        }
        return n;
    }

    /** The separator used most in the first lines (a title line above the header has none). */
    private char sniffDelimiter(BufferedReader reader) throws IOException {
        // A bounded read, not readLine: a first line longer than the mark would make reset() fail ("Mark invalid").
        reader.mark(SNIFF_CHARS);
        char[] head = new char[SNIFF_CHARS];
        int read = reader.read(head, 0, SNIFF_CHARS);
        while (read >= 0 && read < SNIFF_CHARS) {
            int more = reader.read(head, read, SNIFF_CHARS - read);
            if (more < 0) {
                break;
            }
            read += more;
        }
        reader.reset();
        int tabs = 0;
        int commas = 0;
        int semicolons = 0;
        for (String line : new String(head, 0, Math.max(read, 0)).split("\r?\n|\r")) {
            tabs += count(line, '\t');
            commas += count(line, ',');
            semicolons += count(line, ';');
        }
        if (tabs > 0 && (preferTab || (tabs >= commas && tabs >= semicolons))) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Separators outside double quotes. */
    private static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public long bytesRead() {
        return counter == null ? 0 : counter.count();
    }
}
