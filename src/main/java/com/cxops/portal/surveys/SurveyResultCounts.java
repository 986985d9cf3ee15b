package com.cxops.portal.surveys;

import com.cxops.portal.base.settings.ShopSettings;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The numbers the survey results are shaped from (score histograms and responses per split group, and per month):
 * read from the monthly rollups when they can answer the filter, counted live otherwise. Either way the numbers
 * are the same.
 */
@Component
class SurveyResultCounts {

    private final SurveyAnswerQueries queries;
    private final SurveyRollupReads rollups;
    private final ShopSettings shop;

    SurveyResultCounts(SurveyAnswerQueries queries, SurveyRollupReads rollups, ShopSettings shop) {
        this.queries = queries;
        this.rollups = rollups;
        this.shop = shop;
    }

    /**
     * The histograms and responses per group of the split: the whole months of the period from the monthly rollups
     * when they can answer (the filter names at most one dimension, the split's), the edges of a period that is not
     * month-aligned live; otherwise all live. The maps hold the same groups and numbers either way.
     */
    void counts(AnswerFilter f, SurveySplit split, Map<String, long[]> histograms, Map<String, long[]> response) {
        ZoneId zone = shop.zone();
        String[] rollup = rollupKey(f, split);
        SurveyRollupReads.Cover cover = rollup == null ? null : SurveyRollupReads.cover(f.from(), f.to(), zone);
        if (cover == null || !cover.hasMonths() || !rollups.ready(zone)) {
            histograms.putAll(queries.histograms(f, split));
            response.putAll(queries.responses(f, split));
            return;
        }
        int size = f.kind().max() - f.kind().min() + 1;
        rollups.read(f.kind(), rollup[0], rollup[1], cover.first(), cover.last()).forEach((group, c) -> {
            String key = split == null ? "" : group;
            long[] h = new long[size];
            long n = 0;
            for (int score = f.kind().min(); score <= f.kind().max(); score++) {
                h[score - f.kind().min()] = c.scores()[score];
                n += c.scores()[score];
            }
            if (n > 0) {
                add(histograms, key, h);
            }
            if (c.sent() > 0) {
                add(response, key, new long[]{c.sent(), c.answered()});
            }
        });
        for (Instant[] edge : cover.edges()) {
            AnswerFilter ef = new AnswerFilter(f.kind(), edge[0], edge[1], f.groups(), null, null, false, null);
            queries.histograms(ef, split).forEach((k, v) -> add(histograms, k, v));
            queries.responses(ef, split).forEach((k, v) -> add(response, k, v));
        }
    }

    /**
     * The histograms of the months {@code last - months + 1 .. last} of the shop's zone, oldest first: read from the
     * monthly rollups in one query when they can answer the filter, else one indexed query per month.
     */
    List<long[]> monthly(AnswerFilter f, int months, YearMonth last) {
        ZoneId zone = shop.zone();
        int size = f.kind().max() - f.kind().min() + 1;
        String[] rollup = rollupKey(new AnswerFilter(f.kind(), f.from(), f.to(), f.groups(), null, null, false, null), null);
        Map<YearMonth, long[]> rolled = rollup != null && months > 0 && rollups.ready(zone)
                ? rollups.monthlyScores(f.kind(), rollup[0], rollup[1] == null ? "" : rollup[1], last.minusMonths(months - 1), last)
                : null;
        List<long[]> out = new ArrayList<>(Math.max(months, 0));
        for (int i = months - 1; i >= 0; i--) {
            YearMonth m = last.minusMonths(i);
            long[] h;
            if (rolled != null) {
                long[] s = rolled.get(m);
                h = new long[size];
                if (s != null) {
                    System.arraycopy(s, f.kind().min(), h, 0, size);
                }
            } else {
                Instant start = m.atDay(1).atStartOfDay(zone).toInstant();
                Instant end = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
                AnswerFilter mf = new AnswerFilter(f.kind(), start, end, f.groups(), null, null, false, null);
                h = queries.histograms(mf, null).getOrDefault("", new long[size]);
            }
            out.add(h);
        }
        return out;
    }

    /** The rollup dimension and value (null: every value) that answer this filter and split, or null when none does. */
    private static String[] rollupKey(AnswerFilter f, SurveySplit split) {
        if (f.band() != null || (f.theme() != null && !f.theme().isBlank()) || f.withComment()
                || (f.text() != null && !f.text().isBlank())) {
            return null;
        }
        if (f.groups().isEmpty()) {
            return new String[]{split == null ? SurveyRollupRows.ALL : split.name(), null};
        }
        if (f.groups().size() == 1) {
            Map.Entry<SurveySplit, String> only = f.groups().entrySet().iterator().next();
            if (split == null || split == only.getKey()) {
                return new String[]{only.getKey().name(), only.getValue()};
            }
        }
        return null;
    }

    private static void add(Map<String, long[]> into, String key, long[] values) {
        long[] sum = into.get(key);
        if (sum == null) {
            into.put(key, values.clone());
        } else {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += values[i];
            }
        }
    }
}
