package org.tracebench.letters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * United States federal holidays (5 U.S.C. 6103) as observed: a holiday on a Saturday is observed the Friday
 * before, one on a Sunday the Monday after. Juneteenth counts from 2021, when it became a holiday.
 */
public final class FederalHolidays {

    private FederalHolidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        // A New Year's Day on a Saturday is observed on December 31 of the year before.
        return observedIn(date.getYear()).contains(date) || observedIn(date.getYear() + 1).contains(date);
    }

    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** The observed federal holidays of one year (the observed day may fall in the year before). */
    public static Set<LocalDate> observedIn(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(observed(LocalDate.of(year, Month.JANUARY, 1)));
        days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= 2021) {
            days.add(observed(LocalDate.of(year, Month.JUNE, 19)));
        }
        days.add(observed(LocalDate.of(year, Month.JULY, 4)));
        days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
        days.add(observed(LocalDate.of(year, Month.NOVEMBER, 11)));
        days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        return days;
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private static LocalDate observed(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }
}
