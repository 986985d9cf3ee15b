package com.cxops.portal.base.settings;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "setting")
public class Setting extends AbstractEntity {

    /** The longest value (and default) a setting holds. */
    public static final int VALUE_MAX = 1000;

    @Column(name = "setting_key", nullable = false, unique = true, length = 100)
    private String key;

    @Column(name = "setting_value", length = VALUE_MAX)
    private String value;

    @Column(name = "default_value", length = VALUE_MAX)
    private String defaultValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 16)
    private SettingType type;

    @Column(name = "description", length = 500)
    private String description;

    protected Setting() {
    }

    public Setting(SettingDefinition definition) {
        this.key = definition.key();
        this.value = definition.defaultValue();
        refreshDefinition(definition);
    }

    void refreshDefinition(SettingDefinition definition) {
        this.defaultValue = definition.defaultValue();
        this.type = definition.type();
        this.description = definition.description();
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    void setValue(String value) {
        this.value = value;
    }

    public String getDefaultValue() {
        return defaultValue;
    }

    public SettingType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }
}
