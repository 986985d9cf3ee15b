package com.cxops.portal.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The two message bundles speak the same keys, and every key the code asks for by name exists. */
class BundleKeysTest {

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
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertThat(onlyEn).as("keys missing in messages_zh_CN.properties").isEmpty();
        assertThat(onlyZh).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void no_key_is_defined_twice_in_a_bundle() throws IOException {
        for (String name : new String[]{"messages.properties", "messages_zh_CN.properties"}) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
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
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages.properties");
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
        Properties en = load("messages.properties");
        Pattern call = Pattern.compile("(?:getTranslation|translate|Notifications\\.translate)\\(\\s*\"([a-zA-Z0-9_.\\-]*[a-zA-Z0-9_\\-])\"\\s*[,)]");
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
