package com.cxops.portal.base.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationProviderTest {

    private final TranslationProvider provider = new TranslationProvider();

    @Test
    void a_key_of_a_feature_bundle_is_translated_in_both_languages() {
        assertThat(provider.translate(Locale.ENGLISH, "testprobe.greeting", "Ann")).isEqualTo("Hello Ann");
        assertThat(provider.translate(Locale.SIMPLIFIED_CHINESE, "testprobe.greeting", "Ann")).isEqualTo("你好 Ann");
    }

    @Test
    void a_key_of_the_main_bundle_is_still_found_first() {
        assertThat(provider.translate(Locale.ENGLISH, "app.name")).doesNotStartWith("!");
    }

    @Test
    void an_unknown_key_is_shown_marked_rather_than_failing() {
        assertThat(provider.translate(Locale.ENGLISH, "no.such.key")).isEqualTo("!no.such.key");
    }
}
