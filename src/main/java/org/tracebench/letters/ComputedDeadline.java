package org.tracebench.letters;

import java.time.Instant;
import java.time.LocalDate;

/** A template's deadline worked out for one letter date: when it falls and how the letter writes it. */
public record ComputedDeadline(DeadlineRule rule, LocalDate date, Instant due, boolean rolled) {

    /** "November 5, 2021". */
    public String written() {
        return LetterDates.longDate(date);
    }

    /** "fourteen (14) days", "48 hours", "21 business days". */
    public String period() {
        return switch (rule.unit()) {
            case HOURS -> rule.amount() + " hours";
            case CALENDAR_DAYS -> LetterDates.words(rule.amount()) + " (" + rule.amount() + ") days";
            case BUSINESS_DAYS -> LetterDates.words(rule.amount()) + " (" + rule.amount() + ") business days";
        };
    }
}
