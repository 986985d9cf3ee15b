package com.cxops.portal.notifications.ui;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.notifications.MailPreferenceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which notifications a person also gets by mail (the bell always shows them all). */
@Route("account/notifications")
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
public class MailPreferencesView extends VerticalLayout implements HasDynamicTitle {

    final Map<String, Checkbox> boxes = new LinkedHashMap<>();
    final Button save = new Button();

    public MailPreferencesView(MailPreferenceService service) {
        add(new H2(getTranslation("notifications.mail-preferences")),
                new Paragraph(getTranslation("notifications.mail-preferences.help")));
        service.mine().forEach((type, byMail) -> {
            Checkbox box = new Checkbox(typeLabel(type), byMail);
            box.setId("mail-pref-" + type);
            boxes.put(type, box);
            add(box);
        });
        save.setText(getTranslation("action.save"));
        save.setId("mail-pref-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, Boolean> chosen = new LinkedHashMap<>();
            boxes.forEach((type, box) -> chosen.put(type, box.getValue()));
            try {
                service.saveMine(chosen);
                Toasts.success(getTranslation("notifications.mail-preferences.saved"));
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of());
            }
        });
        add(save);
    }

    /** Types other features add may have no label yet; then their code is shown. */
    private String typeLabel(String type) {
        String label = getTranslation("notification.type." + type);
        return label.startsWith("!") ? type : label;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.mail-preferences") + " | " + getTranslation("app.name");
    }
}
