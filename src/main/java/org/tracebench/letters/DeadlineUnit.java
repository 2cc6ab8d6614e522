package org.tracebench.letters;

import java.util.Locale;

/** How a letter's deadline is counted from the letter date. */
public enum DeadlineUnit {
    HOURS, CALENDAR_DAYS, BUSINESS_DAYS;

    /** Reads "hours", "calendar days", "days", "business days" (any case, dashes or spaces). */
    public static DeadlineUnit parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        return switch (t) {
            case "hour", "hours" -> HOURS;
            case "day", "days", "calendar day", "calendar days" -> CALENDAR_DAYS;
            case "business day", "business days", "working days" -> BUSINESS_DAYS;
            default -> throw new IllegalArgumentException("unknown deadline unit '" + text
                    + "' (use hours, calendar days or business days)");
        };
    }
}
