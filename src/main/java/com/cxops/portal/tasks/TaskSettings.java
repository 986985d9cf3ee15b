package com.cxops.portal.tasks;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
public class TaskSettings implements SettingsContributor {

    public static final String DUE_SOON_HOURS = "tasks.due-soon-hours";

    private final SettingsService settings;

    TaskSettings(@Lazy SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.integer(DUE_SOON_HOURS, 48, 1, 24 * 30,
                "Hours ahead in which a task counts as due soon on the home page"));
    }

    public int dueSoonHours() {
        return settings.getInt(DUE_SOON_HOURS);
    }
}
