package com.cxops.portal.complaints;

import com.cxops.portal.customers.CustomerLayer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TieringEngineTest {

    private static final Instant NOW = Instant.parse("2026-06-10T10:00:00Z");

    private static TieringEngine.RuleSpec rule(String name, Tier tier) {
        return new TieringEngine.RuleSpec(name, true, tier, Set.of(), Set.of(), Set.of(), null, Set.of(), false, List.of(), null, null);
    }

    private static TieringEngine.RuleSpec spread(String name, Tier tier, SpreadRisk risk) {
        return new TieringEngine.RuleSpec(name, true, tier, Set.of(), Set.of(), EnumSet.of(risk), null, Set.of(), false, List.of(), null, null);
    }

    private static TieringEngine.RuleSpec keywords(String name, Tier tier, String... words) {
        return new TieringEngine.RuleSpec(name, true, tier, Set.of(), Set.of(), Set.of(), null, Set.of(), false, List.of(words), null, null);
    }

    private static TieringEngine.Facts facts() {
        return new TieringEngine.Facts(ComplaintCategory.PRODUCT_QUALITY, ComplaintChannel.PHONE, SpreadRisk.PRIVATE, 1,
                CustomerLayer.REGULAR, false, "Kettle broken", "It stopped working.", null, NOW, null);
    }

    private static TieringEngine.Facts with(SpreadRisk risk, boolean vip, String subject) {
        TieringEngine.Facts f = facts();
        return new TieringEngine.Facts(f.category(), f.channel(), risk, f.affectedCount(), f.layer(), vip, subject, f.description(),
                null, NOW, null);
    }

    @Test
    void no_matching_rule_gives_normal_with_an_explaining_reason() {
        TieringEngine.Result r = TieringEngine.evaluate(List.of(spread("public post", Tier.URGENT, SpreadRisk.PUBLIC_POST)), facts());
        assertThat(r.tier()).isEqualTo(Tier.NORMAL);
        assertThat(r.matchedRules()).isEmpty();
        assertThat(r.summary()).isEqualTo("Normal: no escalation rule matched");
    }

    @Test
    void reason_lists_the_matched_rules_of_the_winning_tier_in_rule_order() {
        TieringEngine.RuleSpec vip = new TieringEngine.RuleSpec("VIP customer", true, Tier.URGENT, Set.of(), Set.of(), Set.of(), null,
                Set.of(), true, List.of(), null, null);
        TieringEngine.Result r = TieringEngine.evaluate(List.of(spread("public post", Tier.URGENT, SpreadRisk.PUBLIC_POST), vip),
                with(SpreadRisk.PUBLIC_POST, true, "x"));
        assertThat(r.summary()).isEqualTo("Urgent: public post; VIP customer");
    }

    @Test
    void highest_tier_wins_regardless_of_rule_order_and_lower_matches_leave_the_reason() {
        List<TieringEngine.RuleSpec> rules = List.of(keywords("viral words", Tier.MAJOR, "viral"),
                spread("public post", Tier.URGENT, SpreadRisk.PUBLIC_POST));
        TieringEngine.Result r = TieringEngine.evaluate(rules, with(SpreadRisk.PUBLIC_POST, false, "This went viral"));
        assertThat(r.tier()).isEqualTo(Tier.MAJOR);
        assertThat(r.summary()).isEqualTo("Major: viral words");
        TieringEngine.Result reversed = TieringEngine.evaluate(List.of(rules.get(1), rules.get(0)), with(SpreadRisk.PUBLIC_POST, false, "This went viral"));
        assertThat(reversed.tier()).isEqualTo(Tier.MAJOR);
    }

    @Test
    void english_keywords_match_case_insensitively_as_whole_words() {
        assertThat(TieringEngine.containsKeyword("My LAWYER will call", "lawyer")).isTrue();
        assertThat(TieringEngine.containsKeyword("I will sue you", "sue")).isTrue();
        assertThat(TieringEngine.containsKeyword("Your agent Sue was rude", "sue")).as("a capitalised word in mid-sentence is a name").isFalse();
        assertThat(TieringEngine.containsKeyword("There is an issue with the lid", "sue")).isFalse();
        assertThat(TieringEngine.containsKeyword("It caught fire!", "fire")).isTrue();
        assertThat(TieringEngine.containsKeyword("consumer  association", "consumer association")).as("words, not spacing").isTrue();
        assertThat(TieringEngine.containsKeyword("the Consumer Association knows", "consumer association")).isTrue();
    }

    @Test
    void chinese_keywords_match_as_substrings() {
        assertThat(TieringEngine.containsKeyword("充电器昨晚起火了", "起火")).isTrue();
        assertThat(TieringEngine.containsKeyword("我要去消协投诉你们", "消协")).isTrue();
        assertThat(TieringEngine.containsKeyword("已经打了12315", "12315")).isTrue();
        assertThat(TieringEngine.containsKeyword("快递很慢", "起火")).isFalse();
    }

    @Test
    void keywords_in_the_description_count_too() {
        TieringEngine.Facts f = new TieringEngine.Facts(ComplaintCategory.OTHER, ComplaintChannel.CHAT, SpreadRisk.PRIVATE, 1,
                CustomerLayer.REGULAR, false, "问题", "宝宝使用后受伤", null, NOW, null);
        assertThat(TieringEngine.evaluate(List.of(keywords("safety", Tier.MAJOR, "受伤")), f).tier()).isEqualTo(Tier.MAJOR);
    }

    @Test
    void keyword_lists_split_on_english_and_chinese_separators() {
        assertThat(TieringEngine.splitKeywords("fire, burn；起火，受伤、爆炸\nsmoke;; fire"))
                .containsExactly("fire", "burn", "起火", "受伤", "爆炸", "smoke");
    }

    @Test
    void all_conditions_of_one_rule_must_hold() {
        TieringEngine.RuleSpec publicVip = new TieringEngine.RuleSpec("public VIP", true, Tier.MAJOR, Set.of(), Set.of(),
                EnumSet.of(SpreadRisk.PUBLIC_POST), null, Set.of(), true, List.of(), null, null);
        assertThat(TieringEngine.evaluate(List.of(publicVip), with(SpreadRisk.PUBLIC_POST, false, "x")).tier()).isEqualTo(Tier.NORMAL);
        assertThat(TieringEngine.evaluate(List.of(publicVip), with(SpreadRisk.PUBLIC_POST, true, "x")).tier()).isEqualTo(Tier.MAJOR);
    }

    @Test
    void any_listed_value_of_one_condition_will_do() {
        TieringEngine.RuleSpec social = new TieringEngine.RuleSpec("public channels", true, Tier.URGENT, Set.of(),
                EnumSet.of(ComplaintChannel.SOCIAL_MEDIA, ComplaintChannel.PHONE), Set.of(), null, Set.of(), false, List.of(), null, null);
        assertThat(TieringEngine.evaluate(List.of(social), facts()).tier()).isEqualTo(Tier.URGENT);
    }

    @Test
    void disabled_rules_and_rules_without_conditions_never_match() {
        TieringEngine.RuleSpec disabled = new TieringEngine.RuleSpec("off", false, Tier.MAJOR, Set.of(), Set.of(),
                EnumSet.of(SpreadRisk.PRIVATE), null, Set.of(), false, List.of(), null, null);
        assertThat(TieringEngine.evaluate(List.of(disabled, rule("empty", Tier.MAJOR)), facts()).tier()).isEqualTo(Tier.NORMAL);
    }

    @Test
    void affected_count_threshold_is_inclusive() {
        TieringEngine.RuleSpec many = new TieringEngine.RuleSpec("many", true, Tier.MAJOR, Set.of(), Set.of(), Set.of(), 20,
                Set.of(), false, List.of(), null, null);
        TieringEngine.Facts f = facts();
        assertThat(TieringEngine.matches(many, new TieringEngine.Facts(f.category(), f.channel(), f.spreadRisk(), 19, f.layer(), false,
                f.subject(), f.description(), null, NOW, null))).isFalse();
        assertThat(TieringEngine.matches(many, new TieringEngine.Facts(f.category(), f.channel(), f.spreadRisk(), 20, f.layer(), false,
                f.subject(), f.description(), null, NOW, null))).isTrue();
    }

    @Test
    void order_amount_threshold_needs_an_order_at_or_above_it() {
        TieringEngine.RuleSpec big = new TieringEngine.RuleSpec("big order", true, Tier.URGENT, Set.of(), Set.of(), Set.of(), null,
                Set.of(), false, List.of(), null, new BigDecimal("5000"));
        TieringEngine.Facts f = facts();
        assertThat(TieringEngine.matches(big, f)).isFalse();
        assertThat(TieringEngine.matches(big, new TieringEngine.Facts(f.category(), f.channel(), f.spreadRisk(), 1, f.layer(), false,
                f.subject(), f.description(), null, NOW, new BigDecimal("5000.00")))).isTrue();
        assertThat(TieringEngine.matches(big, new TieringEngine.Facts(f.category(), f.channel(), f.spreadRisk(), 1, f.layer(), false,
                f.subject(), f.description(), null, NOW, new BigDecimal("4999.99")))).isFalse();
    }

    @Test
    void customer_layer_condition_matches_listed_layers_only() {
        TieringEngine.RuleSpec atRisk = new TieringEngine.RuleSpec("at risk", true, Tier.URGENT, Set.of(), Set.of(), Set.of(), null,
                EnumSet.of(CustomerLayer.AT_RISK), false, List.of(), null, null);
        TieringEngine.Facts f = facts();
        assertThat(TieringEngine.matches(atRisk, f)).isFalse();
        assertThat(TieringEngine.matches(atRisk, new TieringEngine.Facts(f.category(), f.channel(), f.spreadRisk(), 1, CustomerLayer.AT_RISK,
                false, f.subject(), f.description(), null, NOW, null))).isTrue();
    }

    @Test
    void repeat_window_is_inclusive_and_ignores_later_complaints() {
        assertThat(TieringEngine.isRepeat(NOW.minusSeconds(7 * 86400), NOW, 7)).isTrue();
        assertThat(TieringEngine.isRepeat(NOW.minusSeconds(7 * 86400 + 1), NOW, 7)).isFalse();
        assertThat(TieringEngine.isRepeat(NOW.plusSeconds(1), NOW, 7)).isFalse();
        assertThat(TieringEngine.isRepeat(null, NOW, 7)).isFalse();
    }
}
