package com.cxops.portal.surveys;

/**
 * CSAT = share of 4 and 5 answers on the 1-5 scale, in % (DOMAIN.md). Its 95 % margin of error is the normal
 * approximation of a proportion: 1.96 x 100 x sqrt(p (1 - p) / n).
 */
public final class CsatCalculator {

    public static final int SATISFIED_MIN = 4;
    /** A CSAT of 1 or 2 closes the loop (a follow-up task). */
    public static final int UNHAPPY_MAX = 2;

    private CsatCalculator() {
    }

    public static ScoreResult of(long satisfied, long total, int smallSampleBelow) {
        if (satisfied < 0 || total < satisfied) {
            throw new IllegalArgumentException("bad counts");
        }
        if (total == 0) {
            return ScoreResult.none();
        }
        double p = (double) satisfied / total;
        double margin = NpsCalculator.Z95 * 100 * Math.sqrt(p * (1 - p) / total);
        return new ScoreResult(total, 100 * p, margin, total < smallSampleBelow);
    }

    /** From a histogram: {@code counts[s - 1]} answers with score s (1..5). */
    public static ScoreResult ofHistogram(long[] counts, int smallSampleBelow) {
        if (counts.length != 5) {
            throw new IllegalArgumentException("CSAT histogram needs 5 scores");
        }
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return of(counts[3] + counts[4], total, smallSampleBelow);
    }

    public static ScoreResult ofScores(int[] scores, int smallSampleBelow) {
        long[] counts = new long[5];
        for (int s : scores) {
            if (!SurveyKind.CSAT.onScale(s)) {
                throw new IllegalArgumentException("CSAT score out of scale: " + s);
            }
            counts[s - 1]++;
        }
        return ofHistogram(counts, smallSampleBelow);
    }
}
