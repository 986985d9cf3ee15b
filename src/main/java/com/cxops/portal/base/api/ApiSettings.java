package com.cxops.portal.base.api;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import org.springframework.stereotype.Component;

import java.util.List;

/** Limits of the REST API as a whole (per-call item limits belong to the features). */
@Component
class ApiSettings implements SettingsContributor {

    static final String MAX_BODY_BYTES = "api.max-body-bytes";
    static final String CONFLICT_RETRIES = "api.conflict-retries";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(MAX_BODY_BYTES, 10 * 1024 * 1024, 1024, 512 * 1024 * 1024,
                        "Largest request body the REST API reads, in bytes; larger ones are refused with 413 before they are read"),
                SettingDefinition.integer(CONFLICT_RETRIES, 4, 0, 20,
                        "How often an API write that met a deadlock, lock timeout or a concurrent insert of the same record is retried"));
    }
}
