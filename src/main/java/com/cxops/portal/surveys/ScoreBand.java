package com.cxops.portal.surveys;

/** Answers by how they feel: NPS promoters/passives/detractors; CSAT satisfied (4-5), neutral (3), unhappy (1-2). */
public enum ScoreBand {
    HAPPY, NEUTRAL, UNHAPPY;

    int low(SurveyKind kind) {
        return switch (this) {
            case HAPPY -> kind == SurveyKind.NPS ? NpsCalculator.PROMOTER_MIN : CsatCalculator.SATISFIED_MIN;
            case NEUTRAL -> kind == SurveyKind.NPS ? NpsCalculator.DETRACTOR_MAX + 1 : CsatCalculator.UNHAPPY_MAX + 1;
            case UNHAPPY -> kind.min();
        };
    }

    int high(SurveyKind kind) {
        return switch (this) {
            case HAPPY -> kind.max();
            case NEUTRAL -> kind == SurveyKind.NPS ? NpsCalculator.PROMOTER_MIN - 1 : CsatCalculator.SATISFIED_MIN - 1;
            case UNHAPPY -> kind == SurveyKind.NPS ? NpsCalculator.DETRACTOR_MAX : CsatCalculator.UNHAPPY_MAX;
        };
    }

    public String messageKey(SurveyKind kind) {
        return "surveys.band." + kind.name() + "." + name();
    }
}
