package com.cxops.portal.complaints.tiering;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.TieringEngine;
import com.cxops.portal.complaints.TieringRuleService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long tiering one complaint takes, text analysis included, over the whole corpus and the bad inputs (a printout,
 * not a pass/fail timing). Run: ./mvnw -o test -Dtest=TieringSpeedBench -Dtiering.bench=true
 */
@EnabledIfSystemProperty(named = "tiering.bench", matches = "true")
class TieringSpeedBench extends SpringTestBase {

    @Autowired
    TieringRuleService ruleService;
    @Autowired
    SettingsService settings;

    @Test
    void print_tiering_time_per_complaint() {
        actAs(unique("admin"), Role.ADMIN);
        List<TieringEngine.RuleSpec> rules = ruleService.list().stream().map(r -> r.toSpec()).toList();
        int batch = settings.getInt(TieringSettings.BATCH_ESTIMATE);
        List<Corpus.Example> all = new ArrayList<>(Corpus.load("tuning.tsv"));
        all.addAll(Corpus.load("held-out.tsv"));
        List<String> odd = List.of("", "😀".repeat(4000), "我的lawyer说要sue你们，posted on 微博", "我要投訴，已經找了消費者協會和記者",
                "ＭＹ　ＬＡＷＹＥＲ　ｗｉｌｌ　ｃａｌｌ", "<p>My <b>lawyer</b> &amp; I</p>".repeat(100),
                "The parcel is late again and nobody answers. ".repeat(90));
        for (int warm = 0; warm < 3; warm++) {
            for (Corpus.Example e : all) {
                TieringEngine.evaluate(rules, e.facts(batch));
            }
        }
        long[] corpus = time(rules, all.stream().map(Corpus.Example::text).toList(), batch, 5);
        long[] bad = time(rules, odd, batch, 20);
        System.out.printf(Locale.ROOT, "%n=== tiering speed: %d rules, text analysis included, one thread ===%n", rules.size());
        print("corpus complaints (" + all.size() + " x 5)", corpus);
        print("bad input (" + odd.size() + " x 20, up to 4 000 characters)", bad);
    }

    private static long[] time(List<TieringEngine.RuleSpec> rules, List<String> texts, int batch, int rounds) {
        long[] nanos = new long[texts.size() * rounds];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                Corpus.Example e = new Corpus.Example(0, com.cxops.portal.complaints.Tier.NORMAL, "NONE", "x", t);
                long start = System.nanoTime();
                TieringEngine.evaluate(rules, e.facts(batch));
                nanos[k++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-45s p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  max %.3f ms%n", what, at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
