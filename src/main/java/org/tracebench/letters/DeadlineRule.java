package org.tracebench.letters;

/**
 * A deadline a template sets: {@code amount} units after the letter date. {@code rollForward} moves a due
 * date on a weekend or federal holiday to the next business day; {@code fromNextDay} starts counting on the
 * day after the letter date (the day of issue excluded, as the FCC's letters count it).
 */
public record DeadlineRule(String key, int amount, DeadlineUnit unit, boolean rollForward, boolean fromNextDay,
                           String description) {
}
