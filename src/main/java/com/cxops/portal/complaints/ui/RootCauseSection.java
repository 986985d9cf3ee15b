package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.complaints.CorrectiveAction;
import com.cxops.portal.complaints.RcaDimension;
import com.cxops.portal.complaints.RcaFinding;
import com.cxops.portal.complaints.RootCauseService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The root-cause analysis of a major complaint on its page: findings per dimension (process, system, people), their
 * corrective actions, and, for those who work the complaint while it is open, the forms to add them and a way to
 * remove an action added by mistake.
 */
final class RootCauseSection extends VerticalLayout {

    private final transient RootCauseService rca;
    private final transient StaffDirectory staff;
    private final transient CurrentUser user;
    private final long id;
    private final transient Runnable changed;

    /**
     * @param editable whether the person works the complaint and it is not closed
     * @param changed  reloads the page after a change
     */
    RootCauseSection(RootCauseService rca, StaffDirectory staff, CurrentUser user, long complaintId, boolean editable, Runnable changed) {
        this.rca = rca;
        this.staff = staff;
        this.user = user;
        this.id = complaintId;
        this.changed = changed;
        setId("rca-section");
        setPadding(false);
        add(new H3(getTranslation("rca.title")));
        boolean complete = rca.isComplete(id);
        Span state = new Span(getTranslation(complete ? "rca.complete" : "rca.incomplete"));
        state.setId("rca-state");
        state.addClassNames("cx-badge", complete ? "success" : "warning");
        add(state);
        List<RcaFinding> findings = rca.findings(id);
        List<CorrectiveAction> actions = rca.actions(id);
        List<StaffDirectory.StaffContact> owners = editable ? owners() : List.of();
        for (RcaDimension dimension : RcaDimension.values()) {
            add(new H4(getTranslation(dimension.messageKey())));
            for (RcaFinding f : findings.stream().filter(f -> f.getDimension() == dimension).toList()) {
                Div finding = new Div(new Span(f.getFinding()));
                finding.addClassName("cx-rca-finding");
                for (CorrectiveAction a : actions.stream().filter(a -> a.getFindingId() == f.getId()).toList()) {
                    finding.add(action(a, editable));
                }
                if (editable) {
                    finding.add(actionForm(f, owners));
                }
                add(finding);
            }
        }
        if (editable) {
            add(findingForm());
        }
    }

    private List<StaffDirectory.StaffContact> owners() {
        List<StaffDirectory.StaffContact> owners = new ArrayList<>();
        for (Role r : List.of(Role.MANAGER, Role.AGENT, Role.EXECUTIVE)) {
            staff.withRole(r).stream().filter(s -> owners.stream().noneMatch(o -> o.id() == s.id())).forEach(owners::add);
        }
        return owners;
    }

    private Component action(CorrectiveAction a, boolean editable) {
        Div action = new Div(new Span("→ " + a.getWhat() + " · " + staff.displayName(a.getOwnerId()).orElse("?")
                + " · " + Formats.date(a.getDueDate(), user.locale()) + " · " + getTranslation(a.getStatus().messageKey())));
        action.addClassName("cx-rca-action");
        if (editable) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                try {
                    rca.removeAction(a.getId());
                    Toasts.success(getTranslation("rca.action-removed"));
                    changed.run();
                } catch (InvalidInputException ex) {
                    Toasts.error(ex.firstMessage(this::getTranslation));
                }
            });
            remove.setId("rca-remove-action-" + a.getId());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setTooltipText(getTranslation("rca.remove-action.tooltip"));
            remove.setAriaLabel(getTranslation("rca.remove-action.tooltip"));
            action.add(remove);
        }
        return action;
    }

    private Component findingForm() {
        Select<RcaDimension> dimension = new Select<>();
        dimension.setId("rca-dimension");
        dimension.setLabel(getTranslation("rca.dimension"));
        dimension.setItems(RcaDimension.values());
        dimension.setItemLabelGenerator(d -> d == null ? "" : getTranslation(d.messageKey()));
        dimension.setRequiredIndicatorVisible(true);
        TextField text = new TextField(getTranslation("rca.finding"));
        text.setId("rca-finding");
        text.setWidth("min(28em, 100%)");
        text.setRequiredIndicatorVisible(true);
        Button add = new Button(getTranslation("rca.add-finding"), e -> {
            try {
                rca.addFinding(id, dimension.getValue(), text.getValue());
                changed.run();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("dimension", dimension, "finding", text));
            }
        });
        add.setId("rca-add-finding");
        HorizontalLayout row = new HorizontalLayout(dimension, text, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Component actionForm(RcaFinding f, List<StaffDirectory.StaffContact> owners) {
        TextField what = new TextField();
        what.setPlaceholder(getTranslation("rca.what"));
        what.setAriaLabel(getTranslation("rca.what"));
        what.setId("rca-what-" + f.getId());
        ComboBox<StaffDirectory.StaffContact> owner = new ComboBox<>();
        owner.setPlaceholder(getTranslation("rca.owner"));
        owner.setAriaLabel(getTranslation("rca.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
        owner.setId("rca-owner-" + f.getId());
        DatePicker due = FieldTexts.apply(new DatePicker());
        due.setPlaceholder(getTranslation("rca.due"));
        due.setAriaLabel(getTranslation("rca.due"));
        due.setId("rca-due-" + f.getId());
        Button add = new Button(getTranslation("rca.add-action"), e -> {
            try {
                rca.addAction(f.getId(), what.getValue(), owner.getValue() == null ? null : owner.getValue().id(), due.getValue());
                changed.run();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("what", what, "owner", owner, "dueDate", due));
            }
        });
        add.setId("rca-add-action-" + f.getId());
        HorizontalLayout row = new HorizontalLayout(what, owner, due, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
