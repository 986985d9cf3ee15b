package com.cxops.portal.sla.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.sla.BusinessCalendar;
import com.cxops.portal.sla.Holiday;
import com.cxops.portal.sla.SlaCalendar;
import com.cxops.portal.sla.SlaCalendarService;
import com.cxops.portal.sla.SlotText;
import com.cxops.portal.sla.TimeSlot;
import com.cxops.portal.sla.WorkingDay;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators keep the business calendars: zone, working slots per weekday, holidays (typed or imported). */
@Route("admin/calendars")
@Menu(order = 98, title = "menu.admin.calendars", icon = "vaadin:calendar-clock")
@RolesAllowed(Role.Names.ADMIN)
public class CalendarsView extends VerticalLayout implements HasDynamicTitle {

    private final transient SlaCalendarService calendars;
    private final transient CurrentUser user;
    final Grid<SlaCalendar> grid = new Grid<>();

    public CalendarsView(SlaCalendarService calendars, CurrentUser user) {
        this.calendars = calendars;
        this.user = user;
        setSizeFull();
        Button add = new Button(getTranslation("calendar.new"), VaadinIcon.PLUS.create(), e -> new Editor(null).open());
        add.setId("calendar-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("calendar-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SlaCalendar::getName).setHeader(getTranslation("calendar.name")).setAutoWidth(true);
        grid.addColumn(SlaCalendar::getTimeZone).setHeader(getTranslation("calendar.time-zone")).setAutoWidth(true);
        grid.addColumn(this::summary).setHeader(getTranslation("calendar.week")).setFlexGrow(1);
        grid.addColumn(c -> c.getHolidays().size()).setHeader(getTranslation("calendar.holidays")).setAutoWidth(true);
        grid.addColumn(c -> c.getWorkingDays().size()).setHeader(getTranslation("sla.calendar.working-days.count")).setAutoWidth(true);
        grid.addItemClickListener(e -> new Editor(e.getItem()).open());
        grid.setEmptyStateText(getTranslation("calendar.empty"));
        refresh();
        add(new H2(getTranslation("menu.admin.calendars")), add, grid);
    }

    private void refresh() {
        // a handful of calendars, listed whole
        grid.setItems(calendars.list());
    }

    private String summary(SlaCalendar c) {
        if (c.isTwentyFourSeven()) {
            return getTranslation("calendar.summary.24x7");
        }
        return c.week().entrySet().stream()
                .map(e -> e.getKey().getDisplayName(TextStyle.SHORT, getLocale()) + " " + SlotText.format(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** Form state of the calendar dialog. */
    static final class CalendarBean {
        String name = "";
        String zone = "Asia/Shanghai";
        boolean twentyFourSeven;
        final Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
    }

    /** The calendar dialog; Save is enabled only while the whole week is valid. */
    class Editor extends Dialog {
        private final SlaCalendar existing;
        private final CalendarBean bean = new CalendarBean();
        private final Binder<CalendarBean> binder = new Binder<>();
        final TextField name = new TextField(getTranslation("calendar.name"));
        final ComboBox<String> zone = new ComboBox<>(getTranslation("calendar.time-zone"));
        final Checkbox twentyFourSeven = new Checkbox(getTranslation("calendar.twenty-four-seven"));
        final Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);
        final Span weekError = new Span();
        final List<Holiday> holidays = new ArrayList<>();
        final List<WorkingDay> workingDays = new ArrayList<>();
        final Grid<WorkingDay> workingDayGrid = new Grid<>();
        final DatePicker workingDayDate = new DatePicker(getTranslation("sla.calendar.working-day.date"));
        final TextField workingDaySlots = new TextField(getTranslation("sla.calendar.working-day.slots"));
        final TextField workingDayName = new TextField(getTranslation("sla.calendar.working-day.name"));
        final Span workingDayError = new Span();
        final Grid<Holiday> holidayGrid = new Grid<>();
        final DatePicker holidayDate = new DatePicker(getTranslation("calendar.holiday.date"));
        final TextField holidayName = new TextField(getTranslation("calendar.holiday.name"));
        final Span importError = new Span();
        final Button save = new Button(getTranslation("action.save"));

        Editor(SlaCalendar existing) {
            this.existing = existing;
            setId("calendar-editor");
            setHeaderTitle(getTranslation(existing == null ? "calendar.new" : "calendar.edit"));
            setWidth("48em");
            if (existing != null) {
                bean.name = existing.getName();
                bean.zone = existing.getTimeZone();
                bean.twentyFourSeven = existing.isTwentyFourSeven();
                existing.week().forEach((d, slots) -> bean.days.put(d, SlotText.format(slots)));
                holidays.addAll(existing.getHolidays());
                workingDays.addAll(existing.getWorkingDays());
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

            add(new FormLayout(name, zone, twentyFourSeven), new H4(getTranslation("calendar.week")),
                    new Span(getTranslation("calendar.day-help")), week, weekError, holidaysSection(), workingDaysSection());
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

        private VerticalLayout holidaysSection() {
            holidayGrid.setId("calendar-holidays");
            holidayGrid.addColumn(h -> Formats.date(h.getDate(), getLocale())).setHeader(getTranslation("calendar.holiday.date"));
            holidayGrid.addColumn(Holiday::getName).setHeader(getTranslation("calendar.holiday.name"));
            holidayGrid.addComponentColumn(h -> {
                Button remove = new Button(getTranslation("calendar.holiday.remove"), e -> {
                    holidays.remove(h);
                    holidayGrid.setItems(holidays);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
            holidayGrid.setHeight("14em");
            holidayGrid.setItems(holidays);
            holidayDate.setId("calendar-holiday-date");
            holidayName.setId("calendar-holiday-name");
            holidayName.setMaxLength(200);
            Button addHoliday = new Button(getTranslation("calendar.holiday.add"), e -> {
                if (holidayDate.getValue() != null) {
                    Holiday h = new Holiday(holidayDate.getValue(), holidayName.getValue());
                    holidays.removeIf(existingHoliday -> existingHoliday.getDate().equals(h.getDate()));
                    holidays.add(h);
                    holidays.sort(Comparator.comparing(Holiday::getDate));
                    holidayGrid.setItems(holidays);
                    holidayDate.clear();
                    holidayName.clear();
                }
            });
            addHoliday.setId("calendar-holiday-add");
            HorizontalLayout addRow = new HorizontalLayout(holidayDate, holidayName, addHoliday);
            addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            VerticalLayout section = new VerticalLayout(new H4(getTranslation("calendar.holidays")), holidayGrid, addRow);
            section.setPadding(false);
            if (existing != null && !existing.isTwentyFourSeven()) {
                // an import saves at once (holidays are added to the stored calendar), then the dialog reloads
                UI ui = UI.getCurrent();
                int maxBytes = calendars.importMaxBytes();
                // Read at most one byte over the limit: a client that ignores the browser's check never fills memory,
                // and the service refuses the file as too large.
                Upload upload = new Upload((UploadHandler) event -> {
                    byte[] data = event.getInputStream().readNBytes(maxBytes + 1);
                    ui.access(() -> importFile(data));
                });
                upload.setId("calendar-import");
                upload.setAcceptedFileTypes(".ics", "text/calendar");
                upload.setMaxFiles(1);
                upload.setMaxFileSize(maxBytes);
                upload.setDropLabel(new Span(getTranslation("calendar.import")));
                upload.addFileRejectedListener(e -> importError.setText(getTranslation("calendar.import.error.too-large", maxBytes / 1024)));
                Span limit = new Span(getTranslation("calendar.import.max-size", maxBytes / 1024));
                limit.setId("calendar-import-limit");
                limit.addClassName("cx-hint");
                importError.setId("calendar-import-error");
                importError.addClassName("cx-form-error");
                section.add(upload, limit, importError);
            }
            return section;
        }

        private VerticalLayout workingDaysSection() {
            workingDayGrid.setId("calendar-working-days");
            workingDayGrid.addColumn(d -> Formats.date(d.date(), getLocale()) + " (" + d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + ")")
                    .setHeader(getTranslation("sla.calendar.working-day.date"));
            workingDayGrid.addColumn(d -> SlotText.format(d.slots())).setHeader(getTranslation("sla.calendar.working-day.slots"));
            workingDayGrid.addColumn(WorkingDay::name).setHeader(getTranslation("sla.calendar.working-day.name"));
            workingDayGrid.addComponentColumn(d -> {
                Button remove = new Button(getTranslation("sla.calendar.working-day.remove"), e -> {
                    workingDays.remove(d);
                    workingDayGrid.setItems(workingDays);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
            workingDayGrid.setHeight("10em");
            workingDayGrid.setItems(workingDays);
            workingDayDate.setId("calendar-working-day-date");
            workingDaySlots.setId("calendar-working-day-slots");
            workingDaySlots.setPlaceholder("09:00-18:00");
            workingDaySlots.setValue(bean.days.getOrDefault(DayOfWeek.MONDAY, "09:00-18:00"));
            workingDayName.setId("calendar-working-day-name");
            workingDayName.setMaxLength(200);
            workingDayError.setId("calendar-working-day-error");
            workingDayError.addClassName("cx-form-error");
            Button addDay = new Button(getTranslation("sla.calendar.working-day.add"), e -> {
                workingDayError.setText("");
                if (workingDayDate.getValue() == null) {
                    return;
                }
                List<TimeSlot> slots;
                try {
                    slots = SlotText.parse(workingDaySlots.getValue());
                } catch (IllegalArgumentException ex) {
                    workingDayError.setText(getTranslation("calendar.error.slot-format"));
                    return;
                }
                List<String> problems = BusinessCalendar.workingDayProblems(Map.of(workingDayDate.getValue(), slots),
                        holidays.stream().map(Holiday::getDate).toList());
                if (!problems.isEmpty()) {
                    workingDayError.setText(getTranslation(problems.getFirst()));
                    return;
                }
                WorkingDay day = new WorkingDay(workingDayDate.getValue(), slots, workingDayName.getValue());
                workingDays.removeIf(d -> d.date().equals(day.date()));
                workingDays.add(day);
                workingDays.sort(Comparator.comparing(WorkingDay::date));
                workingDayGrid.setItems(workingDays);
                workingDayDate.clear();
                workingDayName.clear();
            });
            addDay.setId("calendar-working-day-add");
            HorizontalLayout addRow = new HorizontalLayout(workingDayDate, workingDaySlots, workingDayName, addDay);
            addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            addRow.setWrap(true);
            VerticalLayout section = new VerticalLayout(new H4(getTranslation("sla.calendar.working-days")),
                    new Span(getTranslation("sla.calendar.working-days.help")), workingDayGrid, addRow, workingDayError);
            section.setPadding(false);
            section.setVisible(!bean.twentyFourSeven);
            twentyFourSeven.addValueChangeListener(e -> section.setVisible(!e.getValue()));
            return section;
        }

        void importFile(byte[] data) {
            try {
                int added = calendars.importHolidays(existing.getId(), existing.getVersion(), data);
                Toasts.success(getTranslation("calendar.imported", added));
                reopen();
            } catch (InvalidInputException ex) {
                importError.setText(getTranslation(ex.getFieldErrors().values().iterator().next(), calendars.importMaxBytes() / 1024));
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
            fields.put("workingDays", workingDayDate);
            return fields;
        }

        private void save() {
            SlaCalendarService.CalendarForm form = new SlaCalendarService.CalendarForm(bean.name, bean.zone, bean.twentyFourSeven,
                    bean.twentyFourSeven ? Map.of() : week(), holidays, bean.twentyFourSeven ? List.of() : workingDays);
            if (FormErrors.attempt(() -> {
                if (existing == null) {
                    calendars.create(form);
                } else {
                    calendars.update(existing.getId(), existing.getVersion(), form);
                }
            }, fields(), user, this::reopen)) {
                Toasts.success(getTranslation("calendar.saved"));
                close();
                refresh();
            }
        }

        private void reopen() {
            close();
            refresh();
            calendars.get(existing.getId()).ifPresent(c -> new Editor(c).open());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.calendars") + " | " + getTranslation("app.name");
    }
}
