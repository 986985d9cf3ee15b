package com.cxops.portal.complaints;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class ComplaintSettings implements SettingsContributor {

    static final String REOPEN_DAYS = "complaints.reopen-days";
    static final String DEFAULT_CURRENCY = "complaints.default-currency";
    static final String MAX_AFFECTED = "complaints.max-affected-count";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(REOPEN_DAYS, 14, 1, 365, "Days after resolving or closing in which a complaint may be reopened"),
                SettingDefinition.text(DEFAULT_CURRENCY, "CNY", "Currency suggested for compensation"),
                SettingDefinition.integer(MAX_AFFECTED, 1000000, 1, 100000000, "Largest number of affected customers accepted on a complaint"));
    }
}
