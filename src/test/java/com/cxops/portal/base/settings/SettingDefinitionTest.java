package com.cxops.portal.base.settings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingDefinitionTest {

    private final SettingDefinition minutes = SettingDefinition.integer("x.minutes", 15, 1, 1440, "minutes");

    @Test
    void text_in_a_number_setting_is_refused() {
        assertThat(minutes.validate("fifteen")).contains("settings.error.integer");
    }

    @Test
    void a_fraction_in_an_integer_setting_is_refused() {
        assertThat(minutes.validate("1.5")).contains("settings.error.integer");
    }

    @Test
    void values_outside_the_range_are_refused_and_the_bounds_are_allowed() {
        assertThat(minutes.validate("0")).contains("settings.error.range");
        assertThat(minutes.validate("1441")).contains("settings.error.range");
        assertThat(minutes.validate("1")).isEmpty();
        assertThat(minutes.validate(" 1440 ")).isEmpty();
        assertThat(minutes.arguments("settings.error.range")).containsExactly(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(1440));
    }

    @Test
    void a_bound_on_one_side_only_names_that_side_and_a_long_text_names_the_limit() {
        SettingDefinition atLeast = SettingDefinition.decimal("d", "3", "0", null, "d");
        assertThat(atLeast.validate("-1")).contains("settings.error.at-least");
        assertThat(atLeast.arguments("settings.error.at-least")).containsExactly(java.math.BigDecimal.ZERO);
        SettingDefinition atMost = SettingDefinition.decimal("d", "3", null, "10", "d");
        assertThat(atMost.validate("11")).contains("settings.error.at-most");
        SettingDefinition text = SettingDefinition.text("t", "x", "d");
        assertThat(text.validate("x".repeat(Setting.VALUE_MAX))).isEmpty();
        assertThat(text.validate("x".repeat(Setting.VALUE_MAX + 1))).contains("form.too-long");
        assertThat(text.arguments("form.too-long")).containsExactly(Setting.VALUE_MAX);
    }

    @Test
    void empty_value_is_required() {
        assertThat(minutes.validate("")).contains("settings.error.required");
    }

    @Test
    void times_booleans_and_decimals_are_checked() {
        assertThat(SettingDefinition.time("t", "02:00", "d").validate("25:00")).contains("settings.error.time");
        assertThat(SettingDefinition.time("t", "02:00", "d").validate("23:59")).isEmpty();
        assertThat(SettingDefinition.bool("b", true, "d").validate("yes")).contains("settings.error.boolean");
        assertThat(SettingDefinition.decimal("d", "3", "0", null, "d").validate("3.5")).isEmpty();
        assertThat(SettingDefinition.decimal("d", "3", "0", null, "d").validate("-1")).contains("settings.error.at-least");
    }

    @Test
    void an_invalid_default_is_a_programming_error() {
        assertThatThrownBy(() -> SettingDefinition.integer("bad", 0, 1, 10, "d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_zone_setting_takes_region_ids_and_refuses_anything_else() {
        final SettingDefinition zone = SettingDefinition.zone("shop.time-zone", "Asia/Shanghai", "zone");
        assertThat(zone.validate("Europe/Berlin")).isEmpty();
        assertThat(zone.validate("Asia/Beijing")).contains("settings.error.zone");
        assertThat(zone.validate("")).contains("settings.error.required");
    }
}
