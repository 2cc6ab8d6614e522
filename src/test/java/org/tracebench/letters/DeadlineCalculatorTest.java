package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator();

    private ComputedDeadline compute(int amount, DeadlineUnit unit, boolean roll, boolean nextDay, String date) {
        return calculator.compute(new DeadlineRule("d", amount, unit, roll, nextDay, "d"), LocalDate.parse(date));
    }

    @Test
    void fccFourteenDaysAndFortyEightHours() {
        ComputedDeadline measures = compute(14, DeadlineUnit.CALENDAR_DAYS, false, true, "2021-10-21");
        assertThat(measures.written()).isEqualTo("November 5, 2021");
        assertThat(measures.period()).isEqualTo("fourteen (14) days");
        ComputedDeadline hours = compute(48, DeadlineUnit.HOURS, false, false, "2021-10-21");
        assertThat(hours.due()).isEqualTo(Instant.parse("2021-10-23T13:00:00Z")); // 09:00 EDT + 48 h
        assertThat(hours.period()).isEqualTo("48 hours");
    }

    @Test
    void taskForceTwentyOneDays() {
        ComputedDeadline response = compute(21, DeadlineUnit.CALENDAR_DAYS, true, false, "2025-08-07");
        assertThat(response.written()).isEqualTo("August 28, 2025");
        assertThat(response.rolled()).isFalse();
        assertThat(response.period()).isEqualTo("twenty-one (21) days");
    }

    @Test
    void weekendsAndHolidaysRollForwardOnlyWhenAsked() {
        // 2021-10-21 + 16 days = Saturday 2021-11-06 -> Monday 2021-11-08
        assertThat(compute(16, DeadlineUnit.CALENDAR_DAYS, true, false, "2021-10-21").date()).isEqualTo("2021-11-08");
        assertThat(compute(16, DeadlineUnit.CALENDAR_DAYS, false, false, "2021-10-21").date()).isEqualTo("2021-11-06");
        // 2024-12-11 + 14 = Christmas (Wednesday) -> December 26
        ComputedDeadline christmas = compute(14, DeadlineUnit.CALENDAR_DAYS, true, false, "2024-12-11");
        assertThat(christmas.date()).isEqualTo("2024-12-26");
        assertThat(christmas.rolled()).isTrue();
        // Thanksgiving 2024-11-28 then a weekend: 2024-11-14 + 14 = Nov 28 -> Friday Nov 29
        assertThat(compute(14, DeadlineUnit.CALENDAR_DAYS, true, false, "2024-11-14").date()).isEqualTo("2024-11-29");
        // Veterans Day 2023 fell on a Saturday, observed Friday 2023-11-10: 2023-10-27 + 14 -> Monday 13th
        assertThat(compute(14, DeadlineUnit.CALENDAR_DAYS, true, false, "2023-10-27").date()).isEqualTo("2023-11-13");
        // hours landing on a Sunday keep their time of day on Monday
        assertThat(compute(48, DeadlineUnit.HOURS, true, false, "2021-10-22").date()).isEqualTo("2021-10-25");
    }

    @Test
    void businessDaysSkipWeekendsAndHolidays() {
        // from Friday 2021-12-31 (itself the observed New Year holiday): Jan 3, 4, 5 -> Wednesday
        assertThat(compute(3, DeadlineUnit.BUSINESS_DAYS, false, false, "2021-12-31").date()).isEqualTo("2022-01-05");
        // over Thanksgiving 2025 (Thursday Nov 27): Wed 26, Fri 28, Mon Dec 1
        assertThat(compute(3, DeadlineUnit.BUSINESS_DAYS, false, false, "2025-11-25").date()).isEqualTo("2025-12-01");
    }

    @Test
    void federalHolidaysAsObserved() {
        assertThat(FederalHolidays.isHoliday(LocalDate.parse("2021-12-31"))).isTrue(); // New Year 2022 on a Saturday
        assertThat(FederalHolidays.isHoliday(LocalDate.parse("2022-06-20"))).isTrue(); // Juneteenth on a Sunday
        assertThat(FederalHolidays.isHoliday(LocalDate.parse("2020-06-19"))).isFalse(); // before it was a holiday
        assertThat(FederalHolidays.isHoliday(LocalDate.parse("2025-05-26"))).isTrue(); // Memorial Day
        assertThat(FederalHolidays.isHoliday(LocalDate.parse("2025-10-13"))).isTrue(); // Columbus Day
        assertThat(FederalHolidays.isBusinessDay(LocalDate.parse("2025-10-14"))).isTrue();
    }
}
