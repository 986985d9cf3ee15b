package com.cxops.portal.reports.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.reports.ActionItem;
import com.cxops.portal.reports.ReviewActions;
import com.cxops.portal.reports.ReviewPeriod;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The review's action items of the shown period (what, owner, due), tracked to done; managers add and tick them. */
class ActionItemsSection extends VerticalLayout {

    final Grid<ActionItem> actions = new Grid<>();
    final Span actionsEmpty = new Span();
    private final ReviewActions reports;
    private final CurrentUser user;
    private final StaffDirectory staff;
    private final Supplier<ReviewPeriod> period;

    ActionItemsSection(ReviewActions reports, CurrentUser user, StaffDirectory staff, Clock clock, boolean manager,
                       Supplier<ReviewPeriod> period) {
        this.reports = reports;
        this.user = user;
        this.staff = staff;
        this.period = period;
        setPadding(false);
        actions.setId("reports-actions");
        actions.setAllRowsVisible(true);
        LocalDate today = LocalDate.ofInstant(clock.instant(), user.zone());
        actions.addColumn(ActionItem::what).setHeader(getTranslation("reports.actions.what")).setFlexGrow(3);
        actions.addColumn(a -> staff.displayName(a.ownerId()).orElse("?")).setHeader(getTranslation("reports.actions.owner"));
        actions.addComponentColumn(a -> {
            Span due = new Span(Formats.date(a.due(), user.locale()));
            if (!a.done() && a.due().isBefore(today)) {
                due.setText(getTranslation("reports.actions.overdue", Formats.date(a.due(), user.locale())));
                due.addClassNames("cx-badge", "error");
            }
            return due;
        }).setHeader(getTranslation("reports.actions.due"));
        actions.addComponentColumn(a -> doneBox(a, manager)).setHeader(getTranslation("reports.actions.done"));
        actionsEmpty.setText(getTranslation("reports.actions.none"));
        add(new H3(getTranslation("reports.actions")), actionsEmpty, actions);
        if (manager) {
            add(addForm());
        }
    }

    private Checkbox doneBox(ActionItem a, boolean manager) {
        Checkbox done = new Checkbox(getTranslation("reports.actions.done"), a.done());
        done.setEnabled(manager);
        done.setId("action-done-" + a.id());
        done.addValueChangeListener(e -> {
            if (!e.isFromClient() && e.getValue() == a.done()) {
                return;
            }
            try {
                reports.setActionDone(a.id(), a.version(), e.getValue());
            } catch (ConcurrentEditException ex) {
                ConflictDialog.open(ex, user, this::refresh);
            }
            refresh();
        });
        return done;
    }

    private HorizontalLayout addForm() {
        TextField what = new TextField(getTranslation("reports.actions.what"));
        what.setId("action-what");
        what.setMaxLength(ActionItem.WHAT_MAX);
        what.setWidth("24em");
        ComboBox<StaffDirectory.StaffContact> owner = new ComboBox<>(getTranslation("reports.actions.owner"));
        owner.setId("action-owner");
        owner.setItems(owners());
        owner.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
        DatePicker due = FieldTexts.apply(new DatePicker(getTranslation("reports.actions.due")));
        due.setId("action-due");
        due.setLocale(user.locale());
        Button addButton = new Button(getTranslation("reports.actions.add"), e -> {
            what.setInvalid(false);
            owner.setInvalid(false);
            due.setInvalid(false);
            try {
                reports.addAction(period.get(), what.getValue(), owner.getValue() == null ? null : owner.getValue().id(), due.getValue());
                what.clear();
                owner.clear();
                due.clear();
                refresh();
            } catch (InvalidInputException ex) {
                Map<String, HasValidation> fields = Map.of("what", what, "owner", owner, "due", due);
                ex.getFieldErrors().forEach((f, key) -> {
                    HasValidation field = fields.get(f);
                    if (field != null) {
                        field.setErrorMessage(getTranslation(key, ex.arguments(f)));
                        field.setInvalid(true);
                    }
                });
            }
        });
        addButton.setId("action-add");
        HorizontalLayout form = new HorizontalLayout(what, owner, due, addButton);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private List<StaffDirectory.StaffContact> owners() {
        Map<Long, StaffDirectory.StaffContact> all = new LinkedHashMap<>();
        for (Role r : List.of(Role.MANAGER, Role.EXECUTIVE, Role.VIP_MANAGER, Role.AGENT)) {
            staff.withRole(r).forEach(c -> all.putIfAbsent(c.id(), c));
        }
        return all.values().stream().sorted(Comparator.comparing(StaffDirectory.StaffContact::displayName)).toList();
    }

    void refresh() {
        List<ActionItem> items = reports.actions(period.get());
        actions.setItems(items);
        actions.setVisible(!items.isEmpty());
        actionsEmpty.setVisible(items.isEmpty());
    }
}
