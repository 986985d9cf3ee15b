package com.cxops.portal.tasks.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.tasks.TaskOutcome;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskTypeForm;
import com.cxops.portal.tasks.TaskTypeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Task types as data: names in English and Chinese, default due time, concierge flag, and the outcome list, one
 * outcome a line as "CODE | English | 中文 | contact" (contact: whether it means the customer was reached).
 */
@Route("admin/task-types")
@Menu(order = 100, title = "tasks.menu.admin.types", icon = "vaadin:list")
@RolesAllowed(Role.Names.ADMIN)
public class TaskTypesAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TaskType> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameZh = new TextField();
    final IntegerField dueHours = new IntegerField();
    final Checkbox concierge = new Checkbox();
    final Checkbox active = new Checkbox();
    final TextArea outcomes = new TextArea();
    final Button save = new Button();
    private final TaskTypeService types;
    private final CurrentUser user;
    private long version;

    public TaskTypesAdminView(TaskTypeService types, CurrentUser user) {
        this.types = types;
        this.user = user;
        setSizeFull();
        grid.setId("task-types-grid");
        grid.addColumn(TaskType::getCode).setHeader(getTranslation("tasks.admin.code")).setAutoWidth(true);
        grid.addColumn(TaskType::getNameEn).setHeader(getTranslation("tasks.admin.name-en"));
        grid.addColumn(TaskType::getNameZh).setHeader(getTranslation("tasks.admin.name-zh"));
        grid.addColumn(TaskType::getDefaultDueHours).setHeader(getTranslation("tasks.admin.due-hours")).setAutoWidth(true);
        grid.addColumn(t -> t.getOutcomes().stream().map(o -> o.name(getLocale())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("tasks.admin.outcomes")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.isActive() ? "tasks.admin.in-use" : "tasks.admin.not-in-use")).setHeader(getTranslation("tasks.admin.active"));
        grid.setHeight("18em");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        code.setId("task-type-code");
        code.setLabel(getTranslation("tasks.admin.code"));
        code.setRequiredIndicatorVisible(true);
        nameEn.setId("task-type-name-en");
        nameEn.setLabel(getTranslation("tasks.admin.name-en"));
        nameEn.setMaxLength(TaskOutcome.NAME_MAX);
        nameZh.setId("task-type-name-zh");
        nameZh.setLabel(getTranslation("tasks.admin.name-zh"));
        nameZh.setMaxLength(TaskOutcome.NAME_MAX);
        dueHours.setId("task-type-due-hours");
        dueHours.setLabel(getTranslation("tasks.admin.due-hours"));
        dueHours.setMin(1);
        dueHours.setMax(TaskTypeForm.MAX_DUE_HOURS);
        FieldTexts.apply(dueHours);
        concierge.setLabel(getTranslation("tasks.admin.concierge"));
        active.setLabel(getTranslation("tasks.admin.active"));
        outcomes.setId("task-type-outcomes");
        outcomes.setLabel(getTranslation("tasks.admin.outcomes"));
        outcomes.setHelperText(getTranslation("tasks.admin.outcomes.help"));
        outcomes.setWidthFull();
        save.setText(getTranslation("action.save"));
        save.setId("task-type-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button create = new Button(getTranslation("tasks.admin.new"), e -> edit(null));
        FormLayout form = new FormLayout(code, nameEn, nameZh, dueHours, concierge, active);
        add(new H2(getTranslation("tasks.admin.title")), grid, new H3(getTranslation("tasks.admin.edit")), form, outcomes,
                new HorizontalLayout(save, create));
        refresh();
        edit(null);
    }

    private void refresh() {
        grid.setItems(types.list());
    }

    private void edit(TaskType t) {
        code.setReadOnly(t != null);
        code.setValue(t == null ? "" : t.getCode());
        nameEn.setValue(t == null ? "" : t.getNameEn());
        nameZh.setValue(t == null ? "" : t.getNameZh());
        dueHours.setValue(t == null ? 48 : t.getDefaultDueHours());
        concierge.setValue(t == null || t.isConcierge());
        active.setValue(t == null || t.isActive());
        outcomes.setValue(t == null ? "" : t.getOutcomes().stream()
                .map(o -> o.getCode() + " | " + o.getNameEn() + " | " + o.getNameZh() + " | " + (o.isCountsAsContact() ? "contact" : "-"))
                .collect(Collectors.joining("\n")));
        version = t == null ? 0 : t.getVersion();
    }

    void save() {
        List<TaskTypeForm.Outcome> list = new ArrayList<>();
        for (String line : outcomes.getValue().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\\|", -1);
            list.add(new TaskTypeForm.Outcome(p[0].strip(), p.length > 1 ? p[1].strip() : "", p.length > 2 ? p[2].strip() : "",
                    p.length <= 3 || !p[3].strip().equals("-")));
        }
        TaskTypeForm form = new TaskTypeForm(code.getValue().strip(), nameEn.getValue(), nameZh.getValue(),
                dueHours.getValue() == null ? 0 : dueHours.getValue(), concierge.getValue(), active.getValue(), list, version);
        if (FormErrors.attempt(() -> types.save(form), Map.of("code", code, "nameEn", nameEn, "nameZh", nameZh,
                "defaultDueHours", dueHours, "outcomes", outcomes), user, this::refresh)) {
            Toasts.success(getTranslation("tasks.saved"));
            refresh();
            edit(null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.admin.title") + " | " + getTranslation("app.name");
    }
}
