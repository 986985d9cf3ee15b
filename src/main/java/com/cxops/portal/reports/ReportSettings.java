package com.cxops.portal.reports;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import org.springframework.stereotype.Component;

import java.util.List;

/** The review reports' business numbers. */
@Component
class ReportSettings implements SettingsContributor {

    static final String RAG_TOLERANCE = "reports.rag.tolerance-percent";
    static final String EXPORT_WINDOW = "reports.export.row-window";
    static final String DRILL_EXPORT_MAX = "reports.export.max-detail-rows";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.decimal(RAG_TOLERANCE, "5", "0", "100",
                        "How far (percent of the target) a KPI may miss its target and still be amber rather than red"),
                SettingDefinition.integer(EXPORT_WINDOW, 200, 10, 5000,
                        "Rows of a detail sheet kept in memory while the workbook is written (the rest goes to disk)"),
                SettingDefinition.integer(DRILL_EXPORT_MAX, 1_000_000, 1, 1_048_575,
                        "Most rows of one detail sheet in an exported workbook"));
    }
}
