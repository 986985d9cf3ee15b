package com.cxops.portal.sla;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaCalendarServiceTest extends SpringTestBase {

    @Autowired
    SlaCalendarService calendars;
    @Autowired
    com.cxops.portal.base.settings.SettingsService settings;

    private static Map<DayOfWeek, List<TimeSlot>> weekdays(String slots) {
        Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, SlotText.parse(slots));
        }
        return week;
    }

    private static Map<String, String> errors(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.getFieldErrors();
        }
        throw new AssertionError("expected InvalidInputException");
    }

    private SlaCalendar create(String slots) {
        return calendars.create(new SlaCalendarService.CalendarForm(unique("Cal "), "Europe/Berlin", false, weekdays(slots),
                List.of(new Holiday(LocalDate.parse("2026-12-25"), "Christmas"))));
    }

    @Test
    void calendar_with_a_lunch_break_is_stored_and_used_by_the_calculator() {
        actAsNew(Role.ADMIN);
        SlaCalendar saved = create("09:00-12:00, 13:00-18:00");
        BusinessCalendar calendar = calendars.businessCalendar(saved.getId());
        assertThat(calendar.week().get(DayOfWeek.MONDAY)).containsExactly(TimeSlot.of("09:00", "12:00"), TimeSlot.of("13:00", "18:00"));
        assertThat(calendar.holidays()).containsExactly(LocalDate.parse("2026-12-25"));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(SlaCalculator.dueAt(LocalDateTime.parse("2026-12-24T17:00").atZone(berlin).toInstant(), Duration.ofHours(2), calendar, List.of()))
                .contains(LocalDateTime.parse("2026-12-28T10:00").atZone(berlin).toInstant());
    }

    @Test
    void bad_calendars_are_refused_and_nothing_is_saved() {
        actAsNew(Role.ADMIN);
        int before = calendars.list().size();
        assertThat(errors(() -> calendars.create(new SlaCalendarService.CalendarForm(unique("c"), "Europe/Berlin", false, Map.of(), List.of()))))
                .containsEntry("week", BusinessCalendar.ERROR_NO_WORKING_TIME);
        assertThat(errors(() -> calendars.create(new SlaCalendarService.CalendarForm(unique("c"), "Europe/Berlin", false,
                weekdays("09:00-12:30, 12:00-18:00"), List.of())))).containsEntry("week", BusinessCalendar.ERROR_SLOTS_OVERLAP);
        assertThat(errors(() -> calendars.create(new SlaCalendarService.CalendarForm(unique("c"), "Europe/Berlin", false,
                weekdays("18:00-09:00"), List.of())))).containsEntry("week", BusinessCalendar.ERROR_SLOT_ORDER);
        assertThat(errors(() -> calendars.create(new SlaCalendarService.CalendarForm(" ", "Mars/Olympus", true, Map.of(), List.of()))))
                .containsEntry("name", "calendar.error.name").containsEntry("timeZone", "calendar.error.zone");
        assertThat(errors(() -> calendars.create(new SlaCalendarService.CalendarForm("24 x 7", "UTC", true, Map.of(), List.of()))))
                .containsEntry("name", "calendar.error.name-taken");
        assertThat(calendars.list()).hasSize(before);
    }

    @Test
    void a_holiday_or_working_day_name_over_its_limit_is_refused_at_its_entry_with_the_limit_and_nothing_is_saved() {
        actAsNew(Role.ADMIN);
        int before = calendars.list().size();
        String tooLong = "h".repeat(Holiday.NAME_LENGTH + 1);
        SlaCalendarService.CalendarForm form = new SlaCalendarService.CalendarForm(unique("c"), "Europe/Berlin", false, weekdays("09:00-18:00"),
                List.of(new Holiday(LocalDate.parse("2047-01-01"), "New Year"), new Holiday(LocalDate.parse("2047-05-01"), tooLong)),
                List.of(new WorkingDay(LocalDate.parse("2047-02-09"), SlotText.parse("09:00-18:00"), tooLong)));
        assertThatThrownBy(() -> calendars.create(form)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getFieldErrors()).containsOnly(Map.entry("holidays[1].name", InvalidInputException.TOO_LONG),
                    Map.entry("workingDays[0].name", InvalidInputException.TOO_LONG));
            assertThat(e.arguments("holidays[1].name")).containsExactly(Holiday.NAME_LENGTH);
        });
        assertThat(calendars.list()).hasSize(before);
    }

    @Test
    void holidays_are_imported_from_an_ics_file() {
        actAsNew(Role.ADMIN);
        SlaCalendar saved = create("09:00-18:00");
        int added = calendars.importHolidays(saved.getId(), saved.getVersion(), IcsHolidayParserTest.CHINA_2026.getBytes(StandardCharsets.UTF_8));
        assertThat(added).isEqualTo(5);
        SlaCalendar reloaded = calendars.get(saved.getId()).orElseThrow();
        assertThat(reloaded.getHolidays()).extracting(Holiday::getDate).contains(LocalDate.parse("2026-10-02"), LocalDate.parse("2026-12-25"));
        assertThat(reloaded.getVersion()).isGreaterThan(saved.getVersion());
        assertThat(calendars.importHolidays(reloaded.getId(), reloaded.getVersion(),
                IcsHolidayParserTest.CHINA_2026.getBytes(StandardCharsets.UTF_8))).as("same file again").isZero();
    }

    @Test
    void holiday_file_that_does_not_parse_is_refused_and_nothing_is_saved() {
        actAsNew(Role.ADMIN);
        SlaCalendar saved = create("09:00-18:00");
        assertThat(errors(() -> calendars.importHolidays(saved.getId(), saved.getVersion(), "not a calendar".getBytes(StandardCharsets.UTF_8))))
                .containsEntry("file", IcsHolidayParser.ERROR_NOT_ICS);
        SlaCalendar reloaded = calendars.get(saved.getId()).orElseThrow();
        assertThat(reloaded.getHolidays()).hasSize(1);
        assertThat(reloaded.getVersion()).isEqualTo(saved.getVersion());
    }

    @Test
    void a_holiday_file_over_the_size_setting_is_refused_before_it_is_parsed_and_nothing_is_saved() {
        actAsNew(Role.ADMIN);
        SlaCalendar saved = create("09:00-18:00");
        byte[] file = IcsHolidayParserTest.CHINA_2026.getBytes(StandardCharsets.UTF_8);
        var setting = settings.list("sla.calendar.import-max-kb").getFirst();
        assertThat(setting.getValue()).isEqualTo("1024");
        assertThat(calendars.importMaxBytes()).isEqualTo(1024 * 1024);
        settings.update("sla.calendar.import-max-kb", "1", setting.getVersion());
        try {
            byte[] large = new byte[1025];
            System.arraycopy(file, 0, large, 0, Math.min(file.length, large.length));
            assertThat(errors(() -> calendars.importHolidays(saved.getId(), saved.getVersion(), large)))
                    .containsEntry("file", "calendar.import.error.too-large");
            assertThat(calendars.get(saved.getId()).orElseThrow().getVersion()).isEqualTo(saved.getVersion());
        } finally {
            settings.update("sla.calendar.import-max-kb", "1024", settings.list("sla.calendar.import-max-kb").getFirst().getVersion());
        }
        assertThat(calendars.importHolidays(saved.getId(), saved.getVersion(), file)).isPositive();
    }

    @Test
    void edits_carry_the_version_they_started_from() {
        actAsNew(Role.ADMIN);
        SlaCalendar saved = create("09:00-18:00");
        SlaCalendarService.CalendarForm form = new SlaCalendarService.CalendarForm(saved.getName(), "Asia/Shanghai", false,
                weekdays("08:00-17:00"), List.of());
        SlaCalendar updated = calendars.update(saved.getId(), saved.getVersion(), form);
        assertThat(updated.getTimeZone()).isEqualTo("Asia/Shanghai");
        assertThat(updated.getHolidays()).isEmpty();
        assertThatThrownBy(() -> calendars.update(saved.getId(), saved.getVersion(), form)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> calendars.importHolidays(saved.getId(), saved.getVersion(), new byte[0]))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void holidays_can_be_renamed_and_unnamed_ones_removed() {
        actAsNew(Role.ADMIN);
        SlaCalendar saved = create("09:00-18:00");
        SlaCalendar withUnnamed = calendars.update(saved.getId(), saved.getVersion(), new SlaCalendarService.CalendarForm(
                saved.getName(), saved.getTimeZone(), false, saved.week(),
                List.of(new Holiday(LocalDate.parse("2026-12-25"), "Xmas"), new Holiday(LocalDate.parse("2026-12-31"), null))));
        assertThat(calendars.get(saved.getId()).orElseThrow().getHolidays()).extracting(Holiday::getName).containsExactly("Xmas", "");
        calendars.update(withUnnamed.getId(), withUnnamed.getVersion(), new SlaCalendarService.CalendarForm(
                saved.getName(), saved.getTimeZone(), false, saved.week(), List.of(new Holiday(LocalDate.parse("2026-12-25"), "Xmas"))));
        assertThat(calendars.get(saved.getId()).orElseThrow().getHolidays()).extracting(Holiday::getDate)
                .containsExactly(LocalDate.parse("2026-12-25"));
    }

    @Test
    void only_administrators_manage_calendars() {
        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> calendars.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.importHolidays(1, 0, new byte[0])).isInstanceOf(AccessDeniedException.class);
    }
}
