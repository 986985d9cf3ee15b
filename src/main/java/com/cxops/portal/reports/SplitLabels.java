package com.cxops.portal.reports;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The words of a figure's split in the reader's language, for the workbook and the screen: "tier:MAJOR" -> the tier's
 * word, "migration:A>B" -> "A → B", "" -> "Overall"; split values that are data (task types) by their stored names.
 */
public final class SplitLabels {

    private SplitLabels() {
    }

    /** Like {@link #splitLabel(Function, String)}, with the names of split values that are data taken first. */
    public static String splitLabel(Function<String, String> t, Map<String, String> splitNames, String split) {
        String name = split == null ? null : splitNames.get(split);
        return name != null ? name : splitLabel(t, split);
    }

    /** "tier:MAJOR" -> the tier's word; "migration:A>B" -> "A → B"; "" -> "Overall". */
    public static String splitLabel(Function<String, String> t, String split) {
        if (split == null || split.isEmpty()) {
            return t.apply("reports.split.overall");
        }
        int colon = split.indexOf(':');
        String dim = colon < 0 ? "" : split.substring(0, colon);
        String value = colon < 0 ? split : split.substring(colon + 1);
        return switch (dim) {
            case "tier" -> t.apply("tier." + value);
            case "category" -> t.apply("category." + value);
            case "channel" -> t.apply("channel." + value);
            case "kind" -> t.apply("compensation.kind." + value);
            case "target" -> t.apply("sla.target." + value);
            case "layer" -> layer(t, value);
            case "survey" -> value;  // NPS, CSAT: the same word in both languages
            case "type" -> value.charAt(0) + value.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
            case "migration" -> {
                String[] ft = value.split(">", 2);
                yield layer(t, ft[0]) + " → " + (ft.length > 1 ? layer(t, ft[1]) : "");
            }
            default -> value;
        };
    }

    private static String layer(Function<String, String> t, String value) {
        return "NONE".equals(value) ? t.apply("reports.layer.none") : t.apply("layer." + value);
    }

}
