package com.cxops.portal.sla;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Extra working days stored, edited and imported with holidays; the default calendar ships the PRC 2025/2026 days. */
class WorkingDaysServiceTest extends SpringTestBase {

    @Autowired
    SlaCalendarService calendars;

    private static Map<DayOfWeek, List<TimeSlot>> weekdays() {
        Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, SlotText.parse("09:00-12:00, 13:00-18:00"));
        }
        return week;
    }

    @Test
    void the_default_business_calendar_ships_the_prc_holidays_and_make_up_days_of_2025_and_2026() {
        actAsNew(Role.ADMIN);
        SlaCalendar business = calendars.list().stream().filter(c -> c.getName().equals("Business hours")).findFirst().orElseThrow();
        BusinessCalendar calendar = business.toBusinessCalendar();
        assertThat(calendar.holidays()).contains(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 10, 8), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 2, 23), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 9, 25));
        assertThat(calendar.workingDays().keySet()).contains(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
                LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11), LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        assertThat(calendar.workingDays().get(LocalDate.of(2026, 2, 14))).containsExactly(TimeSlot.of("09:00", "18:00"));
    }

    /** As the SLA clocks read it from the database: Spring Festival 2026 off, its two make-up Saturdays worked. */
    @Test
    void business_time_on_the_shipped_calendar_skips_spring_festival_2026_and_counts_its_make_up_saturdays() {
        actAsNew(Role.ADMIN);
        SlaCalendar business = calendars.list().stream().filter(c -> c.getName().equals("Business hours")).findFirst().orElseThrow();
        BusinessCalendar calendar = calendars.businessCalendar(business.getId());
        // Friday 13 Feb 09:00 to Monday 2 Mar 09:00: Fri 13, Sat 14 (make-up), Tue 24 to Fri 27, Sat 28 (make-up) = 7 days of 9 h
        assertThat(SlaCalculator.businessTime(WorkingDaysTest.shanghai("2026-02-13T09:00"), WorkingDaysTest.shanghai("2026-03-02T09:00"),
                calendar, List.of())).isEqualTo(java.time.Duration.ofHours(63));
        assertThat(SlaCalculator.businessTime(WorkingDaysTest.shanghai("2026-02-14T00:00"), WorkingDaysTest.shanghai("2026-02-15T00:00"),
                calendar, List.of())).isEqualTo(java.time.Duration.ofHours(9));
        assertThat(SlaCalculator.businessTime(WorkingDaysTest.shanghai("2026-02-15T00:00"), WorkingDaysTest.shanghai("2026-02-24T00:00"),
                calendar, List.of())).isZero();
        // 10 business hours from Friday 13 Feb 17:00: 1 h Friday, 9 h on the make-up Saturday
        assertThat(SlaCalculator.dueAt(WorkingDaysTest.shanghai("2026-02-13T17:00"), java.time.Duration.ofHours(10), calendar, List.of()))
                .contains(WorkingDaysTest.shanghai("2026-02-14T18:00"));
    }

    @Test
    void an_administrator_edits_extra_working_days_and_a_date_cannot_be_both() {
        actAsNew(Role.ADMIN);
        WorkingDay saturday = new WorkingDay(LocalDate.of(2026, 10, 10), SlotText.parse("09:00-18:00"), "National Day make-up");
        SlaCalendar saved = calendars.create(new SlaCalendarService.CalendarForm(unique("Cal "), "Asia/Shanghai", false, weekdays(),
                List.of(new Holiday(LocalDate.of(2026, 10, 1), "National Day")), List.of(saturday)));
        assertThat(calendars.get(saved.getId()).orElseThrow().getWorkingDays()).containsExactly(saturday);
        assertThat(calendars.businessCalendar(saved.getId()).workingDays()).containsKey(LocalDate.of(2026, 10, 10));

        SlaCalendar stored = calendars.get(saved.getId()).orElseThrow();
        assertThatThrownBy(() -> calendars.update(saved.getId(), stored.getVersion(), new SlaCalendarService.CalendarForm(stored.getName(),
                "Asia/Shanghai", false, weekdays(), List.of(new Holiday(LocalDate.of(2026, 10, 10), "Oops")), List.of(saturday))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsEntry("workingDays", BusinessCalendar.ERROR_WORKING_DAY_HOLIDAY));
        // a form without working days keeps the stored ones
        calendars.update(saved.getId(), stored.getVersion(), new SlaCalendarService.CalendarForm(stored.getName(), "Asia/Shanghai", false,
                weekdays(), List.of()));
        assertThat(calendars.get(saved.getId()).orElseThrow().getWorkingDays()).containsExactly(saturday);
    }

    @Test
    void an_ics_import_adds_holidays_and_make_up_days_with_the_calendars_weekday_hours() {
        actAsNew(Role.ADMIN);
        SlaCalendar saved = calendars.create(new SlaCalendarService.CalendarForm(unique("Cal "), "Asia/Shanghai", false, weekdays(), List.of()));
        String ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261008\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260920\r\nSUMMARY:国庆节补班\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        int added = calendars.importHolidays(saved.getId(), saved.getVersion(), ics.getBytes(StandardCharsets.UTF_8));
        assertThat(added).isEqualTo(8);
        SlaCalendar after = calendars.get(saved.getId()).orElseThrow();
        assertThat(after.getHolidays()).hasSize(7);
        assertThat(after.getWorkingDays()).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2026, 9, 20));
            assertThat(d.slots()).containsExactly(TimeSlot.of("09:00", "12:00"), TimeSlot.of("13:00", "18:00"));
            assertThat(d.name()).isEqualTo("国庆节补班");
        });
    }
}
