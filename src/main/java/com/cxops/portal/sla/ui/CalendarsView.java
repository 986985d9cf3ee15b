package com.cxops.portal.sla.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.sla.SlaCalendar;
import com.cxops.portal.sla.SlaCalendarService;
import com.cxops.portal.sla.SlotText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.TextStyle;
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
        Button add = new Button(getTranslation("calendar.new"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.setId("calendar-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("calendar-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SlaCalendar::getName).setHeader(getTranslation("calendar.name")).setAutoWidth(true);
        grid.addColumn(SlaCalendar::getTimeZone).setHeader(getTranslation("calendar.time-zone")).setAutoWidth(true);
        grid.addColumn(this::summary).setHeader(getTranslation("calendar.week")).setFlexGrow(1);
        grid.addColumn(c -> c.getHolidays().size()).setHeader(getTranslation("calendar.holidays")).setAutoWidth(true);
        grid.addColumn(c -> c.getWorkingDays().size()).setHeader(getTranslation("sla.calendar.working-days.count")).setAutoWidth(true);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setEmptyStateText(getTranslation("calendar.empty"));
        refresh();
        add(new H2(getTranslation("menu.admin.calendars")), add, grid);
    }

    void openEditor(SlaCalendar calendar) {
        new CalendarEditor(calendars, user, calendar, this::refresh).open();
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

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.calendars") + " | " + getTranslation("app.name");
    }
}
