package com.cxops.portal.surveys.web;

import com.cxops.portal.base.i18n.TranslationProvider;

import java.util.Locale;

/** The page's texts in the customer's language, from the same bundles the staff screens use ({@code ${t.get('key')}}). */
public final class PageText {

    private final TranslationProvider i18n;
    private final Locale locale;

    PageText(TranslationProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return i18n.translate(locale, key, args);
    }

    public String lang() {
        return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
    }
}
