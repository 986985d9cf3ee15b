package com.cxops.portal.complaints.tiering;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.complaints.TieringEngine;
import com.cxops.portal.complaints.TieringRuleService;
import com.cxops.portal.customers.CustomerLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example the issue lists under "Why", against the default rules: the misses, the false majors, 记者 as media. */
class TieringWhyExamplesTest extends SpringTestBase {

    @Autowired
    TieringRuleService ruleService;
    @Autowired
    SettingsService settings;
    @Autowired
    TranslationProvider i18n;

    List<TieringEngine.RuleSpec> rules;

    @BeforeEach
    void load() {
        actAs(unique("admin"), Role.ADMIN);
        rules = ruleService.list().stream().filter(r -> Corpus.DEFAULT_RULES.contains(r.getName())).map(r -> r.toSpec()).toList();
    }

    private TieringEngine.Result tier(String text) {
        return TieringEngine.evaluate(rules, new TieringEngine.Facts(ComplaintCategory.OTHER, ComplaintChannel.EMAIL, SpreadRisk.PRIVATE, 1,
                CustomerLayer.REGULAR, false, "", text, null, Instant.parse("2026-06-10T10:00:00Z"), null, true,
                settings.getInt(TieringSettings.BATCH_ESTIMATE)));
    }

    private void expect(String text, Tier tier, RuleFamily family) {
        TieringEngine.Result r = tier(text);
        assertThat(r.tier()).as(text + " -> " + r.summary()).isEqualTo(tier);
        assertThat(TierReason.families(r.reason())).as(text).contains(family);
    }

    private void notMajor(String text) {
        TieringEngine.Result r = tier(text);
        assertThat(r.tier()).as(text + " -> " + r.summary()).isNotEqualTo(Tier.MAJOR);
    }

    // ---- missed before ----

    @Test
    void video_on_douyin_and_wechat_moments_is_an_urgent_public_post() {
        expect("I posted a video on Douyin and WeChat Moments", Tier.URGENT, RuleFamily.PUBLIC_POST);
    }

    @Test
    void posts_on_xiaohongshu_and_weibo_are_an_urgent_public_post() {
        expect("已在小红书和微博发帖", Tier.URGENT, RuleFamily.PUBLIC_POST);
    }

    @Test
    void going_to_the_media_and_the_newspapers_is_major_media() {
        expect("If this is not fixed I will go to the media and the newspapers", Tier.MAJOR, RuleFamily.MEDIA);
    }

    @Test
    void market_regulation_administration_by_its_full_name_is_major_legal() {
        expect("我已经向市场监督管理局投诉", Tier.MAJOR, RuleFamily.LEGAL);
    }

    @Test
    void consumer_association_by_its_full_name_is_major_legal() {
        expect("我会向消费者协会反映", Tier.MAJOR, RuleFamily.LEGAL);
    }

    @Test
    void burned_his_hand_and_hospital_is_major_safety() {
        expect("The kettle burned his hand and we went to the hospital", Tier.MAJOR, RuleFamily.SAFETY);
    }

    @Test
    void mouldy_spoiled_food_with_diarrhoea_and_vomiting_is_major_safety() {
        expect("发霉变质，吃了以后腹泻呕吐", Tier.MAJOR, RuleFamily.SAFETY);
    }

    @Test
    void allergic_reaction_is_major_safety() {
        expect("My daughter had an allergic reaction to the cream", Tier.MAJOR, RuleFamily.SAFETY);
    }

    @Test
    void electric_leak_and_a_shock_is_major_safety() {
        expect("漏电，我被电了一下", Tier.MAJOR, RuleFamily.SAFETY);
    }

    @Test
    void a_batch_and_dozens_of_buyers_said_only_in_the_text_is_major_many_affected() {
        expect("这一批货质量都有问题，几十个买家都在群里说了", Tier.MAJOR, RuleFamily.MANY_AFFECTED);
    }

    @Test
    void attorney_legal_action_and_my_lawyers_is_major_legal() {
        expect("My attorney is preparing legal action; my lawyers will write to you", Tier.MAJOR, RuleFamily.LEGAL);
    }

    @Test
    void money_not_yet_returned_is_urgent_refund() {
        expect("钱还没退回来", Tier.URGENT, RuleFamily.REFUND);
    }

    // ---- false majors before ----

    @Test
    void smoke_grey_jacket_is_not_major() {
        notMajor("The smoke grey jacket has a broken zip");
    }

    @Test
    void agent_sue_being_rude_is_not_major() {
        notMajor("Your agent Sue was rude");
    }

    @Test
    void an_advert_seen_on_social_media_is_not_a_public_post() {
        assertThat(tier("在社交媒体上看到的广告，价格不一样").tier()).isEqualTo(Tier.NORMAL);
    }

    @Test
    void court_shoes_are_not_major() {
        notMajor("The court shoes are too narrow");
    }

    @Test
    void fire_red_lipstick_is_not_major() {
        notMajor("The Fire Red lipstick is a different shade");
    }

    @Test
    void a_journalist_is_media_not_legal_or_regulator() {
        TieringEngine.Result r = tier("我已经联系了记者");
        assertThat(r.tier()).isEqualTo(Tier.MAJOR);
        assertThat(TierReason.families(r.reason())).containsExactly(RuleFamily.MEDIA);
    }

    // ---- bad input ----

    @Test
    void bad_input_gets_a_tier_and_a_reason_without_error() {
        for (String text : List.of("", "   ", "😀".repeat(4000), "我的lawyer说要sue你们", "我要投訴，已經找了消費者協會和記者",
                "ＭＹ　ＬＡＷＹＥＲ　ｗｉｌｌ　ｃａｌｌ　１２３１５", "<p>My <b>lawyer</b> &amp; I will <script>alert(1)</script> sue</p>")) {
            TieringEngine.Result r = tier(text);
            assertThat(r.tier()).isNotNull();
            assertThat(r.reason()).isNotBlank();
            assertThat(TierReason.render(r.reason(), (k, a) -> i18n.translate(Locale.ENGLISH, k, a))).isNotBlank();
        }
        assertThat(tier("我要投訴，已經找了消費者協會和記者").tier()).isEqualTo(Tier.MAJOR);
        assertThat(tier("ＭＹ　ＬＡＷＹＥＲ　ｗｉｌｌ　ｃａｌｌ").tier()).isEqualTo(Tier.MAJOR);
        assertThat(tier("<p>My <b>lawyer</b> will call</p>").tier()).isEqualTo(Tier.MAJOR);
        assertThat(tier("").tier()).isEqualTo(Tier.NORMAL);
    }

    // ---- the reason in the reader's language ----

    @Test
    void tier_reason_names_the_family_and_words_in_english_and_chinese() {
        TieringEngine.Result r = tier("我已经联系了记者，律师也会起诉你们");
        String en = TierReason.render(r.reason(), (k, a) -> i18n.translate(Locale.ENGLISH, k, a));
        String zh = TierReason.render(r.reason(), (k, a) -> i18n.translate(Locale.SIMPLIFIED_CHINESE, k, a));
        assertThat(en).startsWith("Major: ").contains("media or viral exposure").contains("legal or regulator risk").contains("“记者”");
        assertThat(zh).startsWith("重大").contains("媒体或网络扩散").contains("法律或监管风险").contains("“律师”");
        assertThat(r.reason()).as("stored as rule ids and words, not a sentence").startsWith("@T2|MAJOR|");
    }
}
