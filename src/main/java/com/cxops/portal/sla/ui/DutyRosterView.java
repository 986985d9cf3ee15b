package com.cxops.portal.sla.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.sla.DutyRosterService;
import com.cxops.portal.sla.DutyShift;
import com.cxops.portal.sla.Interval;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Administrators put executives on duty. A warning lists the coming times with nobody on duty (then major
 * complaints alert every executive). Times are entered in the administrator's own time zone.
 */
@Route("admin/duty-roster")
@Menu(order = 99, title = "menu.admin.duty-roster", icon = "vaadin:calendar-user")
@RolesAllowed(Role.Names.ADMIN)
public class DutyRosterView extends VerticalLayout implements HasDynamicTitle {

    private final transient DutyRosterService roster;
    private final transient CurrentUser user;
    final ComboBox<StaffDirectory.StaffContact> executive = new ComboBox<>();
    final DateTimePicker starts = FieldTexts.apply(new DateTimePicker());
    final DateTimePicker ends = FieldTexts.apply(new DateTimePicker());
    final TextField note = new TextField();
    final Button add = new Button();
    final Grid<DutyShift> grid = new Grid<>();
    final Div gaps = new Div();
    private final Binder<ShiftBean> binder = new Binder<>();
    private ShiftBean bean = new ShiftBean();

    /** Form state of a new shift. */
    static final class ShiftBean {
        StaffDirectory.StaffContact executive;
        LocalDateTime starts;
        LocalDateTime ends;
        String note = "";
    }

    public DutyRosterView(DutyRosterService roster, CurrentUser user) {
        this.roster = roster;
        this.user = user;
        setSizeFull();
        executive.setId("roster-executive");
        executive.setLabel(getTranslation("roster.executive"));
        executive.setItems(roster.executives());
        executive.setItemLabelGenerator(c -> c.displayName() + " (" + c.username() + ")");
        starts.setId("roster-starts");
        starts.setLabel(getTranslation("roster.starts"));
        ends.setId("roster-ends");
        ends.setLabel(getTranslation("roster.ends"));
        note.setId("roster-note");
        note.setLabel(getTranslation("roster.note"));
        note.setMaxLength(DutyShift.NOTE_MAX);
        binder.forField(executive).asRequired(getTranslation("roster.error.executive")).bind(b -> b.executive, (b, v) -> b.executive = v);
        binder.forField(starts).asRequired(getTranslation("roster.error.start")).bind(b -> b.starts, (b, v) -> b.starts = v);
        binder.forField(ends).asRequired(getTranslation("roster.error.end"))
                .withValidator(v -> starts.getValue() == null || v.isAfter(starts.getValue()), getTranslation("roster.error.order"))
                .bind(b -> b.ends, (b, v) -> b.ends = v);
        binder.forField(note).bind(b -> b.note, (b, v) -> b.note = v);
        binder.setBean(bean);
        starts.addValueChangeListener(e -> binder.validate());
        binder.addStatusChangeListener(e -> add.setEnabled(binder.isValid()));
        add.setText(getTranslation("roster.add"));
        add.setId("roster-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        add.addClickListener(e -> addShift());
        HorizontalLayout form = new HorizontalLayout(executive, starts, ends, note, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        gaps.setId("roster-gaps");
        grid.setId("roster-grid");
        grid.addColumn(DutyShift::getExecutive).setHeader(getTranslation("roster.executive")).setAutoWidth(true);
        grid.addColumn(s -> Formats.dateTime(s.getStartsAt(), user.zone(), user.locale())).setHeader(getTranslation("roster.starts"));
        grid.addColumn(s -> Formats.dateTime(s.getEndsAt(), user.zone(), user.locale())).setHeader(getTranslation("roster.ends"));
        grid.addColumn(s -> s.getNote() == null ? "" : s.getNote()).setHeader(getTranslation("roster.note")).setFlexGrow(1);
        grid.addComponentColumn(s -> {
            Button remove = new Button(getTranslation("roster.remove"), e -> remove(s));
            remove.setId("roster-remove-" + s.getId());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> roster.upcoming(PageRequest.of(query.getPage(), query.getPageSize(),
                Sort.by("startsAt").and(Sort.by("id")))).stream());
        grid.setEmptyStateText(getTranslation("roster.empty"));
        showGaps();
        add(new H2(getTranslation("menu.admin.duty-roster")), gaps, form, grid);
    }

    private void showGaps() {
        gaps.removeAll();
        List<Interval> open = roster.gapsAhead();
        if (open.isEmpty()) {
            gaps.setClassName("cx-callout success");
            gaps.add(new Span(getTranslation("roster.no-gaps", roster.lookaheadDays())));
            return;
        }
        gaps.setClassName("cx-callout warning");
        UnorderedList list = new UnorderedList();
        open.forEach(g -> list.add(new ListItem(getTranslation("roster.gap",
                Formats.dateTime(g.start(), user.zone(), user.locale()), Formats.dateTime(g.end(), user.zone(), user.locale())))));
        gaps.add(new Span(getTranslation("roster.gaps")), list);
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(user.zone()).toInstant();
    }

    private void addShift() {
        try {
            roster.add(bean.executive == null ? null : bean.executive.username(), instant(bean.starts), instant(bean.ends), bean.note);
            Toasts.success(getTranslation("roster.added", bean.executive.displayName(),
                    Formats.dateTime(instant(bean.starts), user.zone(), user.locale())));
            bean = new ShiftBean();
            binder.setBean(bean);
            grid.getDataProvider().refreshAll();
            showGaps();
        } catch (InvalidInputException ex) {
            FormErrors.show(ex, Map.<String, HasValidation>of("executive", executive, "startsAt", starts, "endsAt", ends, "note", note));
        }
    }

    private void remove(DutyShift shift) {
        try {
            roster.delete(shift.getId(), shift.getVersion());
            Toasts.success(getTranslation("roster.removed"));
        } catch (InvalidInputException ex) {
            FormErrors.show(ex, Map.of());
        } catch (ConcurrentEditException ex) {
            ConflictDialog.open(ex, user, () -> grid.getDataProvider().refreshAll());
        }
        grid.getDataProvider().refreshAll();
        showGaps();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.duty-roster") + " | " + getTranslation("app.name");
    }
}
