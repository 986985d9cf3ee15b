package com.cxops.portal.sla.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.sla.PolicyScope;
import com.cxops.portal.sla.PolicyTarget;
import com.cxops.portal.sla.SlaCalendar;
import com.cxops.portal.sla.SlaCalendarService;
import com.cxops.portal.sla.SlaPolicy;
import com.cxops.portal.sla.SlaPolicyService;
import com.cxops.portal.sla.SlaTargetKind;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Administrators keep the SLA policies: per tier (optionally for a customer layer or VIP), the targets and clocks. */
@Route("admin/sla-policies")
@Menu(order = 97, title = "menu.admin.sla-policies", icon = "vaadin:timer")
@RolesAllowed(Role.Names.ADMIN)
public class SlaPoliciesView extends VerticalLayout implements HasDynamicTitle {

    private final transient SlaPolicyService policies;
    private final transient SlaCalendarService calendars;
    private final transient CurrentUser user;
    final Grid<SlaPolicy> grid = new Grid<>();

    public SlaPoliciesView(SlaPolicyService policies, SlaCalendarService calendars, CurrentUser user) {
        this.policies = policies;
        this.calendars = calendars;
        this.user = user;
        setSizeFull();
        Button add = new Button(getTranslation("sla.policy.new"), VaadinIcon.PLUS.create(), e -> new Editor(null).open());
        add.setId("sla-policy-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("sla-policy-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> {
            Span tier = new Span(getTranslation("sla.tier." + p.getTier().name()));
            tier.addClassNames("cx-badge", switch (p.getTier()) {
                case NORMAL -> "neutral";
                case URGENT -> "warning";
                case MAJOR -> "error";
            });
            return tier;
        }).setHeader(getTranslation("sla.policy.tier")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.getScope().messageKey())).setHeader(getTranslation("sla.policy.scope")).setAutoWidth(true);
        grid.addColumn(this::summary).setHeader(getTranslation("sla.policy.targets")).setKey("targets").setFlexGrow(1);
        grid.addItemClickListener(e -> new Editor(e.getItem()).open());
        grid.setEmptyStateText(getTranslation("sla.policy.empty"));
        refresh();
        add(new H2(getTranslation("menu.admin.sla-policies")), new Paragraph(getTranslation("sla.policy.help")), add, grid);
    }

    private void refresh() {
        // one policy per tier and scope: a handful of rows, listed whole
        grid.setItems(policies.list());
    }

    private String summary(SlaPolicy policy) {
        Map<Long, String> names = calendars.list().stream().collect(Collectors.toMap(SlaCalendar::getId, SlaCalendar::getName));
        return policy.getTargets().stream().map(t -> getTranslation("sla.policy.summary", getTranslation(t.getKind().messageKey()),
                        com.cxops.portal.base.ui.Durations.readable(t.getDurationMinutes()), names.getOrDefault(t.getCalendarId(), "?"), t.getWarningPercent()))
                .collect(Collectors.joining("; "));
    }

    /** One target row of the editor: whether it is used, and its minutes, calendar and warning point. */
    static final class TargetRow {
        boolean used;
        Integer minutes;
        SlaCalendar calendar;
        Integer warning = 75;
    }

    /** The policy dialog. Save is enabled only while every used target is valid. */
    class Editor extends Dialog {
        private final SlaPolicy existing;
        final Select<Tier> tier = new Select<>();
        final Select<String> scope = new Select<>();
        final Map<SlaTargetKind, Checkbox> use = new EnumMap<>(SlaTargetKind.class);
        final Map<SlaTargetKind, IntegerField> minutes = new EnumMap<>(SlaTargetKind.class);
        final Map<SlaTargetKind, ComboBox<SlaCalendar>> calendar = new EnumMap<>(SlaTargetKind.class);
        final Map<SlaTargetKind, IntegerField> warning = new EnumMap<>(SlaTargetKind.class);
        private final Map<SlaTargetKind, Binder<TargetRow>> binders = new EnumMap<>(SlaTargetKind.class);
        final Button save = new Button(getTranslation("action.save"));

        Editor(SlaPolicy existing) {
            this.existing = existing;
            setId("sla-policy-editor");
            setHeaderTitle(getTranslation(existing == null ? "sla.policy.new" : "sla.policy.edit"));
            setWidth("52em");
            tier.setId("sla-policy-tier");
            tier.setLabel(getTranslation("sla.policy.tier"));
            tier.setItems(Tier.values());
            tier.setItemLabelGenerator(t -> getTranslation("sla.tier." + t.name()));
            scope.setId("sla-policy-scope");
            scope.setLabel(getTranslation("sla.policy.scope"));
            List<String> scopes = new ArrayList<>(List.of(PolicyScope.ALL.code(), PolicyScope.VIP.code()));
            for (CustomerLayer layer : CustomerLayer.values()) {
                scopes.add(PolicyScope.layer(layer).code());
            }
            scope.setItems(scopes);
            scope.setItemLabelGenerator(code -> getTranslation(new PolicyScope(code).messageKey()));
            if (existing != null) {
                tier.setValue(existing.getTier());
                scope.setValue(existing.getScope().code());
                tier.setReadOnly(true);
                scope.setReadOnly(true);
            } else {
                tier.setValue(Tier.NORMAL);
                scope.setValue(PolicyScope.VIP.code());
            }
            add(new HorizontalLayout(tier, scope));

            List<SlaCalendar> all = calendars.list();
            Map<SlaTargetKind, PolicyTarget> current = new HashMap<>();
            if (existing != null) {
                existing.getTargets().forEach(t -> current.put(t.getKind(), t));
            }
            for (SlaTargetKind kind : SlaTargetKind.values()) {
                add(row(kind, all, current.get(kind)));
            }
            tier.addValueChangeListener(e -> updateSave());
            save.setId("sla-policy-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            Button cancel = new Button(getTranslation("action.cancel"), e -> close());
            getFooter().add(cancel, save);
            if (existing != null && !existing.getScope().equals(PolicyScope.ALL)) {
                Button delete = new Button(getTranslation("sla.policy.delete"), e -> delete());
                delete.setId("sla-policy-delete");
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
                getFooter().addComponentAsFirst(delete);
            }
            updateSave();
        }

        private HorizontalLayout row(SlaTargetKind kind, List<SlaCalendar> all, PolicyTarget stored) {
            TargetRow row = new TargetRow();
            if (stored != null) {
                row.used = true;
                row.minutes = stored.getDurationMinutes();
                row.warning = stored.getWarningPercent();
                row.calendar = all.stream().filter(c -> Objects.equals(c.getId(), stored.getCalendarId())).findFirst().orElse(null);
            }
            Checkbox used = new Checkbox(getTranslation(kind.messageKey()));
            used.setId("sla-target-use-" + kind.name());
            used.setWidth("14em");
            IntegerField mins = new IntegerField(getTranslation("sla.policy.duration"));
            mins.setId("sla-target-minutes-" + kind.name());
            mins.setValueChangeMode(ValueChangeMode.EAGER);
            mins.setWidth("7em");
            FieldTexts.apply(mins);
            ComboBox<SlaCalendar> cal = new ComboBox<>(getTranslation("sla.policy.calendar"));
            cal.setId("sla-target-calendar-" + kind.name());
            cal.setItems(all);
            cal.setItemLabelGenerator(SlaCalendar::getName);
            IntegerField warn = new IntegerField(getTranslation("sla.policy.warning"));
            warn.setId("sla-target-warning-" + kind.name());
            warn.setValueChangeMode(ValueChangeMode.EAGER);
            warn.setWidth("7em");
            FieldTexts.apply(warn);

            Binder<TargetRow> binder = new Binder<>();
            binder.forField(used).bind(r -> r.used, (r, v) -> r.used = v);
            binder.forField(mins)
                    .withValidator(v -> !used.getValue() || (v != null && v > 0), getTranslation("sla.error.duration"))
                    .bind(r -> r.minutes, (r, v) -> r.minutes = v);
            binder.forField(cal)
                    .withValidator(v -> !used.getValue() || v != null, getTranslation("sla.error.calendar"))
                    .bind(r -> r.calendar, (r, v) -> r.calendar = v);
            binder.forField(warn)
                    .withValidator(v -> !used.getValue() || (v != null && v >= 1 && v <= 99), getTranslation("sla.error.warning"))
                    .bind(r -> r.warning, (r, v) -> r.warning = v);
            binder.setBean(row);
            used.addValueChangeListener(e -> {
                mins.setEnabled(e.getValue());
                cal.setEnabled(e.getValue());
                warn.setEnabled(e.getValue());
                binder.validate();
                updateSave();
            });
            mins.setEnabled(row.used);
            cal.setEnabled(row.used);
            warn.setEnabled(row.used);
            binder.addStatusChangeListener(e -> updateSave());
            binders.put(kind, binder);
            use.put(kind, used);
            minutes.put(kind, mins);
            calendar.put(kind, cal);
            warning.put(kind, warn);
            HorizontalLayout layout = new HorizontalLayout(used, mins, cal, warn);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            return layout;
        }

        private void updateSave() {
            boolean executiveAllowed = tier.getValue() == Tier.MAJOR;
            Checkbox ack = use.get(SlaTargetKind.EXECUTIVE_ACK);
            if (ack != null) {
                if (!executiveAllowed && ack.getValue()) {
                    ack.setValue(false);
                }
                ack.setEnabled(executiveAllowed);
            }
            boolean anyUsed = binders.values().stream().anyMatch(b -> b.getBean().used);
            boolean valid = binders.values().stream().allMatch(Binder::isValid);
            save.setEnabled(anyUsed && valid && tier.getValue() != null && scope.getValue() != null);
        }

        private List<SlaPolicyService.TargetForm> targets() {
            List<SlaPolicyService.TargetForm> result = new ArrayList<>();
            binders.forEach((kind, binder) -> {
                TargetRow row = binder.getBean();
                if (row.used) {
                    result.add(new SlaPolicyService.TargetForm(kind, row.minutes, row.calendar == null ? null : row.calendar.getId(), row.warning));
                }
            });
            return result;
        }

        private Map<String, HasValidation> fields() {
            Map<String, HasValidation> fields = new HashMap<>();
            fields.put("tier", tier);
            fields.put("scope", scope);
            for (SlaTargetKind kind : SlaTargetKind.values()) {
                fields.put("targets." + kind.name() + ".duration", minutes.get(kind));
                fields.put("targets." + kind.name() + ".calendar", calendar.get(kind));
                fields.put("targets." + kind.name() + ".warning", warning.get(kind));
            }
            return fields;
        }

        private void save() {
            if (FormErrors.attempt(() -> {
                if (existing == null) {
                    policies.create(new SlaPolicyService.PolicyForm(tier.getValue(), scope.getValue(), targets()));
                } else {
                    policies.update(existing.getId(), existing.getVersion(), targets());
                }
            }, fields(), user, this::reopen)) {
                Toasts.success(getTranslation("sla.policy.saved"));
                close();
                refresh();
            }
        }

        private void delete() {
            if (FormErrors.attempt(() -> policies.delete(existing.getId(), existing.getVersion()), fields(), user, this::reopen)) {
                Toasts.success(getTranslation("sla.policy.deleted"));
                close();
                refresh();
            }
        }

        private void reopen() {
            close();
            refresh();
            policies.get(existing.getId()).ifPresent(p -> new Editor(p).open());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.sla-policies") + " | " + getTranslation("app.name");
    }
}
