package com.cxops.portal.complaints.tiering;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The differences the held-out corpus showed, each fixed in the default rules or the text reading, and their limits. */
class TieringKnownMissesTest extends SpringTestBase {

    @Autowired
    TieringRuleService ruleService;
    @Autowired
    SettingsService settings;

    List<TieringEngine.RuleSpec> rules;

    @BeforeEach
    void load() {
        actAs(unique("admin"), Role.ADMIN);
        rules = ruleService.list().stream().filter(r -> Corpus.DEFAULT_RULES.contains(r.getName())).map(r -> r.toSpec()).toList();
    }

    private TieringEngine.Result tier(String text, boolean inferCounts) {
        return TieringEngine.evaluate(rules, new TieringEngine.Facts(ComplaintCategory.OTHER, ComplaintChannel.EMAIL, SpreadRisk.PRIVATE, 1,
                CustomerLayer.REGULAR, false, "", text, null, Instant.parse("2044-06-10T10:00:00Z"), null, inferCounts,
                settings.getInt(TieringSettings.BATCH_ESTIMATE)));
    }

    private TieringEngine.Result tier(String text) {
        return tier(text, true);
    }

    @Test
    void press_on_nails_are_not_the_press() {
        assertThat(tier("The press-on nails came without glue.").tier()).isEqualTo(Tier.NORMAL);
        assertThat(tier("I bought press on nails and half of them broke").tier()).isEqualTo(Tier.NORMAL);
        assertThat(tier("I will go to the press on Monday").tier()).as("the press is still media").isEqualTo(Tier.MAJOR);
    }

    @Test
    void a_headline_on_a_product_page_is_not_media_but_making_the_headlines_is() {
        assertThat(tier("The headline on your product page says free shipping but I paid shipping.").tier()).isEqualTo(Tier.NORMAL);
        TieringEngine.Result r = tier("This scandal will make the headlines if you ignore me");
        assertThat(r.tier()).isEqualTo(Tier.MAJOR);
        assertThat(TierReason.families(r.reason())).contains(RuleFamily.MEDIA);
    }

    @Test
    void an_instagram_story_about_the_delivery_is_an_urgent_public_post_not_media() {
        TieringEngine.Result r = tier("My Instagram story about your late delivery already has hundreds of views.");
        assertThat(r.tier()).as(r.summary()).isEqualTo(Tier.URGENT);
        assertThat(TierReason.families(r.reason())).containsExactly(RuleFamily.PUBLIC_POST);
        assertThat(tier("A journalist is writing a story about your shop").tier()).isEqualTo(Tier.MAJOR);
    }

    @Test
    void sue_addressed_at_the_start_of_a_sentence_is_a_name_not_legal_action() {
        assertThat(tier("Sue, your colleague, promised me a callback.").tier()).isEqualTo(Tier.NORMAL);
        assertThat(tier("I waited a week. Sue, could you call me back?").tier()).isEqualTo(Tier.NORMAL);
        assertThat(tier("I will sue you, your company and your boss").tier()).isEqualTo(Tier.MAJOR);
        assertThat(tier("Fire, my kitchen went black and I called for help").tier()).as("a word before a comma that names no one")
                .isEqualTo(Tier.MAJOR);
    }

    @Test
    void havent_got_my_refund_is_an_urgent_refund() {
        TieringEngine.Result r = tier("I haven't got my refund for the returned shoes.");
        assertThat(r.tier()).as(r.summary()).isEqualTo(Tier.URGENT);
        assertThat(TierReason.families(r.reason())).contains(RuleFamily.REFUND);
        assertThat(tier("I got my refund, thank you, but the box was dented").tier()).as("a refund received is no trigger")
                .isEqualTo(Tier.NORMAL);
    }

    @Test
    void havent_received_my_refund_is_an_urgent_refund() {
        TieringEngine.Result r = tier("I haven't received my refund yet and it has been three weeks.");
        assertThat(r.tier()).as(r.summary()).isEqualTo(Tier.URGENT);
        assertThat(TierReason.families(r.reason())).contains(RuleFamily.REFUND);
    }

    @Test
    void a_count_of_items_all_concerned_suggests_customers_affected() {
        assertThat(CountInference.infer("Our school ordered 120 uniforms and all of them have the wrong logo.", 20))
                .isEqualTo(new CountInference.Inferred(120, "ordered 120 uniforms"));
        assertThat(CountInference.infer("我们公司订了200套工作服，全部尺码都错了", 20).count()).isEqualTo(200);
        assertThat(CountInference.infer("I ordered 12 cups and one of them was chipped", 20)).as("not all of them").isNull();

        TieringEngine.Result byApi = tier("Our school ordered 120 uniforms and all of them have the wrong logo.");
        assertThat(byApi.tier()).isEqualTo(Tier.MAJOR);
        assertThat(TierReason.families(byApi.reason())).contains(RuleFamily.MANY_AFFECTED);
        assertThat(tier("Our school ordered 120 uniforms and all of them have the wrong logo.", false).tier())
                .as("in the portal the agent confirms the suggestion first").isEqualTo(Tier.NORMAL);
    }
}
