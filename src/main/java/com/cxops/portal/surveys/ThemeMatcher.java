package com.cxops.portal.surveys;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tags a comment with every theme one of whose keywords it contains (case-insensitive; Chinese keywords match as written). */
public final class ThemeMatcher {

    public record Theme(String code, List<String> keywords) {
    }

    private ThemeMatcher() {
    }

    public static Set<String> match(String comment, Collection<Theme> themes) {
        Set<String> found = new LinkedHashSet<>();
        if (comment == null || comment.isBlank()) {
            return found;
        }
        String text = comment.toLowerCase(Locale.ROOT);
        for (Theme t : themes) {
            for (String k : t.keywords()) {
                if (!k.isEmpty() && text.contains(k)) {
                    found.add(t.code());
                    break;
                }
            }
        }
        return found;
    }

    /** Keywords separated by commas (ASCII or Chinese) or new lines, trimmed and lower-cased, empty ones dropped. */
    public static List<String> split(String keywords) {
        if (keywords == null) {
            return List.of();
        }
        return Arrays.stream(keywords.split("[,，\\n]"))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
