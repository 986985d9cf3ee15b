package com.cxops.portal.security.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.security.StaffForm;
import com.cxops.portal.security.StaffMember;
import com.cxops.portal.security.StaffRules;
import com.cxops.portal.security.StaffService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators create, edit and disable staff, set their roles and reset their passwords. */
@Route("admin/staff")
@Menu(order = 90, title = "menu.admin.staff", icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class StaffAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient StaffService staffService;
    private final transient CurrentUser currentUser;
    private final Grid<StaffMember> grid = new Grid<>();
    private final TextField search = new TextField();

    public StaffAdminView(StaffService staffService, CurrentUser currentUser) {
        this.staffService = staffService;
        this.currentUser = currentUser;
        setSizeFull();

        search.setId("staff-search");
        search.setPlaceholder(getTranslation("staff.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("staff.new"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.setId("staff-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("staff-grid");
        grid.addColumn(StaffMember::getUsername).setHeader(getTranslation("staff.username")).setSortProperty("username");
        grid.addColumn(StaffMember::getDisplayName).setHeader(getTranslation("staff.display-name")).setSortProperty("displayName");
        grid.addColumn(StaffMember::getEmail).setHeader(getTranslation("staff.email"));
        grid.addColumn(m -> m.getRoles().stream().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("staff.roles"));
        grid.addColumn(m -> getTranslation(m.isEnabled() ? "staff.enabled" : "staff.disabled")).setHeader(getTranslation("staff.status"));
        grid.setItems(query -> staffService.page(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(
                        VaadinSpringDataHelpers.toSpringDataSort(query).and(Sort.by("id")))).stream());
        grid.addItemClickListener(e -> openEditor(e.getItem().getId()));
        grid.setEmptyStateText(getTranslation("staff.empty"));

        add(new H2(getTranslation("menu.admin.staff")), new HorizontalLayout(search, add), grid);
    }

    void openEditor(Long id) {
        StaffMember existing = id == null ? null : staffService.get(id).orElse(null);
        new Editor(existing).open();
    }

    /** The side dialog with the staff form; Save is enabled only while the form is valid. */
    class Editor extends Dialog {
        private final StaffMember existing;
        private final StaffForm form;
        private final BeanValidationBinder<StaffForm> binder = new BeanValidationBinder<>(StaffForm.class);
        final TextField username = new TextField(getTranslation("staff.username"));
        final TextField displayName = new TextField(getTranslation("staff.display-name"));
        final EmailField email = new EmailField(getTranslation("staff.email"));
        final Select<String> language = new Select<>();
        final ComboBox<String> timeZone = new ComboBox<>(getTranslation("staff.time-zone"));
        final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("staff.roles"));
        final Checkbox enabled = new Checkbox(getTranslation("staff.enabled"));
        final PasswordField password = new PasswordField(getTranslation("staff.password"));
        final Button save = new Button(getTranslation("action.save"));

        Editor(StaffMember existing) {
            this.existing = existing;
            this.form = existing == null ? new StaffForm() : StaffForm.of(existing);
            setHeaderTitle(getTranslation(existing == null ? "staff.new" : "staff.edit"));
            setId("staff-editor");
            setWidth("36em");
            username.setId("staff-username");
            displayName.setId("staff-display-name");
            email.setId("staff-email");
            // the field's own pattern check runs before the Binder's; give it the same translated message
            email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("staff.error.email"))
                    .setMaxLengthErrorMessage(getTranslation("staff.error.email")));
            language.setId("staff-language");
            timeZone.setId("staff-time-zone");
            roles.setId("staff-roles");
            enabled.setId("staff-enabled");
            password.setId("staff-password");
            save.setId("staff-save");
            for (var f : new com.vaadin.flow.data.value.HasValueChangeMode[]{username, displayName, email, password}) {
                f.setValueChangeMode(ValueChangeMode.EAGER);
            }

            language.setLabel(getTranslation("staff.language"));
            language.setItems(StaffRules.LANGUAGES.stream().sorted().toList());
            language.setItemLabelGenerator(l -> getTranslation("language." + l));
            timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
            roles.setItems(Role.values());
            roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));

            binder.forField(username)
                    .withValidator(v -> existing != null || StaffRules.USERNAME.matcher(v).matches(), getTranslation("staff.error.username"))
                    .bind(StaffForm::getUsername, StaffForm::setUsername);
            binder.forField(displayName).bind("displayName");
            binder.forField(email).bind("email");
            binder.forField(language).asRequired(getTranslation("staff.error.language")).bind(StaffForm::getLanguage, StaffForm::setLanguage);
            binder.forField(timeZone).asRequired(getTranslation("staff.error.time-zone"))
                    .withValidator(StaffRules::isZone, getTranslation("staff.error.time-zone"))
                    .bind(StaffForm::getTimeZone, StaffForm::setTimeZone);
            binder.forField(roles).bind("roles");
            binder.forField(enabled).bind(StaffForm::isEnabled, StaffForm::setEnabled);
            binder.setBean(form);
            username.setReadOnly(existing != null);

            password.setHelperText(getTranslation("password.rules", staffService.passwordPolicy().minLength()));
            password.addValueChangeListener(e -> {
                String user = existing == null ? username.getValue() : existing.getUsername();
                staffService.passwordPolicy().check(user, e.getValue()).ifPresentOrElse(key -> {
                    password.setErrorMessage(getTranslation(key));
                    password.setInvalid(true);
                }, () -> password.setInvalid(false));
            });

            FormLayout layout = new FormLayout(username, displayName, email, language, timeZone, roles, enabled, password);
            add(layout);

            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // UI.md: Save stays enabled; a click shows every wrong field beside it and saves nothing until all are right
            save.addClickListener(e -> {
                boolean formOk = binder.validate().isOk();
                if (formOk & passwordOk()) {
                    save();
                }
            });
            Button cancel = new Button(getTranslation("action.cancel"), e -> close());
            getFooter().add(cancel, save);
            if (existing != null) {
                password.setLabel(getTranslation("staff.new-password"));
                Button reset = new Button(getTranslation("staff.reset-password"), e -> resetPassword());
                reset.setId("staff-reset-password");
                getFooter().addComponentAsFirst(reset);
            }
        }

        /** A new person needs a password that passes the policy; an empty one is marked, not left silently grey. */
        private boolean passwordOk() {
            if (existing != null || (!password.isEmpty() && !password.isInvalid())) {
                return true;
            }
            if (password.isEmpty()) {
                password.setErrorMessage(getTranslation("password.rules", staffService.passwordPolicy().minLength()));
                password.setInvalid(true);
            }
            return false;
        }

        private Map<String, HasValidation> fields() {
            return Map.of("username", username, "displayName", displayName, "email", email, "language", language,
                    "timeZone", timeZone, "roles", roles, "password", password);
        }

        private void save() {
            boolean saved = FormErrors.attempt(() -> {
                if (existing == null) {
                    staffService.create(form, password.getValue());
                } else {
                    staffService.update(existing.getId(), form);
                }
            }, fields(), currentUser, () -> {
                close();
                openEditor(existing.getId());
            });
            if (saved) {
                Toasts.success(getTranslation("staff.saved", form.getUsername()));
                close();
                grid.getDataProvider().refreshAll();
            }
        }

        private void resetPassword() {
            try {
                staffService.resetPassword(existing.getId(), password.getValue());
                password.clear();
                Toasts.success(getTranslation("staff.password-reset", existing.getUsername()));
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, fields());
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.staff") + " | " + getTranslation("app.name");
    }
}
