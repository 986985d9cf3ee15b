package com.cxops.portal.base;

import com.cxops.portal.base.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle pair (messages and each feature's i18n/ pair) speaks the same keys in English and Chinese, no key
 * lives in two bundles, and every key the code asks for by name exists.
 */
class BundleKeysTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    /** English file names relative to src/main/resources: messages.properties and i18n/<feature>.properties. */
    private static List<String> englishBundles() throws IOException {
        List<String> names = new ArrayList<>();
        names.add("messages.properties");
        Path dir = RESOURCES.resolve("i18n");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".properties") && !f.contains("_"))
                        .sorted()
                        .forEach(f -> names.add("i18n/" + f));
            }
        }
        return names;
    }

    private static String chinese(String english) {
        return english.replace(".properties", "_zh_CN.properties");
    }

    /** All English keys of all bundles together. */
    private static Properties allEnglish() throws IOException {
        Properties all = new Properties();
        for (String name : englishBundles()) {
            all.putAll(load(name));
        }
        return all;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void english_and_chinese_bundles_have_the_same_keys() throws IOException {
        for (String name : englishBundles()) {
            Set<String> en = new TreeSet<>(load(name).stringPropertyNames());
            Set<String> zh = new TreeSet<>(load(chinese(name)).stringPropertyNames());
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(zh);
            Set<String> onlyZh = new TreeSet<>(zh);
            onlyZh.removeAll(en);
            assertThat(onlyEn).as("keys missing in " + chinese(name)).isEmpty();
            assertThat(onlyZh).as("keys missing in " + name).isEmpty();
        }
    }

    @Test
    void no_key_lives_in_two_bundles() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String name : englishBundles()) {
            for (String key : load(name).stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key + " (" + name + ")");
                }
            }
        }
        assertThat(twice).as("keys defined in more than one bundle").isEmpty();
    }

    @Test
    void the_translation_provider_finds_every_bundle() throws IOException {
        List<String> expected = englishBundles().stream().map(n -> n.replace(".properties", "")).sorted().toList();
        assertThat(TranslationProvider.bundleNames()).containsAll(expected).startsWith("messages");
    }

    @Test
    void no_key_is_defined_twice_in_a_bundle() throws IOException {
        List<String> files = new ArrayList<>();
        for (String name : englishBundles()) {
            files.add(name);
            files.add(chinese(name));
        }
        for (String name : files) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
                    continue;
                }
                String key = l.substring(0, l.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys defined twice in " + name + " (the later one silently wins)").isEmpty();
        }
    }

    @Test
    void chinese_texts_are_not_left_in_english() throws IOException {
        Properties zh = new Properties();
        for (String name : englishBundles()) {
            zh.putAll(load(chinese(name)));
        }
        Properties en = allEnglish();
        Set<String> untranslated = new TreeSet<>();
        for (String key : zh.stringPropertyNames()) {
            String z = zh.getProperty(key);
            // language names and values that are codes may legitimately be the same in both
            if (z.equals(en.getProperty(key)) && z.matches(".*[a-z]{4,}.*") && !key.startsWith("language.")) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("Chinese bundle entries identical to English").isEmpty();
    }

    @Test
    void every_literal_key_used_in_the_code_exists() throws IOException {
        Properties en = allEnglish();
        Pattern call = Pattern.compile("(?:getTranslation|translate|Toasts\\.translate)\\(\\s*\"([a-zA-Z0-9_.\\-]*[a-zA-Z0-9_\\-])\"\\s*[,)]");
        Pattern menu = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([a-zA-Z0-9_.\\-]+)\"");
        Set<String> missing = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : new Pattern[]{call, menu}) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        seen.add(m.group(1));
                        if (!en.containsKey(m.group(1))) {
                            missing.add(m.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(seen).isNotEmpty();
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }
}
