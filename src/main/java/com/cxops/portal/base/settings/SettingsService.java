package com.cxops.portal.base.settings;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed settings store. Features register their definitions (DOMAIN.md's numbers, with defaults) through
 * {@link SettingsContributor} beans; an administrator changes values in the Settings view. Reads fall back to
 * the default when a row is not yet stored, so reading is safe at any time during start-up.
 */
@Service
@Transactional
public class SettingsService {

    private final SettingRepository repository;
    private final Map<String, SettingDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, SettingsContributor> owners = new LinkedHashMap<>();
    private final AuditTrail audit;
    private final Clock clock;

    public SettingsService(SettingRepository repository, List<SettingsContributor> contributors, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        for (SettingsContributor contributor : contributors) {
            for (SettingDefinition definition : contributor.settings()) {
                if (definitions.putIfAbsent(definition.key(), definition) != null) {
                    throw new IllegalStateException("Setting declared twice: " + definition.key());
                }
                owners.put(definition.key(), contributor);
            }
        }
    }

    /** Stores every declared setting that is not stored yet, and keeps stored defaults and descriptions current. */
    @EventListener(ContextRefreshedEvent.class)
    public void registerDefinitions() {
        for (SettingDefinition definition : definitions.values()) {
            repository.findByKey(definition.key()).ifPresentOrElse(
                    stored -> stored.refreshDefinition(definition),
                    () -> repository.save(new Setting(definition)));
        }
    }

    @Transactional(readOnly = true)
    public String get(String key) {
        SettingDefinition definition = definition(key);
        return repository.findByKey(key).map(Setting::getValue).filter(v -> definition.validate(v).isEmpty())
                .orElse(definition.defaultValue());
    }

    @Transactional(readOnly = true)
    public int getInt(String key) {
        return Integer.parseInt(get(key).trim());
    }

    @Transactional(readOnly = true)
    public BigDecimal getDecimal(String key) {
        return new BigDecimal(get(key).trim());
    }

    @Transactional(readOnly = true)
    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key).trim());
    }

    @Transactional(readOnly = true)
    public LocalTime getTime(String key) {
        return LocalTime.parse(get(key).trim());
    }

    public SettingDefinition definition(String key) {
        SettingDefinition definition = definitions.get(key);
        if (definition == null) {
            throw new IllegalArgumentException("Unknown setting: " + key);
        }
        return definition;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<Setting> list(String filter) {
        String needle = filter == null ? "" : filter.trim().toLowerCase();
        return repository.findAll().stream()
                .filter(s -> definitions.containsKey(s.getKey()))
                .filter(s -> needle.isEmpty() || s.getKey().toLowerCase().contains(needle)
                        || (s.getDescription() != null && s.getDescription().toLowerCase().contains(needle)))
                .sorted(Comparator.comparing(Setting::getKey))
                .toList();
    }

    /** The values to pick from for this setting (empty: typed freely). */
    @AdminOnly
    @Transactional(readOnly = true)
    public List<SettingChoice> choices(String key) {
        definition(key);
        return owners.get(key).choices(key);
    }

    /** Changes a value; refused with a message key when the text is not a valid value of the setting's type. */
    @AdminOnly
    public Setting update(String key, String newValue, long editedVersion) {
        SettingDefinition definition = definition(key);
        Optional<String> error = definition.validate(newValue);
        if (error.isEmpty()) {
            error = owners.get(key).check(key, newValue.trim());
        }
        if (error.isPresent()) {
            throw new InvalidInputException.Collector().add("value", error.get(), definition.arguments(error.get())).toException();
        }
        Setting setting = repository.findByKey(key).orElseGet(() -> repository.save(new Setting(definition)));
        ConcurrentEditException.check(setting, editedVersion);
        String old = setting.getValue();
        String value = newValue.trim();
        setting.setValue(value);
        setting.touch(clock.instant(), Actors.current());
        audit.record("SETTING_CHANGED", "Setting", key, AuditDetails.of("audit.detail.changed", old, value));
        return repository.saveAndFlush(setting);
    }
}
