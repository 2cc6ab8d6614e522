package org.tracebench.letters;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as a letter writes them: "November 5, 2021", "March 2025", "fourteen (14)". */
public final class LetterDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    private LetterDates() {
    }

    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    public static String monthYear(LocalDate date) {
        return date == null ? "" : MONTH.format(YearMonth.from(date));
    }

    /** The number in words for 0..99, otherwise digits. */
    public static String words(int n) {
        if (n >= 0 && n < WORDS.length) {
            return WORDS[n];
        }
        if (n > 0 && n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + WORDS[n % 10]);
        }
        return Integer.toString(n);
    }
}
