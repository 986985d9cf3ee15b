package com.cxops.portal.complaints.tiering;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.complaints.TieringEngine;
import com.cxops.portal.complaints.TieringRuleService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long tiering one complaint takes with all default rules, text analysis included (normalizing, segmenting,
 * matching, counting), on one thread after warm-up: p50 / p95 / p99 for the corpus and for 4 000-character texts in
 * Chinese, English, mixed and emoji, as wall-clock time and as the thread's CPU time (which leaves out time spent
 * waiting for a core when other builds share the machine). A printout, not a pass/fail timing.
 * Run: ./mvnw -o test -Dtest=TieringSpeedBench -Dtiering.bench=true
 */
@EnabledIfSystemProperty(named = "tiering.bench", matches = "true")
class TieringSpeedBench extends SpringTestBase {

    static final int LONG = 4000;

    @Autowired
    TieringRuleService ruleService;
    @Autowired
    SettingsService settings;

    @Test
    void print_tiering_time_per_complaint() {
        actAs(unique("admin"), Role.ADMIN);
        List<TieringEngine.RuleSpec> rules = ruleService.list().stream().map(r -> r.toSpec()).toList();
        int batch = settings.getInt(TieringSettings.BATCH_ESTIMATE);
        List<String> corpus = new ArrayList<>();
        Corpus.load("tuning.tsv").forEach(e -> corpus.add(e.text()));
        Corpus.load("held-out.tsv").forEach(e -> corpus.add(e.text()));

        Map<String, List<String>> inputs = new LinkedHashMap<>();
        inputs.put("corpus complaints (" + corpus.size() + ")", corpus);
        inputs.put("4 000 chars Chinese, one trigger", longTexts(ZH, ZH_TRIGGERS));
        inputs.put("4 000 chars English, one trigger", longTexts(EN, EN_TRIGGERS));
        inputs.put("4 000 chars mixed, one trigger", longTexts(MIXED, MIXED_TRIGGERS));
        inputs.put("4 000 emoji", List.of("😀".repeat(LONG), "🙂👍🔥".repeat(LONG / 3), "😡".repeat(LONG / 2) + "💔".repeat(LONG / 2)));
        inputs.put("4 000 chars Chinese, trigger words throughout", List.of(fill(List.of("我要找律师起诉你们，还要发到微博上。"), "")));
        inputs.put("4 000 chars English, trigger words throughout", List.of(fill(List.of("My lawyer will sue you and I posted it on Facebook. "), "")));

        for (int warm = 0; warm < 5; warm++) {
            inputs.values().forEach(texts -> texts.forEach(t -> tier(rules, t, batch)));
        }
        System.out.printf(Locale.ROOT, "%n=== tiering speed: %d rules, text analysis included, one thread; load average %.1f on %d cores ===%n",
                rules.size(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        for (Map.Entry<String, List<String>> e : inputs.entrySet()) {
            int rounds = Math.max(5, 400 / e.getValue().size());
            print(e.getKey() + " x " + rounds, time(rules, e.getValue(), batch, rounds));
        }
    }

    private static final List<String> ZH = List.of("我上周在你们店里买了一件羊毛大衣，订单号是20440315，付款以后一直显示待发货。",
            "客服第一次说三天内发出，第二次又说仓库缺货，要等到下个月。", "我每天都去查物流，但是页面上什么都没有更新，打电话也没人接。",
            "衣服是给我妈妈买的生日礼物，现在生日已经过了，我真的很失望。", "你们的商品页面写着现货，结果根本没有货，这是误导消费者。",
            "我希望你们尽快给我一个明确的答复，告诉我到底什么时候能收到。", "之前在你们这里买过很多次，一直觉得服务不错，这次让我很难接受。");
    private static final List<String> ZH_TRIGGERS = List.of("我已经把这件事发到小红书上了。", "如果再不处理，我就去找消费者协会。",
            "钱到现在还没退回来。", "我孩子穿了以后皮肤过敏，起了红疹。");
    private static final List<String> EN = List.of("I ordered a wool coat from your shop last week and paid straight away, but it still says awaiting dispatch. ",
            "The first agent told me it would ship within three days; the second said the warehouse was out of stock until next month. ",
            "I check the tracking page every morning and nothing has changed, and nobody picks up the phone when I call. ",
            "The coat was a birthday present for my mother, the birthday has passed, and I am very disappointed. ",
            "Your product page said in stock, which was simply not true, and that feels misleading. ",
            "Please give me a clear answer about when it will arrive, or cancel the order and tell me what happens next. ",
            "I have bought from you many times before and always liked the service, so this is hard to accept. ");
    private static final List<String> EN_TRIGGERS = List.of("I have posted about this on Instagram. ", "My lawyer will contact you next week. ",
            "I still haven't received my refund. ", "My son got a rash and we had to go to hospital. ");
    private static final List<String> MIXED = List.of("我上周买的wool coat到现在还是awaiting dispatch，客服说three days内发货。",
            "The tracking page 一直没有更新，nobody answers the phone。", "这是给我妈妈的birthday present，现在已经过了，very disappointed。",
            "Product page写着in stock，其实根本没有货，这很misleading。", "Please 尽快给我一个clear answer，不然就cancel the order。");
    private static final List<String> MIXED_TRIGGERS = List.of("我已经posted on 微博了。", "My lawyer 会联系你们。", "refund 还没退回来。",
            "我的孩子got a rash，去了hospital。");

    /** Ten texts of about 4 000 characters each, the trigger sentence at a different place in each. */
    private static List<String> longTexts(List<String> filler, List<String> triggers) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(fill(filler.subList(i % filler.size(), filler.size()), triggers.get(i % triggers.size()), i));
        }
        return out;
    }

    private static String fill(List<String> sentences, String trigger) {
        return fill(sentences, trigger, 0);
    }

    private static String fill(List<String> sentences, String trigger, int variant) {
        StringBuilder b = new StringBuilder(LONG + 200);
        int at = (LONG / 10) * variant;
        boolean placed = trigger.isEmpty();
        for (int i = 0; b.length() < LONG; i++) {
            if (!placed && b.length() >= at) {
                b.append(trigger);
                placed = true;
            }
            b.append(sentences.get(i % sentences.size()));
        }
        String s = b.substring(0, LONG);
        return placed ? s : s.substring(0, LONG - trigger.length()) + trigger;
    }

    private static TieringEngine.Result tier(List<TieringEngine.RuleSpec> rules, String text, int batch) {
        return TieringEngine.evaluate(rules, new Corpus.Example(0, Tier.NORMAL, "NONE", "x", text).facts(batch));
    }

    /** Wall-clock and on-CPU nanoseconds per complaint, each sorted (CPU time leaves out waiting for a core on a busy machine). */
    private static long[][] time(List<TieringEngine.RuleSpec> rules, List<String> texts, int batch, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[texts.size() * rounds];
        long[] cpu = new long[wall.length];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                tier(rules, t, batch);
                wall[k] = System.nanoTime() - start;
                cpu[k++] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new long[][]{wall, cpu};
    }

    private static void print(String what, long[][] sorted) {
        long[] wall = sorted[0];
        long[] cpu = sorted[1];
        System.out.printf(Locale.ROOT, "%-50s wall p50 %6.3f  p95 %6.3f  p99 %6.3f ms | cpu p50 %6.3f  p95 %6.3f  p99 %6.3f ms%n", what,
                at(wall, 0.50), at(wall, 0.95), at(wall, 0.99), at(cpu, 0.50), at(cpu, 0.95), at(cpu, 0.99));
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
