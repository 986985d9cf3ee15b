package com.cxops.portal.bench;

import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.surveys.CampaignForm;
import com.cxops.portal.surveys.CampaignKind;
import com.cxops.portal.surveys.CampaignService;
import com.cxops.portal.surveys.SampleKind;
import com.cxops.portal.surveys.SurveyKind;
import com.cxops.portal.surveys.SurveyResults;
import com.cxops.portal.surveys.SurveyResultsService;
import com.cxops.portal.surveys.SurveySettings;
import com.cxops.portal.surveys.SurveySplit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The two survey operations of the benchmark: what the NPS and CSAT page loads for a quarter split by layer, and a
 * relationship campaign over every customer creating its invitations; each with its SQL floor.
 */
final class SurveyOperations {

    static final String BY_LAYER = "NPS and CSAT by layer for a quarter";
    static final String CAMPAIGN = "campaign of 200 000 customers created";
    static final double BY_LAYER_P95_MS = 200;
    static final double CAMPAIGN_SECONDS = 60;
    /** The months of the trend the results page shows (SurveyDashboardView). */
    static final int TREND_MONTHS = 12;

    private SurveyOperations() {
    }

    /**
     * {@code SurveyResultsService.overview} for NPS and for CSAT over the last full quarter of the shop's zone, split by
     * layer, with the 12-month trend (as the page asks for it); the floor reads the same histograms from the monthly
     * rollups with two queries per kind (the quarter's months by layer, the twelve months of the whole). Both give
     * per kind and group the answers, the score to one decimal, the invitations sent and answered, and each month's.
     */
    static BenchOperation byLayer(BenchContext ctx) {
        SurveyResultsService results = ctx.spring.getBean(SurveyResultsService.class);
        ZoneId zone = ctx.spring.getBean(ShopSettings.class).zone();
        return BenchOperation.ms(BY_LAYER, run -> BenchContext.as(ctx.manager, () -> {
            Instant[] q = lastQuarter(ctx, zone);
            List<String> out = new ArrayList<>();
            for (SurveyKind kind : SurveyKind.values()) {
                SurveyResults.Overview o = results.overview(kind, q[0], q[1], SurveySplit.LAYER, TREND_MONTHS);
                out.add(line(kind, "all", o.total().score().answers(), o.total().score().score(), o.total().sent(),
                        o.total().answeredOfSent()));
                o.groups().stream().sorted(java.util.Comparator.comparing(SurveyResults.Group::group)).forEach(g ->
                        out.add(line(kind, g.group(), g.score().answers(), g.score().score(), g.sent(), g.answeredOfSent())));
                o.trend().forEach(m -> out.add(kind + " " + m.month() + ": " + m.score().answers() + " " + num(m.score().score())));
            }
            return out;
        }), run -> {
            Instant[] q = lastQuarter(ctx, zone);
            List<String> out = new ArrayList<>();
            for (SurveyKind kind : SurveyKind.values()) {
                // the quarter's three months of the monthly rollups, by layer: one row per layer and month
                Map<String, long[]> histograms = new TreeMap<>();
                Map<String, long[]> sent = new TreeMap<>();
                ctx.jdbc.query("SELECT grp, SUM(sent), SUM(answered), " + SCORE_SUMS + " FROM survey_rollup WHERE kind = ? "
                                + "AND dimension = 'LAYER' AND month_key >= ? AND month_key <= ? GROUP BY grp", rs -> {
                            long[] h = scores(rs, 4, kind);
                            if (n(h) > 0) {
                                histograms.put(rs.getString(1), h);
                            }
                            if (rs.getLong(2) > 0) {
                                sent.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                            }
                        }, kind.name(), monthKey(q[0], zone), monthKey(q[1].minusNanos(1), zone));
                long[] all = new long[11];
                histograms.values().forEach(h -> {
                    for (int i = 0; i < h.length; i++) {
                        all[i] += h[i];
                    }
                });
                long allSent = sent.values().stream().mapToLong(s -> s[0]).sum();
                long allAnswered = sent.values().stream().mapToLong(s -> s[1]).sum();
                out.add(line(kind, "all", n(all), score(kind, all), allSent, allAnswered));
                TreeMap<String, Boolean> groups = new TreeMap<>();
                histograms.keySet().forEach(g -> groups.put(g, true));
                sent.keySet().forEach(g -> groups.put(g, true));
                for (String g : groups.keySet()) {
                    long[] h = histograms.getOrDefault(g, new long[11]);
                    long[] s = sent.getOrDefault(g, new long[2]);
                    out.add(line(kind, g, n(h), score(kind, h), s[0], s[1]));
                }
                out.addAll(trend(ctx, kind, zone, q[1]));
            }
            return out;
        }, BY_LAYER_P95_MS, 0);
    }

    private static final String SCORE_SUMS = "SUM(s0), SUM(s1), SUM(s2), SUM(s3), SUM(s4), SUM(s5), SUM(s6), SUM(s7), "
            + "SUM(s8), SUM(s9), SUM(s10)";

    /** The scores of a rollup row from column {@code c} (s0) on, indexed from the kind's lowest score. */
    private static long[] scores(java.sql.ResultSet rs, int c, SurveyKind kind) throws java.sql.SQLException {
        long[] h = new long[11];
        for (int score = kind.min(); score <= kind.max(); score++) {
            h[score - kind.min()] = rs.getLong(c + score);
        }
        return h;
    }

    private static int monthKey(Instant at, ZoneId zone) {
        YearMonth m = YearMonth.from(at.atZone(zone));
        return m.getYear() * 100 + m.getMonthValue();
    }

    /** The floor's trend: the twelve months' rows of the whole (dimension ALL) from the monthly rollups. */
    private static List<String> trend(BenchContext ctx, SurveyKind kind, ZoneId zone, Instant to) {
        YearMonth last = YearMonth.from(to.minusNanos(1).atZone(zone));
        YearMonth first = last.minusMonths(TREND_MONTHS - 1);
        Map<YearMonth, long[]> h = new TreeMap<>();
        ctx.jdbc.query("SELECT month_key, " + SCORE_SUMS.replace("SUM(", "(") + " FROM survey_rollup WHERE kind = ? "
                        + "AND dimension = 'ALL' AND grp = '' AND month_key >= ? AND month_key <= ?",
                rs -> { h.put(YearMonth.of(rs.getInt(1) / 100, rs.getInt(1) % 100), scores(rs, 2, kind)); },
                kind.name(), first.getYear() * 100 + first.getMonthValue(), last.getYear() * 100 + last.getMonthValue());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < TREND_MONTHS; i++) {
            long[] m = h.getOrDefault(first.plusMonths(i), new long[11]);
            out.add(kind + " " + first.plusMonths(i) + ": " + n(m) + " " + num(score(kind, m)));
        }
        return out;
    }

    /**
     * {@code CampaignService.start} of a relationship NPS campaign over every layer, all of the reachable customers
     * (the large shop's 200 000 less those without e-mail, opted out or within the quiet period), waiting until every
     * invitation is written; the heap growth seen at each progress step is printed (it stays flat: one chunk at a
     * time). The floor writes the same customers' invitations with one INSERT ... SELECT. Both return how many
     * invitations were written and the sum of their customer ids, then remove their campaign again (so the shop does
     * not grow from run to run; the time includes that DELETE on both sides). The send window lies a century ahead, so
     * no sender ever finds these invitations due.
     */
    static BenchOperation campaign(BenchContext ctx) {
        CampaignService campaigns = ctx.spring.getBean(CampaignService.class);
        return BenchOperation.job(CAMPAIGN, run -> BenchContext.as(ctx.manager, () -> {
            CampaignForm form = new CampaignForm();
            form.setName("bench campaign " + run);
            form.setKind(CampaignKind.RELATIONSHIP);
            form.setLayers(EnumSet.allOf(CustomerLayer.class));
            form.setSampleKind(SampleKind.ALL);
            form.setWindowStart(windowStart(ctx));
            form.setWindowEnd(windowStart(ctx).plus(Duration.ofDays(7)));
            Runtime rt = Runtime.getRuntime();
            long before = rt.totalMemory() - rt.freeMemory();
            long[] peak = {before};
            CampaignService.Started started = campaigns.start(form, p -> peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory()));
            CampaignService.Progress done = started.done().get(30, TimeUnit.MINUTES);
            if (done.failed()) {
                throw new IllegalStateException("the campaign failed after " + done.invited() + " invitations");
            }
            System.out.printf(Locale.ROOT, "Campaign: %d invitations; heap growth seen at progress %d MB%n", done.invited(),
                    (peak[0] - before) >> 20);
            return written(ctx, started.campaignId());
        }), run -> {
            long id = ctx.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM survey_campaign", Long.class);
            Instant now = ctx.clock.instant();
            LocalDateTime window = utc(windowStart(ctx));
            ctx.jdbc.update("INSERT INTO survey_campaign (id, version, name, kind, status, vip, sample_kind, sample_value, "
                    + "window_start, window_end, created_at, created_by) VALUES (?, 0, ?, 'RELATIONSHIP', 'RUNNING', 'ANY', 'ALL', 100, "
                    + "?, ?, ?, 'bench')", id, "bench campaign floor " + run, window, window.plusDays(7), utc(now));
            ctx.jdbc.update("INSERT INTO survey_invitation (kind, status, customer_id, campaign_id, language, send_at, created_at, "
                            + "customer_layer, membership, vip) SELECT 'NPS', 'SCHEDULED', c.id, ?, COALESCE(sc.language, ?), ?, ?, "
                            + "c.layer, c.membership_level, CASE WHEN c.layer = 'HIGH_NET_WORTH' OR c.high_net_worth OR c.manual_vip "
                            + "THEN TRUE ELSE FALSE END FROM customer c LEFT JOIN survey_customer sc ON sc.customer_id = c.id "
                            + "WHERE c.survey_opt_out = FALSE AND c.email IS NOT NULL AND c.email <> '' "
                            + "AND (sc.last_invited_at IS NULL OR sc.last_invited_at <= ?)",
                    id, ctx.settings.get(SurveySettings.DEFAULT_LANGUAGE), window, utc(now),
                    utc(now.minus(Duration.ofDays(ctx.settings.getInt(SurveySettings.QUIET_DAYS)))));
            return written(ctx, id);
        }, CAMPAIGN_SECONDS);
    }

    /** Both operations, for {@link BenchOperations#all}. */
    static List<BenchOperation> all(BenchContext ctx) {
        return List.of(byLayer(ctx), campaign(ctx));
    }

    /** How many invitations the campaign has and the sum of their customers' ids; then the campaign is removed. */
    private static List<Long> written(BenchContext ctx, long campaignId) {
        Map<String, Object> r = ctx.jdbc.queryForMap("SELECT COUNT(*) AS n, COALESCE(SUM(customer_id), 0) AS ids "
                + "FROM survey_invitation WHERE campaign_id = ?", campaignId);
        ctx.jdbc.update("DELETE FROM survey_invitation WHERE campaign_id = ?", campaignId);
        ctx.jdbc.update("DELETE FROM survey_campaign WHERE id = ?", campaignId);
        return List.of(((Number) r.get("n")).longValue(), ((Number) r.get("ids")).longValue());
    }

    private static Instant windowStart(BenchContext ctx) {
        return ctx.clock.instant().plus(Duration.ofDays(36_500));
    }

    /** [start, end) of the last full calendar quarter before now, in the shop's zone. */
    private static Instant[] lastQuarter(BenchContext ctx, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(ctx.clock.instant(), zone);
        LocalDate thisQuarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        LocalDate start = thisQuarter.minusMonths(3);
        return new Instant[]{start.atStartOfDay(zone).toInstant(), thisQuarter.atStartOfDay(zone).toInstant()};
    }

    private static String line(SurveyKind kind, String group, long answers, double score, long sent, long answered) {
        return kind + " " + group + ": " + answers + " answers, score " + num(score) + ", " + answered + " of " + sent + " sent answered";
    }

    private static long n(long[] h) {
        long n = 0;
        for (long c : h) {
            n += c;
        }
        return n;
    }

    /** NPS = % promoters - % detractors; CSAT = % of 4 and 5; NaN without answers. */
    private static double score(SurveyKind kind, long[] h) {
        long n = n(h);
        if (n == 0) {
            return Double.NaN;
        }
        // the same floating-point steps as the calculators, so the rounded scores compare equal
        if (kind == SurveyKind.NPS) {
            double p = (double) (h[9] + h[10]) / n;
            double d = (double) (h[0] + h[1] + h[2] + h[3] + h[4] + h[5] + h[6]) / n;
            return 100 * (p - d);
        }
        return 100 * ((double) (h[3] + h[4]) / n);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

}
