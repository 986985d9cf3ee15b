package com.cxops.portal.complaints;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.customers.CustomerLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The default rules seeded from DOMAIN.md (migration V3_1), each proven on its own. */
class DefaultTieringRulesTest extends SpringTestBase {

    private static final Set<String> DEFAULTS = Set.of("public post", "VIP customer", "money not refunded", "refund missing (keywords)",
            "repeat complaint", "media or viral exposure", "many customers affected", "safety", "safety (keywords)",
            "legal or regulator risk", "legal or regulator (keywords)");
    private static final Instant NOW = Instant.parse("2026-06-10T10:00:00Z");

    @Autowired
    TieringRuleRepository repository;
    List<TieringEngine.RuleSpec> rules;

    @BeforeEach
    void load() {
        rules = repository.findAllByOrderByPositionAscIdAsc().stream().filter(r -> DEFAULTS.contains(r.getName()))
                .map(TieringRule::toSpec).toList();
        assertThat(rules).hasSize(DEFAULTS.size());
    }

    private Facts base() {
        return new Facts();
    }

    /** Mutable facts for readable tests. */
    static final class Facts {
        ComplaintCategory category = ComplaintCategory.PRODUCT_QUALITY;
        ComplaintChannel channel = ComplaintChannel.PHONE;
        SpreadRisk spread = SpreadRisk.PRIVATE;
        int affected = 1;
        CustomerLayer layer = CustomerLayer.REGULAR;
        boolean vip;
        String subject = "Kettle broken";
        String description = "It stopped working.";
        Instant previous;
        BigDecimal amount;

        TieringEngine.Facts build() {
            return new TieringEngine.Facts(category, channel, spread, affected, layer, vip, subject, description, previous, NOW, amount);
        }
    }

    private TieringEngine.Result tier(Facts f) {
        return TieringEngine.evaluate(rules, f.build());
    }

    @Test
    void ordinary_private_complaint_is_normal() {
        assertThat(tier(base()).tier()).isEqualTo(Tier.NORMAL);
    }

    @Test
    void public_negative_post_is_urgent() {
        Facts f = base();
        f.spread = SpreadRisk.PUBLIC_POST;
        assertThat(tier(f).summary()).isEqualTo("Urgent: public post");
    }

    @Test
    void vip_customer_is_urgent() {
        Facts f = base();
        f.vip = true;
        assertThat(tier(f).summary()).isEqualTo("Urgent: VIP customer");
    }

    @Test
    void money_not_refunded_is_urgent_by_category_and_by_keywords() {
        Facts f = base();
        f.category = ComplaintCategory.REFUND_NOT_RECEIVED;
        assertThat(tier(f).summary()).isEqualTo("Urgent: money not refunded");
        Facts words = base();
        words.description = "两周了还是退款未到账";
        assertThat(tier(words).summary()).isEqualTo("Urgent: refund missing (keywords)");
        Facts english = base();
        english.subject = "Order 123 still NOT REFUNDED";
        assertThat(tier(english).tier()).isEqualTo(Tier.URGENT);
    }

    @Test
    void repeat_complaint_within_seven_days_is_urgent() {
        Facts f = base();
        f.previous = NOW.minusSeconds(3 * 86400);
        assertThat(tier(f).summary()).isEqualTo("Urgent: repeat complaint");
        f.previous = NOW.minusSeconds(8 * 86400);
        assertThat(tier(f).tier()).isEqualTo(Tier.NORMAL);
    }

    @Test
    void media_or_viral_exposure_is_major() {
        Facts f = base();
        f.spread = SpreadRisk.MEDIA_VIRAL;
        assertThat(tier(f).summary()).isEqualTo("Major: media or viral exposure");
    }

    @Test
    void many_customers_affected_is_major_from_twenty() {
        Facts f = base();
        f.affected = 19;
        assertThat(tier(f).tier()).isEqualTo(Tier.NORMAL);
        f.affected = 20;
        assertThat(tier(f).summary()).isEqualTo("Major: many customers affected");
    }

    @Test
    void safety_is_major_by_category_and_by_english_or_chinese_keywords() {
        Facts f = base();
        f.category = ComplaintCategory.PRODUCT_SAFETY;
        assertThat(tier(f).summary()).isEqualTo("Major: safety");
        Facts en = base();
        en.description = "The battery EXPLODED on the desk";
        assertThat(tier(en).summary()).isEqualTo("Major: safety (keywords)");
        Facts zh = base();
        zh.subject = "充电宝爆炸";
        assertThat(tier(zh).summary()).isEqualTo("Major: safety (keywords)");
    }

    @Test
    void legal_or_regulator_risk_is_major_by_category_and_keywords() {
        Facts f = base();
        f.category = ComplaintCategory.LEGAL_REGULATORY;
        assertThat(tier(f).summary()).isEqualTo("Major: legal or regulator risk");
        Facts zh = base();
        zh.description = "不解决我就打12315找市场监管";
        assertThat(tier(zh).summary()).isEqualTo("Major: legal or regulator (keywords)");
        Facts en = base();
        en.description = "My lawyer will contact you";
        assertThat(tier(en).tier()).isEqualTo(Tier.MAJOR);
        Facts notLegal = base();
        notLegal.description = "There is an issue with the lid";
        assertThat(tier(notLegal).tier()).as("'sue' inside 'issue' is no keyword").isEqualTo(Tier.NORMAL);
    }

    @Test
    void major_beats_urgent_and_the_reason_names_only_major_rules() {
        Facts f = base();
        f.vip = true;
        f.spread = SpreadRisk.MEDIA_VIRAL;
        f.affected = 50;
        assertThat(tier(f).tier()).isEqualTo(Tier.MAJOR);
        assertThat(tier(f).summary()).isEqualTo("Major: media or viral exposure; many customers affected");
    }
}
