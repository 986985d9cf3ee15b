package com.cxops.portal.sla.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.ui.UploadTexts;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.sla.Holiday;
import com.cxops.portal.sla.SlaCalendar;
import com.cxops.portal.sla.SlaCalendarService;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** The calendar dialog's holidays: typed one by one, or (for a stored calendar) imported from an iCalendar file. */
class CalendarHolidaysSection extends VerticalLayout {

    final List<Holiday> holidays = new ArrayList<>();
    final Grid<Holiday> holidayGrid = new Grid<>();
    final DatePicker holidayDate = FieldTexts.apply(new DatePicker(getTranslation("calendar.holiday.date")));
    final TextField holidayName = new TextField(getTranslation("calendar.holiday.name"));
    final Span importError = new Span();

    /** {@code importer} receives an uploaded file (an import saves at once, then the dialog reloads). */
    CalendarHolidaysSection(SlaCalendarService calendars, SlaCalendar existing, Consumer<byte[]> importer) {
        if (existing != null) {
            holidays.addAll(existing.getHolidays());
        }
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
        holidayName.setMaxLength(Holiday.NAME_LENGTH);
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
        add(new H4(getTranslation("calendar.holidays")), holidayGrid, addRow);
        setPadding(false);
        if (existing != null && !existing.isTwentyFourSeven()) {
            // an import saves at once (holidays are added to the stored calendar), then the dialog reloads
            UI ui = UI.getCurrent();
            int maxBytes = calendars.importMaxBytes();
            // Read at most one byte over the limit: a client that ignores the browser's check never fills memory,
            // and the service refuses the file as too large.
            Upload upload = new Upload((UploadHandler) event -> {
                byte[] data = event.getInputStream().readNBytes(maxBytes + 1);
                ui.access(() -> importer.accept(data));
            });
            upload.setId("calendar-import");
            UploadTexts.apply(upload);
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
            add(upload, limit, importError);
        }
    }

    List<LocalDate> dates() {
        return holidays.stream().map(Holiday::getDate).toList();
    }
}
