package com.cxops.portal.base.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * Settings of the shop as a whole that several features share: the shop's time zone decides what "today", "this
 * month" and "a birthday" mean for jobs, campaigns and reports (staff still see times in their own zone).
 */
@Component
public class ShopSettings implements SettingsContributor {

    public static final String TIME_ZONE = "shop.time-zone";
    static final String DEFAULT_ZONE = "Asia/Shanghai";

    private static final Logger log = LoggerFactory.getLogger(ShopSettings.class);

    private final SettingsService settings;

    public ShopSettings(@org.springframework.context.annotation.Lazy SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.zone(TIME_ZONE, DEFAULT_ZONE,
                "Time zone of the shop: days, months and occasions are counted in it"));
    }

    /** The shop's zone; an unreadable value falls back to the default and says so in the log. */
    public ZoneId zone() {
        final String value = settings.get(TIME_ZONE);
        try {
            return ZoneId.of(value == null ? DEFAULT_ZONE : value.trim());
        } catch (DateTimeException e) {
            log.warn("Setting {} holds '{}', which is not a time zone; using {}", TIME_ZONE, value, DEFAULT_ZONE);
            return ZoneId.of(DEFAULT_ZONE);
        }
    }
}
