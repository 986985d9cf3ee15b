package com.cxops.portal.sla.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.sla.BusinessCalendar;
import com.cxops.portal.sla.SlaCalendar;
import com.cxops.portal.sla.SlaCalendarService;
import com.cxops.portal.sla.SlotText;
import com.cxops.portal.sla.TimeSlot;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar dialog: name, zone and week here, holidays and extra working days in their own sections; Save is
 * enabled only while the whole week is valid.
 */
class CalendarEditor extends Dialog {

    /** Form state of the calendar dialog. */
    static final class CalendarBean {
        String name = "";
        String zone = "Asia/Shanghai";
        boolean twentyFourSeven;
        final Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
    }

    private final transient SlaCalendarService calendars;
    private final transient CurrentUser user;
    private final SlaCalendar existing;
    private final SerializableRunnable refreshList;
    private final CalendarBean bean = new CalendarBean();
    private final Binder<CalendarBean> binder = new Binder<>();
    final TextField name = new TextField(getTranslation("calendar.name"));
    final ComboBox<String> zone = new ComboBox<>(getTranslation("calendar.time-zone"));
    final Checkbox twentyFourSeven = new Checkbox(getTranslation("calendar.twenty-four-seven"));
    final Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);
    final Span weekError = new Span();
    final CalendarHolidaysSection holidays;
    final CalendarWorkingDaysSection workingDays;
    final Button save = new Button(getTranslation("action.save"));

    /** {@code refreshList} reloads the list behind the dialog after a save or an import. */
    CalendarEditor(SlaCalendarService calendars, CurrentUser user, SlaCalendar existing, SerializableRunnable refreshList) {
        this.calendars = calendars;
        this.user = user;
        this.existing = existing;
        this.refreshList = refreshList;
        setId("calendar-editor");
        setHeaderTitle(getTranslation(existing == null ? "calendar.new" : "calendar.edit"));
        setWidth("48em");
        if (existing != null) {
            bean.name = existing.getName();
            bean.zone = existing.getTimeZone();
            bean.twentyFourSeven = existing.isTwentyFourSeven();
            existing.week().forEach((d, slots) -> bean.days.put(d, SlotText.format(slots)));
        } else {
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                bean.days.put(d, "09:00-18:00");
            }
        }
        name.setId("calendar-name");
        name.setValueChangeMode(ValueChangeMode.EAGER);
        zone.setId("calendar-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        twentyFourSeven.setId("calendar-24x7");
        // the name's constraints are the service form's (the dialog edits a calendar in its own bean)
        binder.forField(name).withValidator(new BeanValidator(SlaCalendarService.CalendarForm.class, "name"))
                .bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(zone).asRequired(getTranslation("calendar.error.zone")).bind(b -> b.zone, (b, v) -> b.zone = v);
        binder.forField(twentyFourSeven).bind(b -> b.twentyFourSeven, (b, v) -> b.twentyFourSeven = v);
        FormLayout week = new FormLayout();
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField field = new TextField(day.getDisplayName(TextStyle.FULL, getLocale()));
            field.setId("calendar-day-" + day.name());
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.setPlaceholder("09:00-12:00, 13:00-18:00");
            binder.forField(field).withValidator(v -> parses(v), getTranslation("calendar.error.slot-format"))
                    .bind(b -> b.days.getOrDefault(day, ""), (b, v) -> b.days.put(day, v));
            days.put(day, field);
            week.add(field);
        }
        binder.setBean(bean);
        weekError.setId("calendar-week-error");
        weekError.addClassName("cx-form-error");
        twentyFourSeven.addValueChangeListener(e -> days.values().forEach(f -> f.setEnabled(!e.getValue())));
        days.values().forEach(f -> f.setEnabled(!bean.twentyFourSeven));
        binder.addStatusChangeListener(e -> updateSave());

        holidays = new CalendarHolidaysSection(calendars, existing, this::importFile);
        workingDays = new CalendarWorkingDaysSection(existing == null ? List.of() : existing.getWorkingDays(),
                bean.days.getOrDefault(DayOfWeek.MONDAY, "09:00-18:00"), holidays::dates);
        workingDays.setVisible(!bean.twentyFourSeven);
        twentyFourSeven.addValueChangeListener(e -> workingDays.setVisible(!e.getValue()));
        add(new FormLayout(name, zone, twentyFourSeven), new H4(getTranslation("calendar.week")),
                new Span(getTranslation("calendar.day-help")), week, weekError, holidays, workingDays);
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        updateSave();
    }

    private boolean parses(String text) {
        try {
            SlotText.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    void importFile(byte[] data) {
        try {
            int added = calendars.importHolidays(existing.getId(), existing.getVersion(), data);
            Toasts.success(getTranslation("calendar.imported", added));
            reopen();
        } catch (InvalidInputException ex) {
            holidays.importError.setText(getTranslation(ex.getFieldErrors().values().iterator().next(), calendars.importMaxBytes() / 1024));
        } catch (ConcurrentEditException ex) {
            ConflictDialog.open(ex, user, this::reopen);
        }
    }

    private Map<DayOfWeek, List<TimeSlot>> week() {
        Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
        bean.days.forEach((day, text) -> {
            List<TimeSlot> slots = SlotText.parse(text);
            if (!slots.isEmpty()) {
                week.put(day, slots);
            }
        });
        return week;
    }

    private void updateSave() {
        boolean fieldsValid = binder.isValid();
        List<String> problems = fieldsValid && !bean.twentyFourSeven ? BusinessCalendar.problems(week()) : List.of();
        weekError.setText(problems.isEmpty() ? "" : getTranslation(problems.getFirst()));
        save.setEnabled(fieldsValid && problems.isEmpty());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("timeZone", zone);
        fields.put("week", days.get(DayOfWeek.MONDAY));
        fields.put("workingDays", workingDays.workingDayDate);
        // a name over its limit is reported per entry ("holidays[2].name"): shown at the section's name field
        for (int i = 0; i < holidays.holidays.size(); i++) {
            fields.put("holidays[" + i + "].name", holidays.holidayName);
        }
        for (int i = 0; i < workingDays.workingDays.size(); i++) {
            fields.put("workingDays[" + i + "].name", workingDays.workingDayName);
        }
        return fields;
    }

    private void save() {
        SlaCalendarService.CalendarForm form = new SlaCalendarService.CalendarForm(bean.name, bean.zone, bean.twentyFourSeven,
                bean.twentyFourSeven ? Map.of() : week(), holidays.holidays, bean.twentyFourSeven ? List.of() : workingDays.workingDays);
        if (FormErrors.attempt(() -> {
            if (existing == null) {
                calendars.create(form);
            } else {
                calendars.update(existing.getId(), existing.getVersion(), form);
            }
        }, fields(), user, this::reopen)) {
            Toasts.success(getTranslation("calendar.saved"));
            close();
            refreshList.run();
        }
    }

    private void reopen() {
        close();
        refreshList.run();
        calendars.get(existing.getId()).ifPresent(c -> new CalendarEditor(calendars, user, c, refreshList).open());
    }
}
