package com.cxops.portal.sla;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.cxops.portal.sla.SlaCalculator.businessMinutes;
import static com.cxops.portal.sla.SlaCalculator.dueAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SLA arithmetic. 2026-11-20 is a Friday, 2026-11-23 a Monday. */
class SlaCalculatorTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final BusinessCalendar OFFICE = BusinessCalendar.weekdays(SHANGHAI, Set.of(), TimeSlot.of("09:00", "18:00"));
    static final BusinessCalendar LUNCH = BusinessCalendar.weekdays(SHANGHAI, Set.of(),
            TimeSlot.of("09:00", "12:00"), TimeSlot.of("13:00", "18:00"));

    static Instant at(String localDateTime) {
        return at(localDateTime, SHANGHAI);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Instant due(String start, Duration target, BusinessCalendar calendar, Interval... pauses) {
        return dueAt(at(start, calendar.zone()), target, calendar, List.of(pauses)).orElseThrow();
    }

    static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    @Test
    void friday_1630_plus_two_business_hours_is_due_monday_0930() {
        assertThat(due("2026-11-20T16:30", hours(2), OFFICE)).isEqualTo(at("2026-11-23T09:30"));
    }

    @Test
    void start_inside_working_hours_counts_from_the_start() {
        assertThat(due("2026-11-23T10:00", hours(2), OFFICE)).isEqualTo(at("2026-11-23T12:00"));
    }

    @Test
    void start_before_working_hours_counts_from_the_opening() {
        assertThat(due("2026-11-23T07:00", hours(2), OFFICE)).isEqualTo(at("2026-11-23T11:00"));
    }

    @Test
    void start_after_working_hours_counts_from_the_next_opening() {
        assertThat(due("2026-11-23T19:00", hours(2), OFFICE)).isEqualTo(at("2026-11-24T11:00"));
    }

    @Test
    void start_on_a_weekend_counts_from_monday() {
        assertThat(due("2026-11-21T10:00", hours(2), OFFICE)).isEqualTo(at("2026-11-23T11:00"));
        assertThat(due("2026-11-22T23:59", Duration.ofMinutes(30), OFFICE)).isEqualTo(at("2026-11-23T09:30"));
    }

    @Test
    void holiday_is_skipped() {
        BusinessCalendar withHoliday = OFFICE.withHolidays(Set.of(LocalDate.parse("2026-11-23")));
        assertThat(due("2026-11-20T17:00", hours(2), withHoliday)).isEqualTo(at("2026-11-24T10:00"));
    }

    @Test
    void start_on_a_holiday_counts_from_the_next_working_day() {
        BusinessCalendar withHoliday = OFFICE.withHolidays(Set.of(LocalDate.parse("2026-11-24")));
        assertThat(due("2026-11-24T10:00", hours(1), withHoliday)).isEqualTo(at("2026-11-25T10:00"));
    }

    @Test
    void lunch_break_is_not_counted_when_there_are_several_slots_a_day() {
        assertThat(due("2026-11-23T11:00", hours(2), LUNCH)).isEqualTo(at("2026-11-23T14:00"));
        assertThat(due("2026-11-23T12:30", hours(1), LUNCH)).isEqualTo(at("2026-11-23T14:00"));
    }

    @Test
    void target_ending_exactly_at_the_end_of_a_slot_is_due_at_that_end() {
        assertThat(due("2026-11-23T16:00", hours(2), OFFICE)).isEqualTo(at("2026-11-23T18:00"));
        assertThat(due("2026-11-23T10:00", hours(2), LUNCH)).isEqualTo(at("2026-11-23T12:00"));
    }

    @Test
    void target_ending_one_minute_after_a_slot_is_due_one_minute_into_the_next() {
        assertThat(due("2026-11-23T16:00", hours(2).plusMinutes(1), OFFICE)).isEqualTo(at("2026-11-24T09:01"));
    }

    @Test
    void pause_spanning_a_night_and_a_weekend_stops_the_clock() {
        // Thursday 17:00 start, 4 h; waiting on the customer from Thursday 17:30 to Monday 10:00
        Interval waiting = new Interval(at("2026-11-19T17:30"), at("2026-11-23T10:00"));
        assertThat(due("2026-11-19T17:00", hours(4), OFFICE, waiting)).isEqualTo(at("2026-11-23T13:30"));
        assertThat(businessMinutes(at("2026-11-19T17:00"), at("2026-11-23T13:30"), OFFICE, List.of(waiting))).isEqualTo(240);
    }

    @Test
    void pause_inside_working_hours_moves_the_due_instant_by_its_length() {
        Interval waiting = new Interval(at("2026-11-23T10:00"), at("2026-11-23T10:45"));
        assertThat(due("2026-11-23T09:30", hours(1), OFFICE, waiting)).isEqualTo(at("2026-11-23T11:15"));
    }

    @Test
    void overlapping_and_touching_pauses_count_once() {
        Interval a = new Interval(at("2026-11-23T10:00"), at("2026-11-23T10:30"));
        Interval b = new Interval(at("2026-11-23T10:15"), at("2026-11-23T11:00"));
        Interval c = new Interval(at("2026-11-23T11:00"), at("2026-11-23T11:30"));
        assertThat(due("2026-11-23T09:00", hours(2), OFFICE, c, a, b)).isEqualTo(at("2026-11-23T12:30"));
    }

    @Test
    void open_pause_stops_the_clock_so_there_is_no_due_instant_yet() {
        Interval waiting = Interval.open(at("2026-11-23T10:00"));
        assertThat(dueAt(at("2026-11-23T09:00"), hours(2), OFFICE, List.of(waiting))).isEmpty();
        assertThat(businessMinutes(at("2026-11-23T09:00"), at("2026-11-24T12:00"), OFFICE, List.of(waiting))).isEqualTo(60);
    }

    @Test
    void open_pause_after_the_due_instant_does_not_matter() {
        Interval waiting = Interval.open(at("2026-11-23T15:00"));
        assertThat(dueAt(at("2026-11-23T09:00"), hours(2), OFFICE, List.of(waiting))).contains(at("2026-11-23T11:00"));
    }

    @Test
    void target_of_several_weeks_on_business_hours() {
        // 121 h = 13 working days of 9 h + 4 h: Monday 23 Nov 09:00 -> Thursday 10 Dec 13:00
        assertThat(due("2026-11-23T09:00", hours(121), OFFICE)).isEqualTo(at("2026-12-10T13:00"));
    }

    @Test
    void target_of_several_weeks_around_the_clock_with_a_pause() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(SHANGHAI);
        Interval waiting = new Interval(at("2026-11-25T00:00"), at("2026-11-26T00:00"));
        assertThat(due("2026-11-23T09:00", Duration.ofDays(21), always)).isEqualTo(at("2026-12-14T09:00"));
        assertThat(due("2026-11-23T09:00", Duration.ofDays(21), always, waiting)).isEqualTo(at("2026-12-15T09:00"));
    }

    @Test
    void around_the_clock_in_a_zone_with_daylight_saving_counts_real_hours() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(BERLIN);
        // clocks go forward on Sunday 29 March 2026: 24 real hours later the wall clock shows one hour more
        assertThat(due("2026-03-28T12:00", hours(24), always)).isEqualTo(at("2026-03-29T13:00", BERLIN));
        // and back on Sunday 25 October 2026
        assertThat(due("2026-10-24T12:00", hours(24), always)).isEqualTo(at("2026-10-25T11:00", BERLIN));
    }

    @Test
    void business_hours_across_a_daylight_saving_change_keep_the_wall_clock_times() {
        BusinessCalendar berlin = BusinessCalendar.weekdays(BERLIN, Set.of(), TimeSlot.of("09:00", "18:00"));
        assertThat(due("2026-03-27T16:30", hours(2), berlin)).isEqualTo(at("2026-03-30T09:30", BERLIN));
        assertThat(at("2026-03-30T09:30", BERLIN)).isEqualTo(Instant.parse("2026-03-30T07:30:00Z"));
    }

    @Test
    void slot_containing_the_spring_forward_hour_is_an_hour_shorter() {
        Map<DayOfWeek, List<TimeSlot>> nights = new EnumMap<>(DayOfWeek.class);
        nights.put(DayOfWeek.SUNDAY, List.of(TimeSlot.of("01:00", "04:00")));
        BusinessCalendar sundayNights = BusinessCalendar.of(BERLIN, nights, Set.of());
        assertThat(businessMinutes(at("2026-03-29T00:00", BERLIN), at("2026-03-29T05:00", BERLIN), sundayNights, List.of())).isEqualTo(120);
        assertThat(businessMinutes(at("2026-03-22T00:00", BERLIN), at("2026-03-22T05:00", BERLIN), sundayNights, List.of())).isEqualTo(180);
    }

    @Test
    void zone_without_daylight_saving_has_24_hour_days_all_year() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(SHANGHAI);
        assertThat(due("2026-03-28T12:00", hours(24), always)).isEqualTo(at("2026-03-29T12:00"));
        assertThat(due("2026-10-24T12:00", hours(24), always)).isEqualTo(at("2026-10-25T12:00"));
    }

    @Test
    void around_the_clock_ignores_weekends() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(SHANGHAI);
        assertThat(due("2026-11-21T23:50", Duration.ofMinutes(30), always)).isEqualTo(at("2026-11-22T00:20"));
    }

    @Test
    void whole_day_slot_ends_at_midnight() {
        Map<DayOfWeek, List<TimeSlot>> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.MONDAY, List.of(TimeSlot.of("00:00", "00:00")));
        BusinessCalendar mondays = BusinessCalendar.of(SHANGHAI, days, Set.of());
        assertThat(due("2026-11-23T20:00", hours(4), mondays)).isEqualTo(at("2026-11-24T00:00"));
        assertThat(due("2026-11-23T20:00", hours(5), mondays)).isEqualTo(at("2026-11-30T01:00"));
    }

    @Test
    void zero_target_is_due_at_its_start() {
        assertThat(due("2026-11-21T10:00", Duration.ZERO, OFFICE)).isEqualTo(at("2026-11-21T10:00"));
    }

    @Test
    void negative_target_is_refused() {
        assertThatThrownBy(() -> dueAt(at("2026-11-23T10:00"), hours(-1), OFFICE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void warning_point_is_a_share_of_business_time() {
        // 75 % of 2 h = 90 min: Friday 16:30 + 90 min ends exactly at closing
        assertThat(SlaCalculator.warningAt(at("2026-11-20T16:30"), hours(2), 75, OFFICE, List.of())).contains(at("2026-11-20T18:00"));
        assertThat(SlaCalculator.warningAt(at("2026-11-20T16:30"), hours(2), 80, OFFICE, List.of())).contains(at("2026-11-23T09:06"));
        assertThatThrownBy(() -> SlaCalculator.warningAt(at("2026-11-20T16:30"), hours(2), 100, OFFICE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void business_minutes_between_friday_afternoon_and_monday_morning() {
        assertThat(businessMinutes(at("2026-11-20T16:30"), at("2026-11-23T09:30"), OFFICE, List.of())).isEqualTo(120);
        assertThat(businessMinutes(at("2026-11-23T09:30"), at("2026-11-20T16:30"), OFFICE, List.of())).isZero();
        assertThat(businessMinutes(at("2026-11-21T08:00"), at("2026-11-22T20:00"), OFFICE, List.of())).isZero();
    }

    @Test
    void time_left_and_overdue_are_in_calendar_time() {
        Instant due = at("2026-11-23T09:30");
        assertThat(SlaCalculator.TimeLeft.between(at("2026-11-20T16:30"), due))
                .isEqualTo(new SlaCalculator.TimeLeft(Duration.ofHours(65), false));
        assertThat(SlaCalculator.TimeLeft.between(at("2026-11-23T10:05"), due))
                .isEqualTo(new SlaCalculator.TimeLeft(Duration.ofMinutes(35), true));
        assertThat(SlaCalculator.TimeLeft.between(due, due)).isEqualTo(new SlaCalculator.TimeLeft(Duration.ZERO, false));
    }

    @Test
    void calendar_without_working_time_is_refused() {
        assertThat(BusinessCalendar.problems(Map.of())).containsExactly(BusinessCalendar.ERROR_NO_WORKING_TIME);
        assertThat(BusinessCalendar.problems(Map.of(DayOfWeek.MONDAY, List.of()))).containsExactly(BusinessCalendar.ERROR_NO_WORKING_TIME);
        assertThatThrownBy(() -> BusinessCalendar.of(SHANGHAI, Map.of(), Set.of()))
                .hasMessage(BusinessCalendar.ERROR_NO_WORKING_TIME);
    }

    @Test
    void slot_ending_before_it_starts_is_refused() {
        assertThat(BusinessCalendar.problems(Map.of(DayOfWeek.MONDAY, List.of(TimeSlot.of("18:00", "09:00")))))
                .contains(BusinessCalendar.ERROR_SLOT_ORDER);
        assertThat(BusinessCalendar.problems(Map.of(DayOfWeek.MONDAY, List.of(TimeSlot.of("09:00", "09:00")))))
                .contains(BusinessCalendar.ERROR_SLOT_ORDER);
    }

    @Test
    void overlapping_slots_are_refused_but_touching_ones_are_fine() {
        assertThat(BusinessCalendar.problems(Map.of(DayOfWeek.MONDAY, List.of(TimeSlot.of("09:00", "12:30"), TimeSlot.of("12:00", "18:00")))))
                .containsExactly(BusinessCalendar.ERROR_SLOTS_OVERLAP);
        assertThat(BusinessCalendar.problems(Map.of(DayOfWeek.MONDAY, List.of(TimeSlot.of("13:00", "00:00"), TimeSlot.of("20:00", "21:00")))))
                .containsExactly(BusinessCalendar.ERROR_SLOTS_OVERLAP);
        assertThat(BusinessCalendar.problems(Map.of(DayOfWeek.MONDAY, List.of(TimeSlot.of("09:00", "12:00"), TimeSlot.of("12:00", "18:00")))))
                .isEmpty();
    }

    @Test
    void holidays_do_not_stop_the_around_the_clock_calendar() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(SHANGHAI).withHolidays(Set.of(LocalDate.parse("2026-11-23")));
        assertThat(due("2026-11-23T10:00", Duration.ofMinutes(30), always)).isEqualTo(at("2026-11-23T10:30"));
    }

    @Test
    void calendar_whose_every_working_day_is_a_holiday_is_reported_instead_of_looping() {
        Map<DayOfWeek, List<TimeSlot>> mondays = new EnumMap<>(DayOfWeek.class);
        mondays.put(DayOfWeek.MONDAY, List.of(TimeSlot.of("09:00", "10:00")));
        java.util.Set<LocalDate> everyMonday = new java.util.HashSet<>();
        for (LocalDate d = LocalDate.parse("2026-11-23"); d.getYear() < 2031; d = d.plusWeeks(1)) {
            everyMonday.add(d);
        }
        BusinessCalendar never = BusinessCalendar.of(SHANGHAI, mondays, everyMonday);
        assertThatThrownBy(() -> dueAt(at("2026-11-23T08:00"), hours(1), never, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
