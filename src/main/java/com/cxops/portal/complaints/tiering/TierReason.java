package com.cxops.portal.complaints.tiering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The tier reason as stored: the tier, and for each matched rule its id, family, name and what matched (the words
 * found in the text, or codes for the facts such as {@code spread:PUBLIC_POST}, {@code affected:35}, {@code vip}),
 * never a sentence. {@link #render} writes it in the reader's language; {@link #summary} gives the English line
 * the audit trail keeps ("Major: safety (keywords)"). Reasons stored before this form, and reasons typed by a person
 * when changing a tier by hand, are plain text and shown as they are.
 */
public final class TierReason {

    static final String PREFIX = "@T2|";
    private static final Set<String> FAMILY_FACTS = Set.of("spread", "category", "channel", "layer", "vip");
    public static final int MAX_LENGTH = 1000;

    private TierReason() {
    }

    /** One matched rule: words from the text (as written) and fact codes. */
    public record Item(long ruleId, RuleFamily family, String ruleName, List<String> words, List<String> codes) {
    }

    public record Decoded(String tier, List<Item> items) {
    }

    public static String encode(String tier, List<Item> items) {
        for (int words = 5; words >= 0; words--) {
            String s = encode(tier, items, words);
            if (s.length() <= MAX_LENGTH) {
                return s;
            }
        }
        String s = encode(tier, items, 0);
        return s.substring(0, MAX_LENGTH);
    }

    private static String encode(String tier, List<Item> items, int maxWords) {
        StringBuilder b = new StringBuilder(PREFIX).append(tier);
        for (Item i : items) {
            b.append('|').append(i.ruleId()).append(';').append(i.family().name()).append(';').append(clean(i.ruleName())).append(';');
            List<String> parts = new ArrayList<>();
            i.words().stream().limit(maxWords).forEach(w -> parts.add("w:" + clean(w)));
            i.codes().forEach(c -> parts.add("c:" + clean(c)));
            b.append(String.join(",", parts));
        }
        return b.toString();
    }

    private static String clean(String s) {
        String c = s == null ? "" : s.replaceAll("[|;,\\p{Cntrl}]", " ").replaceAll("\\s+", " ").trim();
        return c.length() > 60 ? c.substring(0, 60) : c;
    }

    public static boolean isStructured(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Null for a plain-text reason. */
    public static Decoded decode(String stored) {
        if (!isStructured(stored)) {
            return null;
        }
        String[] parts = stored.substring(PREFIX.length()).split("\\|");
        List<Item> items = new ArrayList<>();
        for (int p = 1; p < parts.length; p++) {
            String[] f = parts[p].split(";", -1);
            if (f.length < 4) {
                continue;
            }
            RuleFamily family;
            try {
                family = RuleFamily.valueOf(f[1]);
            } catch (IllegalArgumentException e) {
                family = RuleFamily.OTHER;
            }
            long id;
            try {
                id = Long.parseLong(f[0]);
            } catch (NumberFormatException e) {
                id = 0;
            }
            List<String> words = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (String x : f[3].split(",")) {
                if (x.startsWith("w:")) {
                    words.add(x.substring(2));
                } else if (x.startsWith("c:")) {
                    codes.add(x.substring(2));
                }
            }
            items.add(new Item(id, family, f[2], words, codes));
        }
        return new Decoded(parts[0], items);
    }

    /** "Urgent: public post; VIP customer" — the tier in English and the matched rules' names, in rule order. */
    public static String summary(String stored) {
        Decoded d = decode(stored);
        if (d == null) {
            return stored == null ? "" : stored;
        }
        String tier = d.tier().charAt(0) + d.tier().substring(1).toLowerCase(java.util.Locale.ROOT);
        if (d.items().isEmpty()) {
            return tier + ": " + NO_RULE_MATCHED;
        }
        return tier + ": " + String.join("; ", d.items().stream().map(Item::ruleName).toList());
    }

    /** The engine's words when no rule matched, for the audit trail; readers see key tier.reason.none. */
    public static final String NO_RULE_MATCHED = "no escalation rule matched";

    /** The families of the matched rules, in rule order, each once. */
    public static Set<RuleFamily> families(String stored) {
        Decoded d = decode(stored);
        Set<RuleFamily> out = new LinkedHashSet<>();
        if (d != null) {
            d.items().forEach(i -> out.add(i.family()));
        }
        return out;
    }

    /**
     * The reason in the reader's language: "Major: legal or regulator risk (“attorney”, “legal action”); safety
     * (“burned”)". {@code t} translates a key with arguments. Rules of family OTHER show the administrator's name.
     */
    public static String render(String stored, BiFunction<String, Object[], String> t) {
        Decoded d = decode(stored);
        if (d == null) {
            return renderPlain(stored, t);
        }
        String tier = t.apply("tier." + d.tier(), new Object[0]);
        if (d.items().isEmpty()) {
            return tier + ": " + t.apply("tier.reason.none", new Object[0]);
        }
        Map<String, Set<String>> byLabel = new LinkedHashMap<>();
        for (Item i : d.items()) {
            String label = i.family() == RuleFamily.OTHER ? i.ruleName() : t.apply(i.family().messageKey(), new Object[0]);
            Set<String> details = byLabel.computeIfAbsent(label, k -> new LinkedHashSet<>());
            for (String w : i.words()) {
                details.add(t.apply("tiering.reason.words", new Object[]{w}));
            }
            for (String c : i.codes()) {
                // "public post (Public post)" says nothing twice: a fact that is the family itself is left out
                if (i.family() == RuleFamily.OTHER || !FAMILY_FACTS.contains(c.contains(":") ? c.substring(0, c.indexOf(':')) : c)) {
                    details.add(code(c, t));
                }
            }
        }
        List<String> parts = new ArrayList<>();
        byLabel.forEach((label, details) -> parts.add(details.isEmpty() ? label
                : t.apply("tiering.reason.detail", new Object[]{label, String.join(t.apply("tiering.reason.separator", new Object[0]), details)})));
        return tier + ": " + String.join("; ", parts);
    }

    /**
     * The reason alone, without the leading tier word, for places that show the tier beside it (badge, timeline):
     * "public post; VIP customer", not "Urgent: Urgent: public post".
     */
    public static String renderWithoutTier(String stored, BiFunction<String, Object[], String> t) {
        String full = render(stored, t);
        for (String tier : List.of("NORMAL", "URGENT", "MAJOR")) {
            String prefix = t.apply("tier." + tier, new Object[0]) + ": ";
            if (full.startsWith(prefix)) {
                return full.substring(prefix.length());
            }
        }
        return full;
    }

    private static String code(String c, BiFunction<String, Object[], String> t) {
        int colon = c.indexOf(':');
        String kind = colon < 0 ? c : c.substring(0, colon);
        String value = colon < 0 ? "" : c.substring(colon + 1);
        return switch (kind) {
            case "spread" -> t.apply("spread." + value, new Object[0]);
            case "category" -> t.apply("category." + value, new Object[0]);
            case "channel" -> t.apply("channel." + value, new Object[0]);
            case "layer" -> t.apply("layer." + value, new Object[0]);
            case "vip" -> t.apply("tiering.reason.vip", new Object[0]);
            case "repeat" -> t.apply("tiering.reason.repeat", new Object[]{value});
            case "affected" -> t.apply("tiering.reason.affected", new Object[]{value});
            case "inferred" -> t.apply("tiering.reason.inferred", new Object[]{value});
            case "amount" -> t.apply("tiering.reason.amount", new Object[]{value});
            default -> c;
        };
    }

    /** Older reasons: "<Tier in English>: <rule names>"; the tier word and "no rule matched" are translated. */
    private static String renderPlain(String reason, BiFunction<String, Object[], String> t) {
        if (reason == null) {
            return "";
        }
        for (String tier : List.of("NORMAL", "URGENT", "MAJOR")) {
            String english = tier.charAt(0) + tier.substring(1).toLowerCase(java.util.Locale.ROOT) + ": ";
            if (reason.startsWith(english)) {
                String rest = reason.substring(english.length());
                if (rest.equals(NO_RULE_MATCHED)) {
                    rest = t.apply("tier.reason.none", new Object[0]);
                }
                return t.apply("tier." + tier, new Object[0]) + ": " + rest;
            }
        }
        return reason;
    }
}
