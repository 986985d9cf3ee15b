package com.cxops.portal.complaints.tiering;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.complaints.TieringEngine;
import com.cxops.portal.complaints.TieringRuleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading only the sentences that can hold a phrase (PhraseProbes) gives, for every default rule and every corpus
 * complaint, the same words and cancellations as reading the whole text; and a trigger buried in a long text is found.
 */
class SentenceSkippingTest extends SpringTestBase {

    @Autowired
    TieringRuleService ruleService;
    @Autowired
    SettingsService settings;

    List<TieringEngine.RuleSpec> rules;
    PhraseProbes probes;

    @BeforeEach
    void load() {
        actAs(unique("admin"), Role.ADMIN);
        rules = ruleService.list().stream().filter(r -> Corpus.DEFAULT_RULES.contains(r.getName())).map(r -> r.toSpec()).toList();
        probes = PhraseProbes.of(rules.stream().map(TieringEngine.RuleSpec::text).filter(t -> !t.isEmpty()).toList());
    }

    @Test
    void skipping_sentences_changes_no_rule_outcome_on_the_corpus() {
        List<Corpus.Example> all = new ArrayList<>(Corpus.load("tuning.tsv"));
        all.addAll(Corpus.load("held-out.tsv"));
        int skippedSome = 0;
        for (Corpus.Example e : all) {
            AnalyzedText full = AnalyzedText.of(e.text());
            AnalyzedText read = AnalyzedText.of(e.text(), probes);
            if (read.tokens().size() < full.tokens().size()) {
                skippedSome++;
            }
            for (TieringEngine.RuleSpec r : rules) {
                if (!r.text().isEmpty()) {
                    assertThat(r.text().evaluate(read)).as(e.line() + " " + r.name() + ": " + e.text()).isEqualTo(r.text().evaluate(full));
                }
            }
        }
        assertThat(skippedSome).as("complaints in which some sentence was skipped").isPositive();
    }

    @Test
    void a_trigger_in_the_middle_of_a_long_text_is_found_and_the_rest_is_not_segmented() {
        String filler = "The parcel arrived two days late and the box was a little dented, which was annoying. ";
        String en = filler.repeat(20) + "My lawyer will write to you about this. " + filler.repeat(20);
        AnalyzedText read = AnalyzedText.of(en, probes);
        assertThat(read.tokens()).hasSizeLessThan(20);
        assertThat(tier(en).tier()).isEqualTo(Tier.MAJOR);

        String zhFiller = "我上周买的外套到现在还没有发货，客服一直不回复，我很失望。";
        String zh = zhFiller.repeat(60) + "我已经在小红书上发帖了。" + zhFiller.repeat(60);
        assertThat(AnalyzedText.of(zh, probes).tokens()).hasSizeLessThan(20);
        assertThat(tier(zh).tier()).isEqualTo(Tier.URGENT);
    }

    @Test
    void a_phrase_split_by_a_space_or_a_symbol_is_still_read() {
        assertThat(tier("我要去找消费者 协会投诉").tier()).isEqualTo(Tier.MAJOR);
        assertThat(tier("The LAWYERS 😀 said so.").tier()).isEqualTo(Tier.MAJOR);
    }

    private TieringEngine.Result tier(String text) {
        Corpus.Example e = new Corpus.Example(0, Tier.NORMAL, "NONE", "x", text);
        return TieringEngine.evaluate(rules, e.facts(settings.getInt(TieringSettings.BATCH_ESTIMATE)));
    }
}
