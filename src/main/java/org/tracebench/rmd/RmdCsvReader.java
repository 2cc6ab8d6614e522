package org.tracebench.rmd;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tracebench.work.RecordLimit;
import org.tracebench.work.TextDecoding;
import org.tracebench.work.TextReadException;

/**
 * Reads the FCC's public RMD export. Tolerates what other programs do to it: a byte-order mark, Windows-1252
 * instead of UTF-8 (Excel), semicolon or tab separators, headers in other case or with spaces ("Business Name"),
 * dates as 2024-03-01, 2024-03-01T10:00:00Z or 3/1/2024. A row it cannot read stops the whole import with a
 * message naming file, row, column and reason: an RMD snapshot with silently dropped rows would mark
 * registered providers as not filed.
 */
public final class RmdCsvReader {

    /** Canonical column -> accepted header spellings, already normalized (lower case, underscores). */
    private static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry("number", List.of("number", "rmd_number", "rmd", "rmd_no", "registration_number")),
            Map.entry("business_name", List.of("business_name", "name", "company_name", "provider_name", "legal_name")),
            Map.entry("frn", List.of("frn", "fcc_registration_number")),
            Map.entry("previous_dba_names", List.of("previous_dba_names", "previous_names", "previous_dba_name")),
            Map.entry("other_dba_names", List.of("other_dba_names", "dba_names", "other_dba_name", "dba")),
            Map.entry("foreign_voice_provider", List.of("foreign_voice_provider", "foreign_provider", "foreign")),
            Map.entry("implementation", List.of("implementation", "stir_shaken_implementation")),
            Map.entry("gateway_provider_choice", List.of("gateway_provider_choice", "gateway_provider")),
            Map.entry("intermediate_provider_choice", List.of("intermediate_provider_choice", "intermediate_provider")),
            Map.entry("contact_name", List.of("contact_name", "robocall_mitigation_contact_name")),
            Map.entry("contact_title", List.of("contact_title")),
            Map.entry("contact_department", List.of("contact_department")),
            Map.entry("contact_business_address", List.of("contact_business_address", "contact_address", "business_address")),
            Map.entry("contact_email", List.of("contact_email", "contact_email_address", "email")),
            Map.entry("contact_telephone_number", List.of("contact_telephone_number", "contact_phone", "contact_telephone")),
            Map.entry("country", List.of("country", "principal_country")),
            Map.entry("last_updated", List.of("last_updated", "updated", "date_last_updated")),
            Map.entry("last_recertified", List.of("last_recertified", "recertified", "date_last_recertified")));

    /** Several names in one cell are separated by semicolons, vertical bars or line breaks (never commas: "KWK Communications, Inc."). */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:;|\\||\\r?\\n)\\s*");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
    private static final Pattern US_DATE_PREFIX = Pattern.compile("^(\\d{1,2}/\\d{1,2}/\\d{4})(\\s.*)?$");

    /** The longest record read, in characters: the real export's longest row is a few thousand. */
    public static final int MAX_ROW_CHARS = 1_000_000;
    /** The longest cell read, as for the call tables: what an Excel cell holds. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** The most cells a row may have: the export has 18 columns. */
    public static final int MAX_COLUMNS = 1_000;
    private static final int SNIFF_CHARS = 16 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** The widths of the store's columns each value is written to (migration V6; aliases 500 in V1). */
    private static final Map<String, Integer> WIDTHS = Map.ofEntries(
            Map.entry("business_name", 500),
            Map.entry("previous_dba_names", 4000), Map.entry("other_dba_names", 4000), Map.entry("implementation", 200),
            Map.entry("gateway_provider_choice", 200), Map.entry("intermediate_provider_choice", 200),
            Map.entry("contact_name", 300), Map.entry("contact_title", 300), Map.entry("contact_department", 300),
            Map.entry("contact_business_address", 2000), Map.entry("contact_email", 500),
            Map.entry("contact_telephone_number", 100), Map.entry("country", 100));
    /** A former or other name may become a provider's alias. */
    private static final int NAME_WIDTH = 500;

    private String encoding = "UTF-8";

    /** How the last file read was decoded, e.g. "UTF-8" or "Windows-1252 (not valid UTF-8)". */
    public String encoding() {
        return encoding;
    }

    public List<RmdRecord> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new RmdFormatException(name + ": a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new RmdFormatException(name + ": the file does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
            buffered.mark(ZIP.length);
            if (Arrays.equals(buffered.readNBytes(ZIP.length), ZIP)) {
                throw new RmdFormatException(name + ": a workbook or other zip file, not CSV; save the RMD export as CSV");
            }
            buffered.reset();
            TextDecoding.Decoded decoded = TextDecoding.open(buffered);
            encoding = decoded.encoding();
            return read(decoded.reader(), name);
        } catch (TextReadException e) {
            throw new RmdFormatException(name + ": row " + e.row() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RmdFormatException(name + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    public List<RmdRecord> read(String text, String fileName) {
        try {
            return read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), fileName);
        } catch (TextReadException e) {
            throw new RmdFormatException(fileName + ": row " + e.row() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RmdFormatException(fileName + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    private static List<RmdRecord> read(Reader text, String fileName) throws IOException {
        BufferedReader reader = new BufferedReader(text, 64 * 1024);
        char delimiter = guessDelimiter(head(reader));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(false)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = CSVParser.builder().setReader(new RecordLimit(reader, delimiter, MAX_ROW_CHARS))
                .setFormat(format).get()) {
            List<String> headers = parser.getHeaderNames();
            if (headers.isEmpty()) {
                throw new RmdFormatException(fileName + ": the file is empty");
            }
            checkSize(fileName, 1, headers);
            Map<String, Integer> columns = resolveColumns(headers, fileName);
            List<RmdRecord> records = new ArrayList<>();
            Iterator<CSVRecord> rows = parser.iterator();
            while (hasNext(rows)) {
                CSVRecord row = rows.next();
                checkSize(fileName, row.getRecordNumber() + 1, row.toList());
                records.add(toRecord(row, columns, fileName));
            }
            if (records.isEmpty()) {
                throw new RmdFormatException(fileName + ": row 1: only a header; no providers follow it");
            }
            return records;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV refuses some headers (e.g. a duplicate empty name) with unchecked exceptions.
            throw new RmdFormatException(fileName + ": row 1: not a readable CSV header: " + oneLine(e.getMessage()), e);
        }
    }

    /** Commons CSV wraps reading errors of its iterator in UncheckedIOException; unwrap them. */
    private static boolean hasNext(Iterator<CSVRecord> rows) throws IOException {
        try {
            return rows.hasNext();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void checkSize(String fileName, long row, List<String> cells) {
        if (cells.size() > MAX_COLUMNS) {
            throw new RmdFormatException(fileName + ": row " + row + ": " + TextReadException.count(cells.size())
                    + " columns; at most " + TextReadException.count(MAX_COLUMNS) + " are read");
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell != null && cell.length() > MAX_CELL_CHARS) {
                throw new RmdFormatException(fileName + ": row " + row + ", column " + (i + 1) + ": a cell of "
                        + TextReadException.count(cell.length()) + " characters; at most "
                        + TextReadException.count(MAX_CELL_CHARS) + " are read");
            }
        }
    }

    /** The start of the text, read without holding more than a bounded amount, to choose the separator. */
    private static String head(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_CHARS);
        char[] head = new char[SNIFF_CHARS];
        int read = 0;
        for (int n; read < SNIFF_CHARS && (n = reader.read(head, read, SNIFF_CHARS - read)) > 0; ) {
            read += n;
        }
        reader.reset();
        return new String(head, 0, read);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(ch -> ch == ',').count();
        long semicolons = header.chars().filter(ch -> ch == ';').count();
        long tabs = header.chars().filter(ch -> ch == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    static String normalizeHeader(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
    }

    private static Map<String, Integer> resolveColumns(List<String> headers, String fileName) {
        Map<String, Integer> byNormalized = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            byNormalized.putIfAbsent(normalizeHeader(headers.get(i)), i);
        }
        Map<String, Integer> columns = new HashMap<>();
        COLUMNS.forEach((canonical, spellings) -> spellings.stream().filter(byNormalized::containsKey).findFirst()
                .ifPresent(found -> columns.put(canonical, byNormalized.get(found))));
        if (!columns.containsKey("business_name")) {
            throw new RmdFormatException(fileName + ": row 1: no business_name column; found " + shown(headers)
                    + ". Expected the FCC RMD export columns (number, business_name, frn, ...)");
        }
        if (!columns.containsKey("number") && !columns.containsKey("frn")) {
            throw new RmdFormatException(fileName + ": row 1: neither a number (RMD number) nor an frn column; found "
                    + shown(headers));
        }
        return columns;
    }

    /** A cell as quoted in a message: on one line, and cut short. */
    static String shownValue(String value) {
        String line = value.replaceAll("\\p{Cntrl}", " ");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    /** The headers found, few and short enough for one line, whatever the file held. */
    private static String shown(List<String> headers) {
        List<String> shown = headers.stream().limit(12).map(h -> {
            String clean = h == null ? "" : h.replaceAll("\\p{Cntrl}", "?");
            return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
        }).toList();
        return shown + (headers.size() > 12 ? " and " + (headers.size() - 12) + " more" : "");
    }

    private static RmdRecord toRecord(CSVRecord row, Map<String, Integer> columns, String fileName) {
        int rowNumber = (int) row.getRecordNumber() + 1;
        Cells cells = new Cells(row, columns, fileName, rowNumber);
        String name = cells.text("business_name");
        if (name == null) {
            throw new RmdFormatException(fileName + ": row " + rowNumber + ", column business_name: empty business name");
        }
        String rmdNumber = cells.text("number");
        if (rmdNumber != null) {
            rmdNumber = rmdNumber.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        }
        String frn = normalizeFrn(cells.text("frn"));
        cells.fits("number", rmdNumber, 30);
        cells.fits("frn", frn, 20);
        return new RmdRecord(rowNumber, rmdNumber, name, frn,
                names(cells.text("previous_dba_names")), names(cells.text("other_dba_names")),
                cells.yesNo("foreign_voice_provider"), cells.text("implementation"),
                cells.text("gateway_provider_choice"), cells.text("intermediate_provider_choice"),
                cells.text("contact_name"), cells.text("contact_title"), cells.text("contact_department"),
                cells.text("contact_business_address"), cells.text("contact_email"),
                cells.text("contact_telephone_number"), cells.text("country"),
                cells.date("last_updated"), cells.date("last_recertified"));
    }

    /** FRNs are ten digits; spreadsheets drop the leading zeros, so they are put back. */
    static String normalizeFrn(String frn) {
        if (frn == null) {
            return null;
        }
        String digits = frn.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        return digits.length() < 10 ? "0".repeat(10 - digits.length()) + digits : digits;
    }

    static List<String> names(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(NAME_SEPARATOR.split(cell)).map(String::strip)
                .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("n/a") && !s.equalsIgnoreCase("none")).distinct().toList();
    }

    private record Cells(CSVRecord row, Map<String, Integer> columns, String fileName, int rowNumber) {

        String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= row.size()) {
                return null;
            }
            String value = row.get(index).strip();
            if (value.isEmpty()) {
                return null;
            }
            fits(column, value, WIDTHS.getOrDefault(column, 0));
            if (column.endsWith("dba_names")) {
                names(value).forEach(name -> fits(column, name, NAME_WIDTH));
            }
            return value;
        }

        /** A value longer than its column holds is refused here, by row and column, not by the database. */
        void fits(String column, String value, int width) {
            if (value != null && width > 0 && value.length() > width) {
                throw new RmdFormatException(fileName + ": row " + rowNumber + ", column " + column + ": \""
                        + shownValue(value) + "\": " + value.length() + " characters; at most " + width + " fit");
            }
        }

        boolean yesNo(String column) {
            String value = text(column);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1", "x" -> true;
                case "no", "n", "false", "0" -> false;
                default -> throw new RmdFormatException(fileName + ": row " + rowNumber + ", column " + column
                        + ": \"" + shownValue(value) + "\" is not yes or no");
            };
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                var iso = ISO_DATE_PREFIX.matcher(value);
                if (iso.matches()) {
                    return LocalDate.parse(iso.group(1));
                }
                var us = US_DATE_PREFIX.matcher(value);
                if (us.matches()) {
                    return LocalDate.parse(us.group(1), US_DATE);
                }
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
            throw new RmdFormatException(fileName + ": row " + rowNumber + ", column " + column + ": \"" + shownValue(value)
                    + "\" is not a date (expected 2024-03-01 or 3/1/2024)");
        }
    }
}
