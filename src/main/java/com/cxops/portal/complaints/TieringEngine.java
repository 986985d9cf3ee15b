package com.cxops.portal.complaints;

import com.cxops.portal.customers.CustomerLayer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tiers a complaint from its facts over an ordered rule list (DOMAIN.md "Complaints and their tiers"). A rule
 * matches when every condition it sets holds (within one condition, any listed value will do); a rule that sets no
 * condition never matches. The highest matching tier wins; the reason lists the winning tier's matched rules in
 * rule order ("Urgent: public post; VIP customer"). No match means Normal.
 */
public final class TieringEngine {

    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{Digit} '\\-]+");

    private TieringEngine() {
    }

    public record RuleSpec(String name, boolean enabled, Tier tier, Set<ComplaintCategory> categories,
                           Set<ComplaintChannel> channels, Set<SpreadRisk> spreadRisks, Integer minAffected,
                           Set<CustomerLayer> layers, boolean vipOnly, List<String> keywords, Integer repeatWithinDays,
                           BigDecimal minOrderAmount) {

        public boolean hasCondition() {
            return !categories.isEmpty() || !channels.isEmpty() || !spreadRisks.isEmpty() || minAffected != null
                    || !layers.isEmpty() || vipOnly || !keywords.isEmpty() || repeatWithinDays != null || minOrderAmount != null;
        }
    }

    /**
     * @param previousComplaintAt when the same customer last complained before this complaint (null if never)
     * @param at                  when this complaint was logged
     * @param orderAmount         the amount of the order the complaint is about (null if none)
     */
    public record Facts(ComplaintCategory category, ComplaintChannel channel, SpreadRisk spreadRisk, int affectedCount,
                        CustomerLayer layer, boolean vip, String subject, String description, Instant previousComplaintAt,
                        Instant at, BigDecimal orderAmount) {
    }

    public record Result(Tier tier, List<String> matchedRules, String reason) {
    }

    /** The engine's own words when no rule matched; views translate it (key tier.reason.none). */
    public static final String NO_RULE_MATCHED = "no escalation rule matched";

    public static Result evaluate(List<RuleSpec> rules, Facts facts) {
        Tier best = Tier.NORMAL;
        List<String> matched = new ArrayList<>();
        for (RuleSpec rule : rules) {
            if (!matches(rule, facts)) {
                continue;
            }
            if (rule.tier().isAbove(best)) {
                best = rule.tier();
                matched.clear();
            }
            if (rule.tier() == best) {
                matched.add(rule.name());
            }
        }
        String reason = matched.isEmpty() ? word(Tier.NORMAL) + ": " + NO_RULE_MATCHED
                : word(best) + ": " + String.join("; ", matched);
        return new Result(best, List.copyOf(matched), reason);
    }

    public static boolean matches(RuleSpec r, Facts f) {
        if (!r.enabled() || !r.hasCondition()) {
            return false;
        }
        if (!r.categories().isEmpty() && !r.categories().contains(f.category())) {
            return false;
        }
        if (!r.channels().isEmpty() && !r.channels().contains(f.channel())) {
            return false;
        }
        if (!r.spreadRisks().isEmpty() && !r.spreadRisks().contains(f.spreadRisk())) {
            return false;
        }
        if (r.minAffected() != null && f.affectedCount() < r.minAffected()) {
            return false;
        }
        if (!r.layers().isEmpty() && !r.layers().contains(f.layer())) {
            return false;
        }
        if (r.vipOnly() && !f.vip()) {
            return false;
        }
        if (!r.keywords().isEmpty() && r.keywords().stream().noneMatch(k -> containsKeyword(f.subject(), k) || containsKeyword(f.description(), k))) {
            return false;
        }
        if (r.repeatWithinDays() != null && !isRepeat(f.previousComplaintAt(), f.at(), r.repeatWithinDays())) {
            return false;
        }
        return r.minOrderAmount() == null || (f.orderAmount() != null && f.orderAmount().compareTo(r.minOrderAmount()) >= 0);
    }

    static boolean isRepeat(Instant previous, Instant at, int days) {
        return previous != null && at != null && !previous.isAfter(at) && Duration.between(previous, at).compareTo(Duration.ofDays(days)) <= 0;
    }

    /**
     * Case-insensitive. Latin keywords match whole words ("sue" does not match "issue", but "12315" matches in "打了12315"); others, like Chinese,
     * which has no spaces between words, match as a substring.
     */
    public static boolean containsKeyword(String text, String keyword) {
        if (text == null || keyword == null || keyword.isBlank()) {
            return false;
        }
        String k = keyword.trim().toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        if (LATIN.matcher(k).matches()) {
            return Pattern.compile("(?<![\\p{IsLatin}\\p{Nd}])" + Pattern.quote(k) + "(?![\\p{IsLatin}\\p{Nd}])").matcher(t).find();
        }
        return t.contains(k);
    }

    /** Keywords separated by commas (ASCII or Chinese), semicolons or new lines. */
    public static List<String> splitKeywords(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，;；、\\n\\r]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The tier word for stored reasons (the stored reason is the record; the UI shows the tier translated beside it). */
    static String word(Tier tier) {
        return switch (tier) {
            case NORMAL -> "Normal";
            case URGENT -> "Urgent";
            case MAJOR -> "Major";
        };
    }
}
