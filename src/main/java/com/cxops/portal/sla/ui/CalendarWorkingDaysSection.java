package com.cxops.portal.sla.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.sla.BusinessCalendar;
import com.cxops.portal.sla.SlotText;
import com.cxops.portal.sla.TimeSlot;
import com.cxops.portal.sla.Holiday;
import com.cxops.portal.sla.WorkingDay;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The calendar dialog's extra working days (a weekend made a working day), each with its own slots. */
class CalendarWorkingDaysSection extends VerticalLayout {

    final List<WorkingDay> workingDays = new ArrayList<>();
    final Grid<WorkingDay> workingDayGrid = new Grid<>();
    final DatePicker workingDayDate = FieldTexts.apply(new DatePicker(getTranslation("sla.calendar.working-day.date")));
    final TextField workingDaySlots = new TextField(getTranslation("sla.calendar.working-day.slots"));
    final TextField workingDayName = new TextField(getTranslation("sla.calendar.working-day.name"));
    final Span workingDayError = new Span();

    /** {@code defaultSlots} fills the slots field; a working day may not fall on one of {@code holidays}. */
    CalendarWorkingDaysSection(List<WorkingDay> stored, String defaultSlots, Supplier<List<LocalDate>> holidays) {
        workingDays.addAll(stored);
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
        workingDaySlots.setValue(defaultSlots);
        workingDayName.setId("calendar-working-day-name");
        workingDayName.setMaxLength(Holiday.NAME_LENGTH);
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
                    holidays.get());
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
        add(new H4(getTranslation("sla.calendar.working-days")),
                new Span(getTranslation("sla.calendar.working-days.help")), workingDayGrid, addRow, workingDayError);
        setPadding(false);
    }
}
