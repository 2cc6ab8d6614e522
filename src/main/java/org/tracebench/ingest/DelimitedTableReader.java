package org.tracebench.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Comma-, semicolon- or tab-separated text read with Commons CSV, one record at a time. The separator is
 * the one found most often in the first line (tab preferred for pasted text); quoted cells may hold
 * separators and line breaks, as spreadsheets write them.
 */
final class DelimitedTableReader implements TableReader {

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
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                Iterator<CSVRecord> records = parser.iterator();
                while (hasNext(records)) {
                    CSVRecord record = records.next();
                    List<String> cells = new ArrayList<>(record.size());
                    int breaks = 0;
                    for (String value : record) {
                        cells.add(value == null ? "" : value);
                        breaks += countBreaks(value);
                    }
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    long row = parser.getCurrentLineNumber() - breaks;
                    handler.row(row, cells);
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException(TextDecoding.describe(e, encoding), e);
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
        reader.mark(64 * 1024);
        int tabs = 0;
        int commas = 0;
        int semicolons = 0;
        int read = 0;
        String line;
        while (read < 16 * 1024 && (line = reader.readLine()) != null) {
            read += line.length() + 1;
            tabs += count(line, '\t');
            commas += count(line, ',');
            semicolons += count(line, ';');
        }
        reader.reset();
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
