package com.cxops.portal.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a person reads comes from messages.properties (English) and messages_zh_CN.properties (Simplified
 * Chinese). Services that write text for people (mail, exports) use this too, with the recipient's locale.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String value;
        try {
            value = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' ({})", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? value : new MessageFormat(value, supported(locale)).format(params);
    }

    public String translate(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
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
