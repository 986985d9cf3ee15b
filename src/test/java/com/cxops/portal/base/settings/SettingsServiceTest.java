package com.cxops.portal.base.settings;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsServiceTest extends SpringTestBase {

    private static final String KEY = "security.password.min-length";

    @Autowired
    SettingsService settings;

    @AfterEach
    void restoreDefault() {
        actAsNew(Role.ADMIN);
        Setting s = settings.list(KEY).getFirst();
        settings.update(KEY, s.getDefaultValue(), s.getVersion());
    }

    @Autowired
    java.util.List<SettingsContributor> contributors;
    @Autowired
    com.cxops.portal.base.i18n.TranslationProvider i18n;

    @Test
    void every_declared_setting_is_described_in_both_languages() {
        var missing = new java.util.TreeSet<String>();
        for (SettingsContributor c : contributors) {
            for (SettingDefinition d : c.settings()) {
                for (java.util.Locale l : com.cxops.portal.base.i18n.TranslationProvider.SUPPORTED) {
                    if (i18n.find(l, "setting." + d.key()).isEmpty()) {
                        missing.add(l + " setting." + d.key());
                    }
                }
            }
        }
        assertThat(contributors).hasSizeGreaterThan(5);
        assertThat(missing).isEmpty();
    }

    @Test
    void declared_settings_are_stored_with_their_defaults() {
        actAsNew(Role.ADMIN);
        assertThat(settings.list("security.")).extracting(Setting::getKey)
                .contains("security.login.max-failures-per-username", "security.session.idle-minutes", KEY);
        assertThat(settings.getInt("security.login.max-failures-per-username")).isEqualTo(50);
    }

    @Test
    void admin_changes_a_value_and_it_is_read_back() {
        actAsNew(Role.ADMIN);
        Setting s = settings.list(KEY).getFirst();
        settings.update(KEY, "14", s.getVersion());
        assertThat(settings.getInt(KEY)).isEqualTo(14);
    }

    @Test
    void text_in_a_number_setting_is_refused_and_nothing_changes() {
        actAsNew(Role.ADMIN);
        Setting s = settings.list(KEY).getFirst();
        assertThatThrownBy(() -> settings.update(KEY, "twelve", s.getVersion()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getFieldErrors()).containsEntry("value", "settings.error.integer"));
        assertThat(settings.getInt(KEY)).isEqualTo(12);
    }

    @Test
    void a_number_out_of_range_is_refused_with_its_range() {
        actAsNew(Role.ADMIN);
        Setting s = settings.list(KEY).getFirst();
        assertThatThrownBy(() -> settings.update(KEY, "-5", s.getVersion()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getFieldErrors()).containsEntry("value", "settings.error.range");
                    assertThat(e.arguments("value")).hasSize(2).doesNotContainNull();
                });
        assertThat(settings.getInt(KEY)).isEqualTo(12);
    }

    @Test
    void saving_from_an_old_version_is_a_conflict() {
        actAsNew(Role.ADMIN);
        Setting s = settings.list(KEY).getFirst();
        settings.update(KEY, "13", s.getVersion());
        assertThatThrownBy(() -> settings.update(KEY, "15", s.getVersion())).isInstanceOf(ConcurrentEditException.class);
        assertThat(settings.getInt(KEY)).isEqualTo(13);
    }

    @Test
    void only_admins_change_settings() {
        actAsNew(Role.MANAGER);
        assertThatThrownBy(() -> settings.update(KEY, "13", 0)).isInstanceOf(AccessDeniedException.class);
    }
}
