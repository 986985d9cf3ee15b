package com.cxops.portal.base.settings;

import java.util.List;
import java.util.Optional;

/** A feature's settings; each feature exposes one as a Spring bean so they are all registered at start. */
public interface SettingsContributor {
    List<SettingDefinition> settings();

    /**
     * A rule of the feature beyond the setting's type and range (e.g. "the team must exist"), checked when an
     * administrator changes the value: the message key of what is wrong, or empty.
     */
    default Optional<String> check(String key, String value) {
        return Optional.empty();
    }

    /** The values an administrator picks from instead of typing one (e.g. teams by name); empty: a free value. */
    default List<SettingChoice> choices(String key) {
        return List.of();
    }
}
