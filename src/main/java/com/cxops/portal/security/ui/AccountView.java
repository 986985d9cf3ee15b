package com.cxops.portal.security.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.security.StaffRules;
import com.cxops.portal.security.StaffService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.Map;

/** The person's own account: language, time zone, and password. */
@Route("account")
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    final Select<String> language = new Select<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();

    public AccountView(StaffService staffService, CurrentUser currentUser) {
        language.setId("account-language");
        language.setLabel(getTranslation("staff.language"));
        language.setItems(StaffRules.LANGUAGES.stream().sorted().toList());
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(TranslationProvider.toTag(currentUser.locale()));
        timeZone.setId("account-time-zone");
        timeZone.setLabel(getTranslation("staff.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue(currentUser.zone().getId());
        Button savePreferences = new Button(getTranslation("action.save"), e -> {
            try {
                staffService.updateOwnPreferences(language.getValue(), timeZone.getValue());
                UI.getCurrent().getSession().setLocale(TranslationProvider.fromTag(language.getValue()));
                UI.getCurrent().getPage().reload();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("language", language, "timeZone", timeZone));
            }
        });
        savePreferences.setId("account-save-preferences");

        current.setId("account-current-password");
        current.setLabel(getTranslation("password.current"));
        newPassword.setId("account-new-password");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rules", staffService.passwordPolicy().minLength()));
        repeat.setId("account-repeat-password");
        repeat.setLabel(getTranslation("password.repeat"));
        Button change = new Button(getTranslation("password.change"), e -> {
            if (!newPassword.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            try {
                staffService.changeOwnPassword(current.getValue(), newPassword.getValue());
                current.clear();
                newPassword.clear();
                repeat.clear();
                Toasts.success(getTranslation("password.changed"));
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("currentPassword", current, "newPassword", newPassword));
            }
        });
        change.setId("account-change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2(getTranslation("account.title")),
                new H3(getTranslation("account.preferences")), new FormLayout(language, timeZone), savePreferences,
                new H3(getTranslation("password.change")), new FormLayout(current, newPassword, repeat), change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " | " + getTranslation("app.name");
    }
}
