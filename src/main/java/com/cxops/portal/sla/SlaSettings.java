package com.cxops.portal.sla;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class SlaSettings implements SettingsContributor {

    static final String ROSTER_LOOKAHEAD_DAYS = "sla.roster.lookahead-days";
    static final String MAX_TARGET_DAYS = "sla.policy.max-target-days";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(ROSTER_LOOKAHEAD_DAYS, 14, 1, 366, "Days ahead in which the duty roster is checked for times with nobody on duty"),
                SettingDefinition.integer(MAX_TARGET_DAYS, 90, 1, 3650, "Longest service-level target an administrator can set, in days"));
    }
}
