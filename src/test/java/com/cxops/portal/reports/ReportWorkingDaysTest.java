package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.sla.BusinessCalendar;
import com.cxops.portal.sla.TimeSlot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly pack is mailed on the first working day of the month as the SLA business calendar counts it: public
 * holidays are skipped, an extra working Saturday counts, and without a calendar it is Monday to Friday.
 */
class ReportWorkingDaysTest extends SpringTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ReportMailing mailing;

    static BusinessCalendar weekdays(Set<LocalDate> holidays, Map<LocalDate, List<TimeSlot>> extra) {
        List<TimeSlot> day = List.of(TimeSlot.of("09:00", "18:00"));
        return BusinessCalendar.of(SHANGHAI, Map.of(java.time.DayOfWeek.MONDAY, day, java.time.DayOfWeek.TUESDAY, day,
                java.time.DayOfWeek.WEDNESDAY, day, java.time.DayOfWeek.THURSDAY, day, java.time.DayOfWeek.FRIDAY, day), holidays, extra);
    }

    @Test
    void public_holidays_at_the_start_of_a_month_move_the_first_working_day_past_them() {
        // 1 October 2043 is a Thursday; the National Day holidays run to Wednesday 7 October
        Set<LocalDate> golden = Set.of(LocalDate.of(2043, 10, 1), LocalDate.of(2043, 10, 2), LocalDate.of(2043, 10, 5),
                LocalDate.of(2043, 10, 6), LocalDate.of(2043, 10, 7));
        assertThat(ReportMailing.firstWorkingDay(LocalDate.of(2043, 10, 1), weekdays(golden, Map.of()))).isEqualTo(LocalDate.of(2043, 10, 8));
        // without the calendar: Monday to Friday only, so the holiday itself
        assertThat(ReportMailing.firstWorkingDay(LocalDate.of(2043, 10, 1), null)).isEqualTo(LocalDate.of(2043, 10, 1));
    }

    @Test
    void an_extra_working_saturday_is_a_working_day_and_a_month_without_any_falls_back_to_monday_to_friday() {
        // 1 August 2043 is a Saturday, worked to bridge a holiday
        BusinessCalendar bridged = weekdays(Set.of(), Map.of(LocalDate.of(2043, 8, 1), List.of(TimeSlot.of("09:00", "18:00"))));
        assertThat(ReportMailing.firstWorkingDay(LocalDate.of(2043, 8, 1), bridged)).isEqualTo(LocalDate.of(2043, 8, 1));
        assertThat(ReportMailing.firstWorkingDay(LocalDate.of(2043, 8, 1), weekdays(Set.of(), Map.of()))).isEqualTo(LocalDate.of(2043, 8, 3));
        // every day of a 24 x 7 calendar works
        assertThat(ReportMailing.firstWorkingDay(LocalDate.of(2043, 8, 1), BusinessCalendar.twentyFourSeven(SHANGHAI)))
                .isEqualTo(LocalDate.of(2043, 8, 1));
    }

    @Test
    void the_portal_counts_by_the_calendar_its_setting_names_the_seeded_business_hours_by_default() {
        // the seeded "Business hours" calendar works Monday to Friday: 1 March 2043 is a Sunday
        assertThat(mailing.firstWorkingDay(LocalDate.of(2043, 3, 1))).isEqualTo(LocalDate.of(2043, 3, 2));
        assertThat(mailing.firstWorkingDay(LocalDate.of(2043, 4, 1))).isEqualTo(LocalDate.of(2043, 4, 1));
    }
}
