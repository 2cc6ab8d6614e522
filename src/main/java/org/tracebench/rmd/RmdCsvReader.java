package org.tracebench.rmd;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    public List<RmdRecord> read(Path file) {
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new RmdFormatException(file + ": cannot read the file: " + e.getMessage(), e);
        }
        return read(text, file.getFileName().toString());
    }

    public List<RmdRecord> read(String text, String fileName) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new RmdFormatException(fileName + ": the file is empty");
        }
        char delimiter = guessDelimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(false)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> columns = resolveColumns(parser.getHeaderNames(), fileName);
            List<RmdRecord> records = new ArrayList<>();
            for (CSVRecord row : parser) {
                records.add(toRecord(row, columns, fileName));
            }
            return records;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RmdFormatException(fileName + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Saved by Excel on Windows: not UTF-8, almost always Windows-1252.
            return new String(bytes, Charset.forName("windows-1252"));
        }
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
            throw new RmdFormatException(fileName + ": row 1: no business_name column; found " + headers
                    + ". Expected the FCC RMD export columns (number, business_name, frn, ...)");
        }
        if (!columns.containsKey("number") && !columns.containsKey("frn")) {
            throw new RmdFormatException(fileName + ": row 1: neither a number (RMD number) nor an frn column; found " + headers);
        }
        return columns;
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
        return new RmdRecord(rowNumber, rmdNumber, name, normalizeFrn(cells.text("frn")),
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
            return value.isEmpty() ? null : value;
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
                        + ": \"" + value + "\" is not yes or no");
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
            throw new RmdFormatException(fileName + ": row " + rowNumber + ", column " + column + ": \"" + value
                    + "\" is not a date (expected 2024-03-01 or 3/1/2024)");
        }
    }
}
