package com.cxops.portal.base.settings;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One business number (or flag, time, text) that an administrator can change, with its default and limits.
 * Features declare theirs in a {@link SettingsContributor}; the description is shown translated from the key
 * {@code setting.<key>} in the message bundles.
 */
public record SettingDefinition(String key, SettingType type, String defaultValue, String description,
                                BigDecimal min, BigDecimal max) {

    public SettingDefinition {
        Objects.requireNonNull(key);
        Objects.requireNonNull(type);
        if (validate(type, defaultValue, min, max).isPresent()) {
            throw new IllegalArgumentException("Default of " + key + " is invalid: " + defaultValue);
        }
    }

    public static SettingDefinition integer(String key, int defaultValue, int min, int max, String description) {
        return new SettingDefinition(key, SettingType.INTEGER, Integer.toString(defaultValue), description,
                BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public static SettingDefinition decimal(String key, String defaultValue, String min, String max, String description) {
        return new SettingDefinition(key, SettingType.DECIMAL, defaultValue, description,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max));
    }

    public static SettingDefinition bool(String key, boolean defaultValue, String description) {
        return new SettingDefinition(key, SettingType.BOOLEAN, Boolean.toString(defaultValue), description, null, null);
    }

    public static SettingDefinition time(String key, String defaultValue, String description) {
        return new SettingDefinition(key, SettingType.TIME, defaultValue, description, null, null);
    }

    public static SettingDefinition text(String key, String defaultValue, String description) {
        return new SettingDefinition(key, SettingType.TEXT, defaultValue, description, null, null);
    }

    /** A time-zone id such as Asia/Shanghai. */
    public static SettingDefinition zone(String key, String defaultValue, String description) {
        return new SettingDefinition(key, SettingType.ZONE, defaultValue, description, null, null);
    }

    /** The message key of what is wrong with the value, or empty when it is valid. */
    public Optional<String> validate(String value) {
        return validate(type, value, min, max);
    }

    /** The arguments of an error key {@link #validate} returned: the bounds or the length limit it names. */
    public Object[] arguments(String errorKey) {
        return switch (errorKey) {
            case "settings.error.range" -> new Object[]{min, max};
            case "settings.error.at-least" -> new Object[]{min};
            case "settings.error.at-most" -> new Object[]{max};
            case com.cxops.portal.base.InvalidInputException.TOO_LONG -> new Object[]{Setting.VALUE_MAX};
            default -> new Object[0];
        };
    }

    private static Optional<String> validate(SettingType type, String value, BigDecimal min, BigDecimal max) {
        if (value == null || value.isBlank()) {
            return type == SettingType.TEXT ? Optional.empty() : Optional.of("settings.error.required");
        }
        String v = value.trim();
        switch (type) {
            case INTEGER, DECIMAL -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(v);
                } catch (NumberFormatException e) {
                    return Optional.of(type == SettingType.INTEGER ? "settings.error.integer" : "settings.error.decimal");
                }
                if (type == SettingType.INTEGER && number.stripTrailingZeros().scale() > 0) {
                    return Optional.of("settings.error.integer");
                }
                if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
                    return Optional.of(min == null ? "settings.error.at-most" : max == null ? "settings.error.at-least" : "settings.error.range");
                }
            }
            case BOOLEAN -> {
                if (!v.equals("true") && !v.equals("false")) {
                    return Optional.of("settings.error.boolean");
                }
            }
            case TIME -> {
                try {
                    LocalTime.parse(v);
                } catch (DateTimeParseException e) {
                    return Optional.of("settings.error.time");
                }
            }
            case TEXT -> {
                if (v.length() > Setting.VALUE_MAX) {
                    return Optional.of(com.cxops.portal.base.InvalidInputException.TOO_LONG);
                }
            }
            case ZONE -> {
                try {
                    java.time.ZoneId.of(v);
                } catch (java.time.DateTimeException e) {
                    return Optional.of("settings.error.zone");
                }
            }
        }
        return Optional.empty();
    }
}
