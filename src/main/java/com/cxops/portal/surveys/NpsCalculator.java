package com.cxops.portal.surveys;

/**
 * NPS = % promoters (9-10) - % detractors (0-6), -100..100 (DOMAIN.md). Each answer counts +1 (promoter), 0 (passive)
 * or -1 (detractor); NPS is 100 x their mean, and its 95 % margin of error is 1.96 x 100 x sqrt(variance / n) with the
 * variance of that +1/0/-1 variable: p + d - (p - d)^2 (p, d the promoter and detractor shares).
 */
public final class NpsCalculator {

    public static final int DETRACTOR_MAX = 6;
    public static final int PROMOTER_MIN = 9;
    static final double Z95 = 1.959964;

    private NpsCalculator() {
    }

    public static boolean promoter(int score) {
        return score >= PROMOTER_MIN;
    }

    public static boolean detractor(int score) {
        return score <= DETRACTOR_MAX;
    }

    /** From the counts of each group. */
    public static ScoreResult of(long promoters, long passives, long detractors, int smallSampleBelow) {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("negative count");
        }
        long n = promoters + passives + detractors;
        if (n == 0) {
            return ScoreResult.none();
        }
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double variance = Math.max(0, p + d - (p - d) * (p - d));
        double margin = Z95 * 100 * Math.sqrt(variance / n);
        return new ScoreResult(n, 100 * (p - d), margin, n < smallSampleBelow);
    }

    /** From a histogram: {@code counts[s]} answers with score s (0..10). */
    public static ScoreResult ofHistogram(long[] counts, int smallSampleBelow) {
        if (counts.length != 11) {
            throw new IllegalArgumentException("NPS histogram needs 11 scores");
        }
        long pro = 0;
        long pas = 0;
        long det = 0;
        for (int s = 0; s <= 10; s++) {
            if (promoter(s)) {
                pro += counts[s];
            } else if (detractor(s)) {
                det += counts[s];
            } else {
                pas += counts[s];
            }
        }
        return of(pro, pas, det, smallSampleBelow);
    }

    public static ScoreResult ofScores(int[] scores, int smallSampleBelow) {
        long[] counts = new long[11];
        for (int s : scores) {
            if (!SurveyKind.NPS.onScale(s)) {
                throw new IllegalArgumentException("NPS score out of scale: " + s);
            }
            counts[s]++;
        }
        return ofHistogram(counts, smallSampleBelow);
    }
}
