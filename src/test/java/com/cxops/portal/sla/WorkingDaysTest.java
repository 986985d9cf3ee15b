package com.cxops.portal.sla;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Chinese make-up working days (调休上班) across the Spring Festival 2026 week, on Mon-Fri 09:00-18:00 Shanghai. */
class WorkingDaysTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final TimeSlot DAY = new TimeSlot(LocalTime.of(9, 0), LocalTime.of(18, 0));

    /** State Council notice for 2026: Spring Festival 15-23 February off; Saturdays 14 and 28 February worked. */
    static BusinessCalendar springFestival2026() {
        List<LocalDate> holidays = Stream.iterate(LocalDate.of(2026, 2, 15), d -> d.plusDays(1)).limit(9).toList();
        Map<DayOfWeek, List<TimeSlot>> week = BusinessCalendar.weekdays(SHANGHAI, List.of(), DAY).week();
        return BusinessCalendar.of(SHANGHAI, week, holidays,
                Map.of(LocalDate.of(2026, 2, 14), List.of(DAY), LocalDate.of(2026, 2, 28), List.of(DAY)));
    }

    static Instant shanghai(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void a_saturday_make_up_day_counts_as_working_time() {
        // Friday 13 February 17:00 + 2 business hours: one on Friday, one on the make-up Saturday
        assertThat(SlaCalculator.dueAt(shanghai("2026-02-13T17:00"), Duration.ofHours(2), springFestival2026(), List.of()))
                .contains(shanghai("2026-02-14T10:00"));
    }

    @Test
    void weekday_holidays_of_the_spring_festival_week_do_not_count() {
        // 27 business hours from Friday 13 Feb 17:00: 1 h Friday, 9 h Saturday 14, nothing 15-23 Feb (Monday 16 to
        // Monday 23 are weekdays off), 9 h Tuesday 24, 8 h Wednesday 25 -> 17:00
        assertThat(SlaCalculator.dueAt(shanghai("2026-02-13T17:00"), Duration.ofHours(27), springFestival2026(), List.of()))
                .contains(shanghai("2026-02-25T17:00"));
        assertThat(SlaCalculator.businessTime(shanghai("2026-02-16T09:00"), shanghai("2026-02-23T18:00"), springFestival2026(), List.of()))
                .isZero();
    }

    @Test
    void the_make_up_saturday_after_the_festival_works_and_the_sunday_does_not() {
        assertThat(SlaCalculator.businessTime(shanghai("2026-02-28T00:00"), shanghai("2026-03-02T00:00"), springFestival2026(), List.of()))
                .isEqualTo(Duration.ofHours(9));
    }

    @Test
    void a_working_day_has_its_own_slots_and_may_not_also_be_a_holiday() {
        BusinessCalendar halfDay = BusinessCalendar.of(SHANGHAI, BusinessCalendar.weekdays(SHANGHAI, List.of(), DAY).week(), List.of(),
                Map.of(LocalDate.of(2026, 10, 10), List.of(new TimeSlot(LocalTime.of(9, 0), LocalTime.of(12, 0)))));
        assertThat(SlaCalculator.businessTime(shanghai("2026-10-10T00:00"), shanghai("2026-10-11T00:00"), halfDay, List.of()))
                .isEqualTo(Duration.ofHours(3));
        assertThatThrownBy(() -> BusinessCalendar.of(SHANGHAI, halfDay.week(), List.of(LocalDate.of(2026, 10, 10)),
                Map.of(LocalDate.of(2026, 10, 10), List.of(DAY)))).hasMessage(BusinessCalendar.ERROR_WORKING_DAY_HOLIDAY);
        assertThatThrownBy(() -> BusinessCalendar.of(SHANGHAI, halfDay.week(), List.of(), Map.of(LocalDate.of(2026, 10, 10), List.of())))
                .hasMessage(BusinessCalendar.ERROR_WORKING_DAY_EMPTY);
    }

    @Test
    void ics_events_marked_as_work_are_make_up_days_and_the_rest_holidays() throws Exception {
        String ics = """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20260215
                DTEND;VALUE=DATE:20260224
                SUMMARY:春节
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20260214
                SUMMARY:春节补班
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20260228
                SUMMARY:Spring Festival make-up working day
                END:VEVENT
                END:VCALENDAR
                """;
        IcsHolidayParser.Days days = IcsHolidayParser.parseDays(ics);
        assertThat(days.holidays()).hasSize(9).extracting(Holiday::getDate).doesNotContain(LocalDate.of(2026, 2, 14));
        assertThat(days.workingDays()).extracting(Holiday::getDate).containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
        assertThat(IcsHolidayParser.parse(ics)).hasSize(9);
    }
}
