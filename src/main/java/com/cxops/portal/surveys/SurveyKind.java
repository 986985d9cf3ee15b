package com.cxops.portal.surveys;

/** DOMAIN.md "Surveys": NPS asks 0-10 about recommending us, CSAT asks 1-5 about how a complaint was handled. */
public enum SurveyKind {
    NPS(0, 10), CSAT(1, 5);

    private final int min;
    private final int max;

    SurveyKind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean onScale(int score) {
        return score >= min && score <= max;
    }

    /** Unhappy answers close the loop: an NPS detractor (0-6) or a CSAT of 1-2. */
    public boolean unhappy(int score) {
        return this == NPS ? score <= NpsCalculator.DETRACTOR_MAX : score <= CsatCalculator.UNHAPPY_MAX;
    }

    public String messageKey() {
        return "surveys.kind." + name();
    }
}
