package com.cxops.portal.surveys;

import java.time.Instant;

/**
 * Which answers to list: kind and period (answered in [from, to)), optionally one group of a split (the drill-down
 * from a number: group as the split's value written as text, "" for none), a score band, a theme, only those with a
 * comment, and words in the comment.
 */
public record AnswerFilter(SurveyKind kind, Instant from, Instant to, SurveySplit split, String group, ScoreBand band,
                           String theme, boolean withComment, String text) {

    public static AnswerFilter of(SurveyKind kind, Instant from, Instant to) {
        return new AnswerFilter(kind, from, to, null, null, null, null, false, null);
    }

    public AnswerFilter drill(SurveySplit split, String group) {
        return new AnswerFilter(kind, from, to, split, group, band, theme, withComment, text);
    }

    public AnswerFilter withBand(ScoreBand band) {
        return new AnswerFilter(kind, from, to, split, group, band, theme, withComment, text);
    }

    public AnswerFilter withTheme(String theme) {
        return new AnswerFilter(kind, from, to, split, group, band, theme, withComment, text);
    }

    public AnswerFilter withComments(boolean only, String text) {
        return new AnswerFilter(kind, from, to, split, group, band, theme, only, text);
    }
}
