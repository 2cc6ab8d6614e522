package org.tracebench.ingest;

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
 * "September 7, 2021", ISO 8601 ("2021-09-07T17:36:00Z"), spreadsheet serial numbers (44446.73),
 * and cells holding several of these one after another. All times are taken as UTC.
 */
public final class TimestampParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?:\\s*(UTC|GMT|Z))?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?))?\\s*(Z|UTC|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern SERIAL = Pattern.compile("^\\d{4,6}(?:\\.\\d+)?$");
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
        if (SERIAL.matcher(text).matches()) {
            result.add(fromSerial(Double.parseDouble(text)));
            return result;
        }
        StringBuilder leftover = new StringBuilder();
        int last = 0;
        Matcher m = MONTH_FIRST.matcher(text);
        boolean any = false;
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month == null) {
                continue;
            }
            any = true;
            leftover.append(text, last, m.start());
            last = m.end();
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            result.add(LocalDateTime.of(date, time).toInstant(ZoneOffset.UTC));
        }
        if (!any) {
            m = ISO.matcher(text);
            while (m.find()) {
                any = true;
                leftover.append(text, last, m.start());
                last = m.end();
                result.add(iso(m));
            }
        }
        leftover.append(text.substring(last));
        String rest = leftover.toString().replaceAll("[\\s,;|]+", "");
        if (!any || !rest.isEmpty()) {
            throw new IllegalArgumentException("not a date and time: \"" + cell.strip() + "\"");
        }
        return result;
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
