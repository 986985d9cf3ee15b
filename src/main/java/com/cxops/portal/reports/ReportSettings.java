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
    static final String MAIL_MONTHLY_TIME = "reports.mail.monthly-time";
    static final String MAIL_WEEKLY_TIME = "reports.mail.weekly-time";
    static final String MAIL_OPERATIONS = "reports.mail.operations-addresses";
    static final String MAIL_PRODUCT = "reports.mail.product-addresses";
    static final String MAIL_DISTRIBUTION_LANGUAGE = "reports.mail.distribution-language";
    static final String WORKING_CALENDAR = "reports.working-days.calendar";
    static final String PAIN_POINTS_TOP = "reports.pain-points.top";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.decimal(RAG_TOLERANCE, "5", "0", "100",
                        "How far (percent of the target) a KPI may miss its target and still be amber rather than red"),
                SettingDefinition.integer(EXPORT_WINDOW, 200, 10, 5000,
                        "Rows of a detail sheet kept in memory while the workbook is written (the rest goes to disk)"),
                SettingDefinition.integer(DRILL_EXPORT_MAX, 1_000_000, 1, 1_048_575,
                        "Most rows of one detail sheet in an exported workbook"),
                SettingDefinition.time(MAIL_MONTHLY_TIME, "08:00",
                        "Time of day (shop time zone) on the first working day of a month when last month's pack is mailed"),
                SettingDefinition.text(WORKING_CALENDAR, "Business hours",
                        "Name of the SLA business calendar whose working days (weekdays with working time, less its holidays, plus its "
                                + "extra working days) the reports count; Monday to Friday when no calendar has this name"),
                SettingDefinition.time(MAIL_WEEKLY_TIME, "08:00",
                        "Time of day (shop time zone) on Mondays when last week's pain-point report is mailed"),
                SettingDefinition.text(MAIL_OPERATIONS, "",
                        "Operations distribution addresses for the monthly pack and the weekly pain-point report (comma-separated)"),
                SettingDefinition.text(MAIL_PRODUCT, "",
                        "Product distribution addresses for the monthly pack and the weekly pain-point report (comma-separated)"),
                SettingDefinition.text(MAIL_DISTRIBUTION_LANGUAGE, "zh-CN",
                        "Language of the reports mailed to the distribution addresses (zh-CN or en)"),
                SettingDefinition.integer(PAIN_POINTS_TOP, 10, 1, 100,
                        "Complaint categories and comment themes listed in the weekly pain-point report"));
    }
}
