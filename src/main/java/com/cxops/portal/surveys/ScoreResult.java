package com.cxops.portal.surveys;

/**
 * A score (NPS -100..100 or CSAT 0..100 %) from {@code answers} answers, with the 95 % margin of error in the same
 * points. {@code smallSample}: fewer answers than the threshold, so the score is shown as "small sample" rather than as
 * a bare number. With no answers there is no score ({@link #hasScore()} false).
 */
public record ScoreResult(long answers, double score, double marginOfError, boolean smallSample) {

    public static ScoreResult none() {
        return new ScoreResult(0, Double.NaN, Double.NaN, true);
    }

    public boolean hasScore() {
        return answers > 0;
    }

    public long rounded() {
        return Math.round(score);
    }

    public long roundedMargin() {
        return Math.round(marginOfError);
    }
}
