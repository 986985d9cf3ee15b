package com.cxops.portal.complaints.tiering;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import org.springframework.stereotype.Component;

import java.util.List;

/** The numbers behind text tiering, editable by administrators. */
@Component
public class TieringSettings implements SettingsContributor {

    /** Customers affected assumed when the text speaks of a whole batch ("整批", "the whole batch") without a number. */
    public static final String BATCH_ESTIMATE = "tiering.batch-affected-estimate";
    /** How many corrected complaints a phrase must appear in before it is proposed as a rule change. */
    public static final String PROPOSAL_MIN_COUNT = "tiering.proposal-min-count";
    /** How many proposals the corrections report lists at most. */
    public static final String PROPOSAL_LIMIT = "tiering.proposal-limit";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(BATCH_ESTIMATE, 20, 2, 100000, "Customers affected assumed when a complaint's text speaks of a whole batch"),
                SettingDefinition.integer(PROPOSAL_MIN_COUNT, 2, 1, 1000, "Corrected complaints a phrase must appear in to be proposed as a tiering rule change"),
                SettingDefinition.integer(PROPOSAL_LIMIT, 30, 1, 500, "Most proposals listed in the tier corrections report"));
    }
}
