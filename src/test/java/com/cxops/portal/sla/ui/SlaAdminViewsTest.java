package com.cxops.portal.sla.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.sla.DutyShift;
import com.cxops.portal.sla.SlaCalendar;
import com.cxops.portal.sla.SlaPolicy;
import com.cxops.portal.sla.SlaPolicyService;
import com.cxops.portal.sla.SlaTargetKind;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SlaAdminViewsTest extends KaribuTestBase {

    @Autowired
    SlaPolicyService policies;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void only_administrators_open_the_sla_admin_views() {
        loginNew(Role.MANAGER);
        for (String route : new String[]{"admin/sla-policies", "admin/calendars", "admin/duty-roster"}) {
            UI.getCurrent().navigate(route);
            assertThat(_find(SlaPoliciesView.class)).isEmpty();
            assertThat(_find(CalendarsView.class)).isEmpty();
            assertThat(_find(DutyRosterView.class)).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void new_policy_can_be_saved_only_when_its_targets_are_valid() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/sla-policies");
        Grid<SlaPolicy> grid = _get(Grid.class, s -> s.withId("sla-policy-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(3);

        _click(_get(Button.class, s -> s.withId("sla-policy-new")));
        _setValue(_get(Select.class, s -> s.withId("sla-policy-tier")), Tier.URGENT);
        _setValue(_get(Select.class, s -> s.withId("sla-policy-scope")), "LAYER:NEW");
        Button save = _get(Button.class, s -> s.withId("sla-policy-save"));
        assertThat(save.isEnabled()).as("no target used yet").isFalse();
        assertThat(_get(Checkbox.class, s -> s.withId("sla-target-use-EXECUTIVE_ACK")).isEnabled()).as("major only").isFalse();

        _setValue(_get(Checkbox.class, s -> s.withId("sla-target-use-FIRST_RESPONSE")), true);
        IntegerField minutes = _get(IntegerField.class, s -> s.withId("sla-target-minutes-FIRST_RESPONSE"));
        _setValue(minutes, 0);
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).startsWith("Enter a whole number of minutes greater than zero");
        assertThat(save.isEnabled()).isFalse();
        _setValue(minutes, 45);
        ComboBox<SlaCalendar> calendar = _get(ComboBox.class, s -> s.withId("sla-target-calendar-FIRST_RESPONSE"));
        calendar.setValue(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(calendar).stream()
                .filter(c -> c.getName().equals("24 x 7")).findFirst().orElseThrow());
        IntegerField warning = _get(IntegerField.class, s -> s.withId("sla-target-warning-FIRST_RESPONSE"));
        _setValue(warning, 100);
        assertThat(warning.getErrorMessage()).isEqualTo("Enter a warning point between 1 and 99 %.");
        assertThat(save.isEnabled()).isFalse();
        _setValue(warning, 80);
        assertThat(save.isEnabled()).isTrue();
        _click(save);

        SlaPolicy created = policies.list().stream()
                .filter(p -> p.getTier() == Tier.URGENT && p.getScope().code().equals("LAYER:NEW")).findFirst().orElseThrow();
        try {
            assertThat(created.getTargets()).singleElement().satisfies(t -> {
                assertThat(t.getKind()).isEqualTo(SlaTargetKind.FIRST_RESPONSE);
                assertThat(t.getDurationMinutes()).isEqualTo(45);
                assertThat(t.getWarningPercent()).isEqualTo(80);
            });
            assertThat(policies.targetsFor(Tier.URGENT, "NEW", false)).filteredOn(t -> t.kind() == SlaTargetKind.FIRST_RESPONSE)
                    .singleElement().satisfies(t -> assertThat(t.duration().toMinutes()).isEqualTo(45));
        } finally {
            policies.delete(created.getId(), created.getVersion());
        }
    }

    @Test
    void calendar_editor_refuses_overlapping_slots_and_a_week_without_working_time() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/calendars");
        _click(_get(Button.class, s -> s.withId("calendar-new")));
        _setValue(_get(TextField.class, s -> s.withId("calendar-name")), unique("Lunch "));
        Button save = _get(Button.class, s -> s.withId("calendar-save"));
        assertThat(save.isEnabled()).isTrue();

        _setValue(_get(TextField.class, s -> s.withId("calendar-day-MONDAY")), "09:00-12:30, 12:00-18:00");
        assertThat(save.isEnabled()).isFalse();
        assertThat(_get(CalendarEditor.class).weekError.getText()).startsWith("Two slots of one day overlap");

        _setValue(_get(TextField.class, s -> s.withId("calendar-day-MONDAY")), "9 to 5");
        assertThat(save.isEnabled()).isFalse();
        assertThat(_get(TextField.class, s -> s.withId("calendar-day-MONDAY")).getErrorMessage()).startsWith("Write slots as start-end times");

        for (String day : new String[]{"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) {
            _setValue(_get(TextField.class, s -> s.withId("calendar-day-" + day)), "");
        }
        assertThat(save.isEnabled()).isFalse();
        assertThat(_get(CalendarEditor.class).weekError.getText()).startsWith("The calendar has no working time");

        _setValue(_get(TextField.class, s -> s.withId("calendar-day-MONDAY")), "09:00-12:00, 13:00-18:00");
        assertThat(save.isEnabled()).isTrue();
        _click(save);
        assertThat(_find(CalendarEditor.class)).isEmpty();
    }

    @Test
    void a_holiday_name_over_its_limit_is_marked_at_the_name_field_in_chinese_and_no_calendar_is_saved() {
        loginNew(Role.ADMIN);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("admin/calendars");
        _click(_get(Button.class, s -> s.withId("calendar-new")));
        String name = unique("Holiday limit ");
        _setValue(_get(TextField.class, s -> s.withId("calendar-name")), name);
        _setValue(_get(DatePicker.class, s -> s.withId("calendar-holiday-date")), java.time.LocalDate.parse("2048-10-01"));
        TextField holidayName = _get(TextField.class, s -> s.withId("calendar-holiday-name"));
        _setValue(holidayName, "h".repeat(com.cxops.portal.sla.Holiday.NAME_LENGTH + 1));
        _click(_get(Button.class, s -> s.withId("calendar-holiday-add")));
        _click(_get(Button.class, s -> s.withId("calendar-save")));
        assertThat(holidayName.isInvalid()).isTrue();
        assertThat(holidayName.getErrorMessage()).isEqualTo("过长：最多 200 个字符。");
        assertThat(_find(CalendarEditor.class)).as("the editor stays open").hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sla_calendar WHERE name = ?", Integer.class, name)).isZero();
    }

    @Test
    void holiday_file_that_does_not_parse_shows_a_clear_error_and_a_good_one_is_imported() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/calendars");
        _click(_get(Button.class, s -> s.withId("calendar-new")));
        String name = unique("Import ");
        _setValue(_get(TextField.class, s -> s.withId("calendar-name")), name);
        _click(_get(Button.class, s -> s.withId("calendar-save")));
        @SuppressWarnings("unchecked")
        Grid<SlaCalendar> grid = _get(Grid.class, s -> s.withId("calendar-grid"));
        SlaCalendar saved = GridKt._findAll(grid).stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
        _get(CalendarsView.class).openEditor(saved);

        CalendarEditor editor = _get(CalendarEditor.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("calendar-import-limit")).getText()).isEqualTo("At most 1,024 KB.");
        editor.importFile("BEGIN:nothing".getBytes(StandardCharsets.UTF_8));
        assertThat(editor.holidays.importError.getText()).startsWith("This file is not an iCalendar file");
        editor.importFile(new byte[1024 * 1024 + 1]);
        assertThat(editor.holidays.importError.getText()).isEqualTo("The file is larger than 1,024 KB. Import a calendar of one or a few years at a time.");

        editor.importFile(("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261001\nDTEND;VALUE=DATE:20261003\n"
                + "SUMMARY:National Day\nEND:VEVENT\nEND:VCALENDAR\n").getBytes(StandardCharsets.UTF_8));
        CalendarEditor reopened = _get(CalendarEditor.class);
        assertThat(reopened.holidays.holidays).extracting(h -> h.getName()).containsExactly("National Day", "National Day");
    }

    @Test
    void roster_warns_about_gaps_and_adds_a_valid_shift() {
        String exec = unique("ex");
        testStaff.ensure(exec, Role.EXECUTIVE);
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/duty-roster");
        DutyRosterView view = _get(DutyRosterView.class);
        // nobody is rostered in the coming days (tests put their shifts decades ahead), so the administrator is warned
        assertThat(_get(Div.class, s -> s.withId("roster-gaps")).getElement().getTextRecursively())
                .startsWith("Nobody is on duty at these times; major complaints then alert every executive:");

        view.executive.setValue(view.executive.getListDataView().getItems().filter(c -> c.username().equals(exec)).findFirst().orElseThrow());
        LocalDateTime start = LocalDateTime.now().plusYears(40).withNano(0).withSecond(0);
        _setValue(_get(DateTimePicker.class, s -> s.withId("roster-starts")), start);
        _setValue(_get(DateTimePicker.class, s -> s.withId("roster-ends")), start.minusHours(1));
        assertThat(view.add.isEnabled()).isFalse();
        _setValue(_get(DateTimePicker.class, s -> s.withId("roster-ends")), start.plusHours(8));
        assertThat(view.add.isEnabled()).isTrue();
        _click(view.add);

        @SuppressWarnings("unchecked")
        Grid<DutyShift> grid = _get(Grid.class, s -> s.withId("roster-grid"));
        assertThat(GridKt._findAll(grid)).extracting(DutyShift::getExecutive).contains(exec);
    }

    @Test
    void chinese_administrator_sees_the_policies_in_chinese() {
        loginNew(Role.ADMIN);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("admin/sla-policies");
        @SuppressWarnings("unchecked")
        Grid<SlaPolicy> grid = _get(Grid.class, s -> s.withId("sla-policy-grid"));
        // e.g. "首次响应：2 小时（Business hours，75% 时预警）; 解决：1 天 3 小时（…）" (durations as people say them)
        assertThat(GridKt._getFormatted(grid, 0, "targets")).contains("% 时预警）").containsPattern("[0-9]+ (天|小时|分钟)");
    }
}
