package com.cxops.portal.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text a person reads comes from messages.properties (English) and messages_zh_CN.properties (Simplified
 * Chinese), plus one pair per feature under {@code i18n/} (e.g. {@code i18n/tasks.properties} and
 * {@code i18n/tasks_zh_CN.properties}), so that features grow their texts without editing one shared file. A key
 * lives in exactly one bundle (BundleKeysTest). Services that write text for people (mail, exports) use this too,
 * with the recipient's locale.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final String MAIN_BUNDLE = "messages";
    static final String FEATURE_BUNDLES = "i18n/";

    /** The main bundle first, then the feature bundles found on the classpath, by name. */
    private final List<String> bundles = bundleNames();
    /** The texts of each supported language, merged over the bundles at first use (see {@link #merged}). */
    private final Map<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String value = lookup(key, supported(locale));
        if (value == null) {
            log.warn("Missing translation for key '{}' ({})", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? value : new MessageFormat(value, supported(locale)).format(params);
    }

    private String lookup(String key, Locale locale) {
        return texts.computeIfAbsent(locale, this::merged).get(key);
    }

    /**
     * Every key of every bundle in one map per language, the first bundle holding a key winning as the lookup over the
     * bundles did: a grid asks for a text per cell, and one hash lookup costs far less than asking each bundle in turn.
     */
    private Map<String, String> merged(Locale locale) {
        Map<String, String> all = new HashMap<>();
        for (String name : bundles) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                all.putIfAbsent(key, bundle.getString(key));
            }
        }
        return Map.copyOf(all);
    }

    /** Base names of every bundle: {@code messages}, then {@code i18n/<feature>} for each English file found. */
    public static List<String> bundleNames() {
        List<String> names = new ArrayList<>();
        names.add(MAIN_BUNDLE);
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FEATURE_BUNDLES + "*.properties");
            Arrays.stream(found)
                    .map(Resource::getFilename)
                    .filter(f -> f != null && !f.contains("_"))
                    .map(f -> FEATURE_BUNDLES + f.substring(0, f.length() - ".properties".length()))
                    .distinct()
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
        return List.copyOf(names);
    }

    /** The text of a key that may not exist (labels for codes stored by older versions), without the missing-key warning. */
    public Optional<String> find(Locale locale, String key) {
        return Optional.ofNullable(key == null ? null : lookup(key, supported(locale)));
    }

    public String translate(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }

    /**
     * A stored text that may be a message reference {@code @key|param|param} (the titles of automatic tasks), in this
     * language; any other text, or a reference to a key that does not exist (someone's own "@..." text), as it is.
     */
    public String text(Locale locale, String stored) {
        if (stored == null || !stored.startsWith("@")) {
            return stored == null ? "" : stored;
        }
        String[] parts = stored.substring(1).split("\\|", -1);
        String value = lookup(parts[0], supported(locale));
        if (value == null) {
            return stored;
        }
        Object[] params = Arrays.copyOfRange(parts, 1, parts.length);
        return params.length == 0 ? value : new MessageFormat(value, supported(locale)).format(params);
    }

    /** Parameters of a stored message (a notification's) in this language: message references among them translated. */
    public Object[] params(Locale locale, List<String> stored) {
        return stored == null ? new Object[0] : stored.stream().map(p -> text(locale, p)).toArray();
    }

    /** Maps any locale to one of the two the portal speaks (Chinese variants to zh_CN, everything else to English). */
    public static Locale supported(Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }

    public static Locale fromTag(String tag) {
        return tag == null ? ENGLISH : supported(Locale.forLanguageTag(tag.replace('_', '-')));
    }

    public static String toTag(Locale locale) {
        return supported(locale) == CHINESE ? "zh-CN" : "en";
    }
}
