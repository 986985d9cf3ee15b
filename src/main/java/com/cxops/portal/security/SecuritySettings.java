package com.cxops.portal.security;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class SecuritySettings implements SettingsContributor {

    static final String MAX_FAILURES_PER_USERNAME_AND_ADDRESS = "security.login.max-failures-per-username-and-address";
    static final String MAX_FAILURES_PER_USERNAME = "security.login.max-failures-per-username";
    static final String MAX_FAILURES_PER_ADDRESS = "security.login.max-failures-per-address";
    static final String FAILURE_WINDOW_MINUTES = "security.login.failure-window-minutes";
    static final String LOCKOUT_MINUTES = "security.login.lockout-minutes";
    static final String IDLE_SESSION_MINUTES = "security.session.idle-minutes";
    static final String PASSWORD_MIN_LENGTH = "security.password.min-length";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(MAX_FAILURES_PER_USERNAME_AND_ADDRESS, 5, 1, 1000, "Failed logins for one username from one address before that pair is refused for a while"),
                SettingDefinition.integer(MAX_FAILURES_PER_USERNAME, 50, 1, 100000, "Failed logins for one username from all addresses together before it is refused for a while"),
                SettingDefinition.integer(MAX_FAILURES_PER_ADDRESS, 30, 1, 100000, "Failed logins from one address before it is refused for a while"),
                SettingDefinition.integer(FAILURE_WINDOW_MINUTES, 15, 1, 1440, "Window in minutes in which failed logins are counted"),
                SettingDefinition.integer(LOCKOUT_MINUTES, 15, 1, 1440, "Minutes for which further logins are refused"),
                SettingDefinition.integer(IDLE_SESSION_MINUTES, 30, 1, 1440, "Minutes of inactivity after which a session ends"),
                SettingDefinition.integer(PASSWORD_MIN_LENGTH, 12, 8, 128, "Minimum password length"));
    }
}
