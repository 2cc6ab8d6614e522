package org.tracebench.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timestamps people paste: "Sep 07, 2021 17:36", "Sept 20, 2021 20:43 UTC",
 * "September 7, 2021", "17 Sep 2021 05:20", US numeric dates as spreadsheets write them to CSV
 * ("9/17/2021 5:20", "09/17/21 05:20 AM"), ISO 8601 ("2021-09-07T17:36:00Z"), spreadsheet serial
 * numbers (44446.73), and cells holding several of these one after another. Times without a zone are
 * taken as UTC, as the letters print them.
 */
public final class TimestampParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private static final String TIME = "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?)?";
    private static final String ZONE = "(?:\\s*\\(?(UTC|GMT|Z)\\)?)?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})[\\s-]+([a-z]{3,9})\\.?[\\s-]+(\\d{4})" + TIME + ZONE);
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})" + TIME + ZONE);
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?))?\\s*(Z|UTC|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern SERIAL = Pattern.compile("^\\d{4,6}(?:\\.\\d+)?$");
    private static final Pattern ZONE_NAMED = Pattern.compile(
            "(?i)\\b(UTC|GMT)\\b|\\dZ\\b|\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?[+-]\\d{2}:?\\d{2}");
    private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);

    private TimestampParser() {
    }

    /** Every timestamp in the cell, in the order written. Throws if text remains that is not a timestamp. */
    public static List<Instant> parseAll(String cell) {
        List<Instant> result = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return result;
        }
        String text = cell.strip();
        if (looksLikeUtcInstant(text)) {
            // The exchange format's own spelling ("2021-09-07T17:36:00Z"): millions of cells, so no regex.
            try {
                result.add(Instant.parse(text));
                return result;
            } catch (DateTimeParseException e) {
                // Fall through to the general readers, which explain what is wrong.
            }
        }
        if (SERIAL.matcher(text).matches()) {
            result.add(fromSerial(Double.parseDouble(text)));
            return result;
        }
        try {
            String rest = text;
            rest = consume(rest, MONTH_FIRST, result, TimestampParser::monthFirst);
            rest = consume(rest, DAY_FIRST, result, TimestampParser::dayFirst);
            rest = consume(rest, NUMERIC, result, TimestampParser::numeric);
            rest = consume(rest, ISO, result, TimestampParser::iso);
            if (result.isEmpty() || !rest.replaceAll("[\\s,;|]+", "").isEmpty()) {
                throw new IllegalArgumentException("not a date and time: \"" + text + "\"");
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: \"" + text + "\" (" + e.getMessage() + ")", e);
        }
        return result;
    }

    private static boolean looksLikeUtcInstant(String text) {
        return text.length() >= 20 && text.length() <= 30 && text.charAt(4) == '-' && text.charAt(10) == 'T'
                && text.charAt(text.length() - 1) == 'Z';
    }

    /** Exactly one timestamp, or null for an empty cell. */
    public static Instant parseOne(String cell) {
        List<Instant> all = parseAll(cell);
        if (all.isEmpty()) {
            return null;
        }
        if (all.size() > 1) {
            throw new IllegalArgumentException("expected one date and time, found " + all.size() + ": \"" + cell.strip() + "\"");
        }
        return all.get(0);
    }

    public static Instant fromSerial(double serial) {
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        return SPREADSHEET_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds).toInstant(ZoneOffset.UTC);
    }

    /** True when the cell names its zone (UTC, GMT, Z or an offset); otherwise its times were taken as UTC. */
    public static boolean namesZone(String cell) {
        return cell != null && ZONE_NAMED.matcher(cell).find();
    }

    @FunctionalInterface
    private interface Reader {
        Instant read(Matcher m);
    }

    /** Reads every match in the order written (matches of one pattern keep their order), returns what is left. */
    private static String consume(String text, Pattern pattern, List<Instant> into, Reader reader) {
        Matcher m = pattern.matcher(text);
        StringBuilder left = new StringBuilder();
        int last = 0;
        while (m.find()) {
            Instant value = reader.read(m);
            if (value == null) {
                continue;
            }
            into.add(value);
            left.append(text, last, m.start()).append(' ');
            last = m.end();
        }
        left.append(text.substring(last));
        return left.toString();
    }

    private static Instant monthFirst(Matcher m) {
        Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        return month == null ? null
                : at(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))), m, 4);
    }

    private static Instant dayFirst(Matcher m) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        return month == null ? null
                : at(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))), m, 4);
    }

    /** Month first as US spreadsheets write it, unless the first number cannot be a month. */
    private static Instant numeric(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        year = m.group(3).length() == 2 ? 2000 + year : year;
        LocalDate date = first > 12 ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
        return at(date, m, 4);
    }

    private static Instant at(LocalDate date, Matcher m, int timeGroup) {
        if (m.group(timeGroup) == null) {
            return date.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        int hour = Integer.parseInt(m.group(timeGroup));
        String half = m.group(timeGroup + 3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("hour " + hour + " with AM/PM");
            }
            hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        LocalTime time = LocalTime.of(hour, Integer.parseInt(m.group(timeGroup + 1)),
                m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2)));
        return LocalDateTime.of(date, time).toInstant(ZoneOffset.UTC);
    }

    private static Instant iso(Matcher m) {
        LocalDate date = LocalDate.parse(m.group(1));
        LocalTime time = m.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(m.group(2));
        String zone = m.group(3);
        if (zone == null || zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC")) {
            return LocalDateTime.of(date, time).toInstant(ZoneOffset.UTC);
        }
        try {
            String normalized = zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
            return OffsetDateTime.of(date, time, ZoneOffset.of(normalized)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad time zone: " + zone, e);
        }
    }
}
