package com.cxops.portal.complaints;

import com.cxops.portal.complaints.tiering.AnalyzedText;
import com.cxops.portal.complaints.tiering.CountInference;
import com.cxops.portal.complaints.tiering.PhraseProbes;
import com.cxops.portal.complaints.tiering.RuleFamily;
import com.cxops.portal.complaints.tiering.TextCondition;
import com.cxops.portal.complaints.tiering.TierReason;
import com.cxops.portal.customers.CustomerLayer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Tiers a complaint from its facts over an ordered rule list (DOMAIN.md "Complaints and their tiers"). A rule
 * matches when every condition it sets holds (within one condition, any listed value will do); a rule that sets no
 * condition never matches. The highest matching tier wins; the reason records the winning tier's matched rules in
 * rule order with what matched (words from the text, or the facts). No match means Normal. The text is analyzed
 * once per complaint (see {@link AnalyzedText}); text conditions are {@link TextCondition}s.
 */
public final class TieringEngine {

    private TieringEngine() {
    }

    public record RuleSpec(long id, String name, boolean enabled, Tier tier, RuleFamily family, Set<ComplaintCategory> categories,
                           Set<ComplaintChannel> channels, Set<SpreadRisk> spreadRisks, Integer minAffected,
                           Set<CustomerLayer> layers, boolean vipOnly, TextCondition text, Integer repeatWithinDays,
                           BigDecimal minOrderAmount) {

        /** A rule whose text condition is a plain list of phrases (any language), without exclusions. */
        public RuleSpec(String name, boolean enabled, Tier tier, Set<ComplaintCategory> categories, Set<ComplaintChannel> channels,
                        Set<SpreadRisk> spreadRisks, Integer minAffected, Set<CustomerLayer> layers, boolean vipOnly,
                        List<String> keywords, Integer repeatWithinDays, BigDecimal minOrderAmount) {
            this(0, name, enabled, tier, RuleFamily.OTHER, categories, channels, spreadRisks, minAffected, layers, vipOnly,
                    TextCondition.of(keywords, List.of(), List.of(), false), repeatWithinDays, minOrderAmount);
        }

        public boolean hasCondition() {
            return !categories.isEmpty() || !channels.isEmpty() || !spreadRisks.isEmpty() || minAffected != null
                    || !layers.isEmpty() || vipOnly || !text.isEmpty() || repeatWithinDays != null || minOrderAmount != null;
        }
    }

    /**
     * @param previousComplaintAt when the same customer last complained before this complaint (null if never)
     * @param at                  when this complaint was logged
     * @param orderAmount         the amount of the order the complaint is about (null if none)
     * @param inferCounts         whether a count of affected customers said in the text stands in for a field left at 1
     *                            (intake by API; in the portal the agent confirms the suggestion instead)
     * @param batchEstimate       customers affected assumed for "the whole batch" (setting)
     */
    public record Facts(ComplaintCategory category, ComplaintChannel channel, SpreadRisk spreadRisk, int affectedCount,
                        CustomerLayer layer, boolean vip, String subject, String description, Instant previousComplaintAt,
                        Instant at, BigDecimal orderAmount, boolean inferCounts, int batchEstimate) {

        public Facts(ComplaintCategory category, ComplaintChannel channel, SpreadRisk spreadRisk, int affectedCount,
                     CustomerLayer layer, boolean vip, String subject, String description, Instant previousComplaintAt,
                     Instant at, BigDecimal orderAmount) {
            this(category, channel, spreadRisk, affectedCount, layer, vip, subject, description, previousComplaintAt, at,
                    orderAmount, false, 0);
        }

        String text() {
            String s = subject == null ? "" : subject;
            String d = description == null ? "" : description;
            return s.isEmpty() ? d : d.isEmpty() ? s : s + "\n" + d;
        }
    }

    /**
     * @param reason   the stored form (see {@link TierReason}): rule ids, families and the words or facts that matched
     * @param inferred the count of affected customers the text names (null if none), whether or not it was used
     */
    public record Result(Tier tier, List<String> matchedRules, String reason, List<TierReason.Item> items,
                         CountInference.Inferred inferred) {

        /** The English one-liner for the audit trail: "Urgent: public post; VIP customer". */
        public String summary() {
            return TierReason.summary(reason);
        }
    }

    /** Why a rule did or did not match a complaint: for the administrators' "test a text" box. */
    public record Trace(RuleSpec rule, boolean matched, TierReason.Item item, TextCondition.Outcome text, String failed) {
    }

    /** The engine's own words when no rule matched; views translate it (key tier.reason.none). */
    public static final String NO_RULE_MATCHED = TierReason.NO_RULE_MATCHED;

    public static Result evaluate(List<RuleSpec> rules, Facts facts) {
        Context ctx = new Context(facts, rules);
        Tier best = Tier.NORMAL;
        List<TierReason.Item> matched = new ArrayList<>();
        for (RuleSpec rule : rules) {
            Trace t = trace(rule, facts, ctx);
            if (!t.matched()) {
                continue;
            }
            if (rule.tier().isAbove(best)) {
                best = rule.tier();
                matched.clear();
            }
            if (rule.tier() == best) {
                matched.add(t.item());
            }
        }
        String reason = TierReason.encode(best.name(), matched);
        return new Result(best, matched.stream().map(TierReason.Item::ruleName).toList(), reason, List.copyOf(matched), ctx.inferred());
    }

    /** Every rule with what matched or the first condition that did not hold. */
    public static List<Trace> explain(List<RuleSpec> rules, Facts facts) {
        Context ctx = new Context(facts, rules);
        return rules.stream().map(r -> trace(r, facts, ctx)).toList();
    }

    public static boolean matches(RuleSpec r, Facts f) {
        return trace(r, f, new Context(f, List.of(r))).matched();
    }

    /** Analysis of the text and the count it names, done at most once per complaint. */
    private static final class Context {
        private final Facts facts;
        private final List<RuleSpec> rules;
        private AnalyzedText text;
        private boolean countDone;
        private CountInference.Inferred inferred;

        Context(Facts facts, List<RuleSpec> rules) {
            this.facts = facts;
            this.rules = rules;
        }

        /** Only the sentences in which a phrase of these rules could occur are segmented (see PhraseProbes). */
        AnalyzedText text() {
            if (text == null) {
                List<TextCondition> conditions = new ArrayList<>(rules.size());
                for (RuleSpec r : rules) {
                    if (r.enabled() && !r.text().isEmpty()) {
                        conditions.add(r.text());
                    }
                }
                text = AnalyzedText.of(facts.text(), PhraseProbes.of(conditions));
            }
            return text;
        }

        CountInference.Inferred inferred() {
            if (!countDone) {
                countDone = true;
                inferred = CountInference.infer(text().text(), facts.batchEstimate());
            }
            return inferred;
        }

        /** The count the rules see: the field, or what the text says when inference is on and the field was left at 1. */
        int affected() {
            if (facts.inferCounts() && facts.affectedCount() <= 1) {
                CountInference.Inferred i = inferred();
                if (i != null && i.count() > facts.affectedCount()) {
                    return i.count();
                }
            }
            return facts.affectedCount();
        }
    }

    private static Trace trace(RuleSpec r, Facts f, Context ctx) {
        if (!r.enabled()) {
            return new Trace(r, false, null, null, "disabled");
        }
        if (!r.hasCondition()) {
            return new Trace(r, false, null, null, "no-condition");
        }
        List<String> codes = new ArrayList<>();
        if (!r.categories().isEmpty()) {
            if (!r.categories().contains(f.category())) {
                return new Trace(r, false, null, null, "category");
            }
            codes.add("category:" + f.category());
        }
        if (!r.channels().isEmpty()) {
            if (!r.channels().contains(f.channel())) {
                return new Trace(r, false, null, null, "channel");
            }
            codes.add("channel:" + f.channel());
        }
        if (!r.spreadRisks().isEmpty()) {
            if (!r.spreadRisks().contains(f.spreadRisk())) {
                return new Trace(r, false, null, null, "spread");
            }
            codes.add("spread:" + f.spreadRisk());
        }
        List<String> words = new ArrayList<>();
        if (r.minAffected() != null) {
            int affected = ctx.affected();
            if (affected < r.minAffected()) {
                return new Trace(r, false, null, null, "affected");
            }
            if (affected != f.affectedCount()) {
                codes.add("inferred:" + affected);
                words.add(ctx.inferred().words());
            } else {
                codes.add("affected:" + affected);
            }
        }
        if (!r.layers().isEmpty()) {
            if (!r.layers().contains(f.layer())) {
                return new Trace(r, false, null, null, "layer");
            }
            codes.add("layer:" + f.layer());
        }
        if (r.vipOnly()) {
            if (!f.vip()) {
                return new Trace(r, false, null, null, "vip");
            }
            codes.add("vip");
        }
        TextCondition.Outcome text = null;
        if (!r.text().isEmpty()) {
            text = r.text().evaluate(ctx.text());
            if (!text.matched()) {
                return new Trace(r, false, null, text, "text");
            }
            words.addAll(text.words());
        }
        if (r.repeatWithinDays() != null) {
            if (!isRepeat(f.previousComplaintAt(), f.at(), r.repeatWithinDays())) {
                return new Trace(r, false, null, text, "repeat");
            }
            codes.add("repeat:" + r.repeatWithinDays());
        }
        if (r.minOrderAmount() != null) {
            if (f.orderAmount() == null || f.orderAmount().compareTo(r.minOrderAmount()) < 0) {
                return new Trace(r, false, null, text, "amount");
            }
            codes.add("amount:" + r.minOrderAmount().toPlainString());
        }
        return new Trace(r, true, new TierReason.Item(r.id(), r.family(), r.name(), words, codes), text, null);
    }

    static boolean isRepeat(Instant previous, Instant at, int days) {
        return previous != null && at != null && !previous.isAfter(at) && Duration.between(previous, at).compareTo(Duration.ofDays(days)) <= 0;
    }

    /** Whether the phrase occurs in the text as a word or words (English by stem, Chinese by segmented word). */
    public static boolean containsKeyword(String text, String keyword) {
        if (text == null || keyword == null || keyword.isBlank()) {
            return false;
        }
        return TextCondition.of(List.of(keyword), List.of(), List.of(), false).evaluate(AnalyzedText.of(text)).matched();
    }

    /** Phrases separated by commas (ASCII or Chinese), semicolons or new lines. */
    public static List<String> splitKeywords(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，;；、\\n\\r]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The tier word for reasons typed by a person (the UI shows the tier translated beside it). */
    static String word(Tier tier) {
        return switch (tier) {
            case NORMAL -> "Normal";
            case URGENT -> "Urgent";
            case MAJOR -> "Major";
        };
    }
}
