package com.cxops.portal.base.settings;

import java.util.List;

/** A feature's settings; each feature exposes one as a Spring bean so they are all registered at start. */
public interface SettingsContributor {
    List<SettingDefinition> settings();
}
