package org.tracebench.letters;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Works out a template's deadlines from a letter date. A letter is taken as issued at {@code issueTime} in the
 * office's time zone; hour deadlines run from then, day deadlines end at the close of the due day.
 */
public final class DeadlineCalculator {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");
    public static final LocalTime DEFAULT_ISSUE_TIME = LocalTime.of(9, 0);

    private final ZoneId zone;
    private final LocalTime issueTime;

    public DeadlineCalculator() {
        this(DEFAULT_ZONE, DEFAULT_ISSUE_TIME);
    }

    public DeadlineCalculator(ZoneId zone, LocalTime issueTime) {
        this.zone = zone;
        this.issueTime = issueTime;
    }

    public ComputedDeadline compute(DeadlineRule rule, LocalDate letterDate) {
        if (rule.amount() < 0) {
            throw new IllegalArgumentException("deadline " + rule.key() + " has a negative amount");
        }
        LocalDate start = rule.fromNextDay() ? letterDate.plusDays(1) : letterDate;
        ZonedDateTime due;
        switch (rule.unit()) {
            case HOURS -> due = ZonedDateTime.of(start, issueTime, zone).plusHours(rule.amount());
            case CALENDAR_DAYS -> due = endOfDay(start.plusDays(rule.amount()));
            case BUSINESS_DAYS -> {
                LocalDate day = start;
                int counted = 0;
                while (counted < rule.amount()) {
                    day = day.plusDays(1);
                    if (FederalHolidays.isBusinessDay(day)) {
                        counted++;
                    }
                }
                due = endOfDay(day);
            }
            default -> throw new IllegalStateException(rule.unit().name());
        }
        boolean rolled = false;
        if (rule.rollForward()) {
            LocalDate day = due.toLocalDate();
            while (!FederalHolidays.isBusinessDay(day)) {
                day = day.plusDays(1);
                rolled = true;
            }
            if (rolled) {
                due = rule.unit() == DeadlineUnit.HOURS ? ZonedDateTime.of(day, due.toLocalTime(), zone) : endOfDay(day);
            }
        }
        return new ComputedDeadline(rule, due.toLocalDate(), due.toInstant(), rolled);
    }

    private ZonedDateTime endOfDay(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(23, 59, 59), zone);
    }
}
