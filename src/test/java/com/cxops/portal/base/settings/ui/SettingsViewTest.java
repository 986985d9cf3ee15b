package com.cxops.portal.base.settings.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.Setting;
import com.cxops.portal.base.settings.SettingsService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewTest extends KaribuTestBase {

    @Autowired
    SettingsService settings;

    @SuppressWarnings("unchecked")
    private Grid<Setting> grid() {
        return _get(Grid.class, s -> s.withId("settings-grid"));
    }

    @Test
    void text_in_a_number_setting_is_refused_with_a_message_and_nothing_changes() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate(SettingsView.class);
        _setValue(_get(TextField.class, s -> s.withId("settings-filter")), "security.login.lockout-minutes");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        _get(SettingsView.class).edit(GridKt._get(grid(), 0));
        _setValue(_get(TextField.class, s -> s.withId("setting-value")), "fifteen");
        _click(_get(Button.class, s -> s.withId("setting-save")));
        TextField value = _get(TextField.class, s -> s.withId("setting-value"));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("Enter a whole number.");
        assertThat(settings.getInt("security.login.lockout-minutes")).isEqualTo(15);
    }

    @Test
    void settings_are_described_in_the_person_s_language() {
        loginNew(Role.ADMIN);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(SettingsView.class);
        _setValue(_get(TextField.class, s -> s.withId("settings-filter")), "security.password.min-length");
        assertThat(GridKt._getFormatted(grid(), 0, "description")).isEqualTo("密码最短长度");
    }
}
