package com.cxops.portal.base.settings.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.settings.Setting;
import com.cxops.portal.base.settings.SettingChoice;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every business number in one place (DOMAIN.md: every number is a setting). The list is small, so not lazy. */
@Route("admin/settings")
@Menu(order = 91, title = "menu.admin.settings", icon = "vaadin:cog")
@RolesAllowed(Role.Names.ADMIN)
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient SettingsService settings;
    private final transient CurrentUser currentUser;
    private final Grid<Setting> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Map<String, List<SettingChoice>> choices = new HashMap<>();

    public SettingsView(SettingsService settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
        setSizeFull();
        filter.setId("settings-filter");
        filter.setPlaceholder(getTranslation("settings.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        grid.setId("settings-grid");
        grid.addColumn(s -> getTranslation("setting." + s.getKey())).setHeader(getTranslation("settings.description")).setFlexGrow(3).setKey("description");
        grid.addColumn(s -> shown(s.getKey(), s.getValue())).setHeader(getTranslation("settings.value")).setKey("value");
        grid.addColumn(Setting::getDefaultValue).setHeader(getTranslation("settings.default"));
        grid.addColumn(Setting::getKey).setHeader(getTranslation("settings.key")).setFlexGrow(2);
        grid.addColumn(s -> Formats.dateTime(s.getUpdatedAt(), currentUser.zone(), getLocale())
                + (s.getUpdatedBy() == null ? "" : " · " + s.getUpdatedBy())).setHeader(getTranslation("settings.changed"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        add(new H2(getTranslation("menu.admin.settings")), filter, grid);
        refresh();
    }

    private void refresh() {
        List<Setting> list = settings.list(filter.getValue());
        choices.clear();
        list.forEach(s -> {
            List<SettingChoice> c = settings.choices(s.getKey());
            if (!c.isEmpty()) {
                choices.put(s.getKey(), c);
            }
        });
        grid.setItems(list);
    }

    /** A picked setting shows what its value stands for (a team's name), else the value. */
    private String shown(String key, String value) {
        return choices.getOrDefault(key, List.of()).stream().filter(c -> c.value().equals(value)).findFirst()
                .map(this::label).orElse(value);
    }

    private String label(SettingChoice c) {
        return c == null ? "" : c.translate() ? getTranslation(c.label()) : c.label();
    }

    void edit(Setting setting) {
        Dialog dialog = new Dialog();
        dialog.setId("setting-editor");
        dialog.setHeaderTitle(getTranslation("setting." + setting.getKey()));
        List<SettingChoice> options = new ArrayList<>(choices.getOrDefault(setting.getKey(), List.of()));
        TextField value = new TextField(getTranslation("settings.value"));
        value.setId("setting-value");
        value.setValue(setting.getValue() == null ? "" : setting.getValue());
        value.setHelperText(getTranslation("settings.type." + setting.getType().name()) + " · "
                + getTranslation("settings.default") + ": " + setting.getDefaultValue());
        value.setWidthFull();
        // a setting with choices is picked by name (e.g. a team), never typed as an id
        Select<SettingChoice> pick = new Select<>();
        pick.setId("setting-choice");
        pick.setLabel(getTranslation("settings.value"));
        pick.setWidthFull();
        if (!options.isEmpty()) {
            if (options.stream().noneMatch(c -> c.value().equals(setting.getValue()))) {
                options.add(new SettingChoice(setting.getValue(), setting.getValue(), false));
            }
            pick.setItems(options);
            pick.setItemLabelGenerator(this::label);
            options.stream().filter(c -> c.value().equals(setting.getValue())).findFirst().ifPresent(pick::setValue);
        }
        HasValidation field = options.isEmpty() ? value : pick;
        Button save = new Button(getTranslation("action.save"), e -> {
            String chosen = options.isEmpty() ? value.getValue() : pick.getValue() == null ? "" : pick.getValue().value();
            if (FormErrors.attempt(() -> settings.update(setting.getKey(), chosen, setting.getVersion()),
                    Map.of("value", field), currentUser, () -> {
                        dialog.close();
                        refresh();
                    })) {
                Toasts.success(getTranslation("settings.saved"));
                dialog.close();
                refresh();
            }
        });
        save.setId("setting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(setting.getKey()), options.isEmpty() ? value : pick);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.settings") + " | " + getTranslation("app.name");
    }
}
