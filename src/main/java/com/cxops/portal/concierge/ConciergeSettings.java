package com.cxops.portal.concierge;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.List;

/** The concierge's business numbers (DOMAIN.md "VIP concierge"); the shop zone is ShopSettings'. */
@Component
public class ConciergeSettings implements SettingsContributor {

    public static final String NO_CONTACT_DAYS = "concierge.no-contact-days";
    public static final String OCCASION_DAYS_AHEAD = "concierge.occasions.days-ahead";
    public static final String OCCASION_GOLD_DIAMOND = "concierge.occasions.gold-and-diamond";
    public static final String OCCASION_MAX_CATCH_UP_DAYS = "concierge.occasions.max-catch-up-days";

    private final SettingsService settings;

    ConciergeSettings(@Lazy SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(NO_CONTACT_DAYS, 60, 1, 3650,
                        "Days without contact after which a VIP needs attention (My book shows them first)"),
                SettingDefinition.integer(OCCASION_DAYS_AHEAD, 7, 0, 90,
                        "Days ahead of a birthday or anniversary on which its task is created"),
                SettingDefinition.bool(OCCASION_GOLD_DIAMOND, false,
                        "Also create occasion tasks for gold and diamond members who are not VIPs"),
                SettingDefinition.integer(OCCASION_MAX_CATCH_UP_DAYS, 31, 1, 366,
                        "Most days the occasions job catches up after the portal was down"));
    }

    public int noContactDays() {
        return settings.getInt(NO_CONTACT_DAYS);
    }

    public int occasionDaysAhead() {
        return settings.getInt(OCCASION_DAYS_AHEAD);
    }

    public boolean occasionsForGoldAndDiamond() {
        return settings.getBoolean(OCCASION_GOLD_DIAMOND);
    }

    public int maxCatchUpDays() {
        return settings.getInt(OCCASION_MAX_CATCH_UP_DAYS);
    }
}
