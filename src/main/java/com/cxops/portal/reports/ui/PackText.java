package com.cxops.portal.reports.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.kpi.KpiUnit;
import com.cxops.portal.reports.PackRow;
import com.cxops.portal.reports.ReportService;
import com.vaadin.flow.component.Component;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** How the reports page words a pack's figures, shared by its sections: KPI and split names, values, comparisons. */
final class PackText {

    private final Component owner;
    private final ReportService reports;
    private final CurrentUser user;
    private final Supplier<Locale> locale;
    private Map<String, String> splitNames;

    PackText(Component owner, Supplier<Locale> locale, ReportService reports, CurrentUser user) {
        this.owner = owner;
        this.locale = locale;
        this.reports = reports;
        this.user = user;
    }

    String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }

    String kpiName(PackRow r) {
        return t("reports.kpi." + r.kpi().id());
    }

    String splitName(String split) {
        if (splitNames == null) {
            splitNames = reports.splitNames(locale.get());
        }
        return PackWorkbookLabels.split(k -> t(k), splitNames, split);
    }

    String format(PackRow r, BigDecimal v) {
        if (v == null) {
            return t("reports.no-data");
        }
        String n = Formats.number(v, user.locale());
        return r.kpi().unit() == KpiUnit.PERCENT ? n + " %" : n;
    }

    /** "12.5 % ↑ 2.5" : the earlier value and the change to now, with an arrow. */
    String compare(PackRow r, BigDecimal before) {
        if (before == null) {
            return t("reports.no-data");
        }
        String text = format(r, before);
        BigDecimal now = r.value().value();
        if (now == null) {
            return text;
        }
        BigDecimal diff = now.subtract(before);
        String arrow = diff.signum() > 0 ? "↑" : diff.signum() < 0 ? "↓" : "→";
        return text + "  " + arrow + " " + Formats.number(diff.abs(), user.locale());
    }
}
