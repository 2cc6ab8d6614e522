package org.tracebench.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Date options of the graph commands: whole days in UTC. */
final class Dates {

    private Dates() {
    }

    static Instant startOf(String text, String option) {
        return text == null ? null : parse(text, option).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The instant after the given day, so "--to 2025-06-30" includes the whole of that day. */
    static Instant endOf(String text, String option) {
        return text == null ? null : parse(text, option).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate parse(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " \"" + text + "\" is not a date: use yyyy-mm-dd");
        }
    }
}
