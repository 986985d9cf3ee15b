package com.cxops.portal.customers;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.stereotype.Component;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The layer thresholds of DOMAIN.md "Customer layers", and when the nightly recomputation runs. */
@Component
class CustomerSettings implements SettingsContributor {

    static final String NEW_DAYS = "customers.layers.new-days";
    static final String ACTIVE_MIN_ORDERS = "customers.layers.active-min-orders";
    static final String ACTIVE_WINDOW_DAYS = "customers.layers.active-window-days";
    static final String AT_RISK_DAYS = "customers.layers.at-risk-days";
    static final String DORMANT_DAYS = "customers.layers.dormant-days";
    static final String HNW_TOP_PERCENT = "customers.layers.hnw-top-percent";
    static final String HNW_AOV_MULTIPLE = "customers.layers.hnw-aov-multiple";
    static final String REFERENCE_AOV = "customers.layers.reference-aov";
    static final String CURRENCY = "customers.layers.currency";
    static final String SPEND_WINDOW_DAYS = "customers.layers.spend-window-days";
    static final String RECOMPUTE_TIME = "customers.layers.recompute-time";
    static final String RECOMPUTE_ZONE = "customers.layers.recompute-zone";
    static final String IMPORT_ZONE = "customers.import.zone";
    static final String API_MAX_ITEMS = "customers.api.max-items";
    static final String EARLIEST_ORDER_YEAR = "customers.intake.earliest-order-year";
    static final String FUTURE_ORDER_HOURS = "customers.intake.future-order-hours";
    static final String EARLIEST_BIRTH_YEAR = "customers.intake.earliest-birth-year";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(NEW_DAYS, 30, 1, 3650, "Days after registration or first order in which a customer is new"),
                SettingDefinition.integer(ACTIVE_MIN_ORDERS, 3, 1, 1000, "Paid orders within the active window that make a customer active"),
                SettingDefinition.integer(ACTIVE_WINDOW_DAYS, 90, 1, 3650, "Days in which orders are counted for the active layer"),
                SettingDefinition.integer(AT_RISK_DAYS, 150, 1, 3650, "Days since the last order from which a customer is at risk"),
                SettingDefinition.integer(DORMANT_DAYS, 180, 2, 3650, "Days without an order after which a customer is dormant"),
                SettingDefinition.decimal(HNW_TOP_PERCENT, "5", "0.01", "100", "Top share of customers by spend (percent) that can be high-net-worth"),
                SettingDefinition.decimal(HNW_AOV_MULTIPLE, "3", "0", "1000", "Multiple of the reference average order value a high-net-worth customer reaches"),
                SettingDefinition.decimal(REFERENCE_AOV, "300.00", "0", "100000000", "Reference (industry) average order value, in the shop currency"),
                SettingDefinition.text(CURRENCY, "CNY", "Shop currency: spend and order values count orders in this currency"),
                SettingDefinition.integer(SPEND_WINDOW_DAYS, 365, 1, 3650, "Days over which spend and RFM scores are measured"),
                SettingDefinition.time(RECOMPUTE_TIME, "02:30", "Time of day of the nightly layer recomputation"),
                SettingDefinition.zone(RECOMPUTE_ZONE, "Asia/Shanghai", "Time zone of the nightly recomputation time"),
                SettingDefinition.zone(IMPORT_ZONE, "Asia/Shanghai", "Time zone of imported dates and times that carry no offset"),
                SettingDefinition.integer(API_MAX_ITEMS, 1000, 1, 10000, "Most customers or orders accepted in one API call"),
                SettingDefinition.integer(EARLIEST_ORDER_YEAR, 2000, 1970, 2100, "Earliest year (UTC) of an order or a registration the import and the API accept"),
                SettingDefinition.integer(FUTURE_ORDER_HOURS, 24, 0, 720, "How many hours in the future an order or registration time may lie (clock differences)"),
                SettingDefinition.integer(EARLIEST_BIRTH_YEAR, 1900, 1800, 2100, "Earliest year of a birthday or anniversary the import and the API accept"));
    }

    /** The thresholds as one immutable value, read once per recomputation so a run uses one consistent set. */
    static LayerThresholds read(SettingsService settings) {
        return new LayerThresholds(settings.getInt(NEW_DAYS), settings.getInt(ACTIVE_MIN_ORDERS),
                settings.getInt(ACTIVE_WINDOW_DAYS), settings.getInt(AT_RISK_DAYS), settings.getInt(DORMANT_DAYS),
                settings.getDecimal(HNW_TOP_PERCENT), settings.getDecimal(HNW_AOV_MULTIPLE),
                settings.getDecimal(REFERENCE_AOV), currency(settings), settings.getInt(SPEND_WINDOW_DAYS));
    }

    static String currency(SettingsService settings) {
        String c = settings.get(CURRENCY);
        return c == null || c.isBlank() ? "CNY" : c.trim().toUpperCase();
    }

    static LocalTime recomputeTime(SettingsService settings) {
        return settings.getTime(RECOMPUTE_TIME);
    }

    static ZoneId recomputeZone(SettingsService settings) {
        return zone(settings, RECOMPUTE_ZONE);
    }

    static ZoneId importZone(SettingsService settings) {
        return zone(settings, IMPORT_ZONE);
    }

    private static ZoneId zone(SettingsService settings, String key) {
        try {
            return ZoneId.of(settings.get(key).trim());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
