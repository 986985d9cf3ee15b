package com.cxops.portal.complaints.tiering;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis under the text rules, without Spring: normalization, word matching, cancelling, counts. */
class TextAnalysisTest {

    private static boolean matches(String text, List<String> phrases, List<String> exclusions, List<String> contexts, boolean negatable) {
        return TextCondition.of(phrases, exclusions, contexts, negatable).evaluate(AnalyzedText.of(text)).matched();
    }

    @Test
    void traditional_characters_and_full_width_letters_and_digits_are_normalized() {
        assertThat(TextNormalizer.normalize("我要投訴，找消費者協會和記者")).isEqualTo("我要投诉,找消费者协会和记者");
        assertThat(TextNormalizer.normalize("ＡＢＣ　１２３１５")).isEqualTo("ABC 12315");
    }

    @Test
    void html_tags_are_dropped_and_entities_decoded() {
        assertThat(TextNormalizer.normalize("<p>My <b>lawyer</b> &amp; I</p><script>x</script>")).contains("My  lawyer  & I").doesNotContain("<");
    }

    @Test
    void english_matches_by_stem_and_chinese_by_segmented_word() {
        assertThat(matches("My lawyers will call", List.of("lawyer"), List.of(), List.of(), false)).isTrue();
        assertThat(matches("It burned his hand", List.of("burn"), List.of(), List.of(), false)).isTrue();
        assertThat(matches("There is an issue with the lid", List.of("sue"), List.of(), List.of(), false)).isFalse();
        assertThat(matches("Thank you for the courtesy", List.of("court"), List.of(), List.of(), false)).isFalse();
        assertThat(matches("我已经向市场监督管理局投诉。", List.of("市场监督管理局"), List.of(), List.of(), false)).isTrue();
        assertThat(matches("我要去法院告你们", List.of("法院"), List.of(), List.of(), false)).isTrue();
    }

    @Test
    void letters_and_digits_written_together_are_a_code_not_words() {
        List<String> media = List.of("BBC");
        assertThat(matches("Order q2e55843bbc was posted online", media, List.of(), List.of(), false)).isFalse();
        assertThat(matches("SKU 9BBC3 arrived broken", media, List.of(), List.of(), false)).isFalse();
        assertThat(matches("订单A7bbc9还没到", media, List.of(), List.of(), false)).isFalse();
        assertThat(matches("I will call the BBC about order 12345", media, List.of(), List.of(), false)).isTrue();
        assertThat(matches("我要找BBC曝光", media, List.of(), List.of(), false)).isTrue();
        assertThat(matches("200 orders arrived broken", List.of("200 orders"), List.of(), List.of(), false)).isTrue();
    }

    @Test
    void parts_joined_by_dots_follow_each_other_within_one_clause() {
        List<String> p = List.of("refund ... not received");
        assertThat(matches("The refund is still not received", p, List.of(), List.of(), false)).isTrue();
        assertThat(matches("The refund came. The parcel was not received", p, List.of(), List.of(), false)).isFalse();
        assertThat(matches("钱还没退回来", List.of("钱 ... 没退"), List.of(), List.of(), false)).isTrue();
    }

    @Test
    void exclusions_cancel_where_they_overlap_and_context_cancels_in_the_same_clause() {
        assertThat(matches("smoke grey jacket", List.of("smoke"), List.of("smoke grey"), List.of(), false)).isFalse();
        assertThat(matches("smoke grey jacket, and the heater was smoking", List.of("smoke"), List.of("smoke grey"), List.of(), false)).isTrue();
        assertThat(matches("在社交媒体上看到的广告", List.of("社交媒体"), List.of(), List.of("广告"), false)).isFalse();
        assertThat(matches("我在微博上发帖了", List.of("微博"), List.of(), List.of("广告"), false)).isTrue();
    }

    @Test
    void negation_just_before_cancels_only_when_the_rule_says_so() {
        assertThat(matches("There was no injury", List.of("injury"), List.of(), List.of(), true)).isFalse();
        assertThat(matches("人没有受伤", List.of("受伤"), List.of(), List.of(), true)).isFalse();
        assertThat(matches("人没有受伤", List.of("受伤"), List.of(), List.of(), false)).isTrue();
        assertThat(matches("No refund yet, and my son was injured", List.of("injured"), List.of(), List.of(), true)).isTrue();
    }

    @Test
    void a_capitalised_word_in_mid_sentence_is_a_name_and_quoted_words_are_product_names() {
        assertThat(matches("Your agent Sue was rude", List.of("sue"), List.of(), List.of(), false)).isFalse();
        assertThat(matches("I will sue you", List.of("sue"), List.of(), List.of(), false)).isTrue();
        assertThat(matches("The Fire Red lipstick is dry", List.of("fire"), List.of(), List.of(), false)).isFalse();
        assertThat(matches("Phone Caught Fire In My Bag", List.of("fire"), List.of(), List.of(), false)).as("a title-case headline").isTrue();
        assertThat(matches("The \"Ocean Smoke\" perfume leaked", List.of("smoke"), List.of(), List.of(), false)).isFalse();
        assertThat(matches("香薰叫“烟雾森林”", List.of("烟雾"), List.of(), List.of(), false)).isFalse();
    }

    @Test
    void counts_in_the_text_in_english_and_chinese() {
        assertThat(CountInference.infer("Dozens of customers got the same charger", 20).count()).isEqualTo(24);
        assertThat(CountInference.infer("200 orders arrived without invoices", 20).count()).isEqualTo(200);
        assertThat(CountInference.infer("这一批货有问题，几十个买家都收到了", 20).count()).isEqualTo(20);
        assertThat(CountInference.infer("我们公司两百个订单全部有问题", 20).count()).isEqualTo(200);
        assertThat(CountInference.infer("整批都是坏的", 35)).isEqualTo(new CountInference.Inferred(35, "整批"));
        assertThat(CountInference.infer("我的视频几百万人看过", 20)).isNull();
        assertThat(CountInference.infer("It took 20 days and 5 stitches", 20)).isNull();
        assertThat(CountInference.chinese("三十五")).isEqualTo(35);
        assertThat(CountInference.chinese("上百")).isEqualTo(100);
    }

    @Test
    void odd_input_is_analyzed_without_error() {
        assertThat(AnalyzedText.of("").tokens()).isEmpty();
        assertThat(AnalyzedText.of(null).tokens()).isEmpty();
        assertThat(AnalyzedText.of("😀".repeat(4000)).text()).isNotEmpty();
        assertThat(AnalyzedText.of("<div>&#x1F600; &bogus; &#99999999;</div>").text()).doesNotContain("<div>");
        assertThat(matches("我的lawyer说要起诉", List.of("lawyer"), List.of(), List.of(), false)).isTrue();
    }

    @Test
    void stored_reason_round_trips_and_renders_in_the_readers_language() {
        String stored = TierReason.encode("MAJOR", List.of(new TierReason.Item(7, RuleFamily.MEDIA, "media (text)", List.of("记者"), List.of()),
                new TierReason.Item(8, RuleFamily.MANY_AFFECTED, "many customers affected", List.of("几十个买家"), List.of("inferred:20"))));
        assertThat(TierReason.summary(stored)).isEqualTo("Major: media (text); many customers affected");
        assertThat(TierReason.families(stored)).containsExactly(RuleFamily.MEDIA, RuleFamily.MANY_AFFECTED);
        String rendered = TierReason.render(stored, (k, a) -> k + (a.length == 0 ? "" : List.of(a).toString()));
        assertThat(rendered).startsWith("tier.MAJOR: ").contains("tiering.family.MEDIA").contains("tiering.reason.inferred[20]");
        assertThat(TierReason.render("Urgent: set by ann: customer is a journalist", (k, a) -> k.equals("tier.URGENT") ? "紧急" : k))
                .isEqualTo("紧急: set by ann: customer is a journalist");
    }
}
