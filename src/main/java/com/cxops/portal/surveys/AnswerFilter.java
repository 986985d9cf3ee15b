package com.cxops.portal.surveys;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which answers to list: kind and period (answered in [from, to)), a value per split dimension (layer, membership
 * level, VIP, tier, category, team, agent — the value as the results write a group: the enum name, "true"/"false", the
 * id, or "" for an empty column such as an NPS answer's tier), a score band, a theme, only those with a comment, and
 * words in the comment. A drill-down from a results group sets that group's dimension, so the list counts exactly the
 * answers behind the number.
 */
public record AnswerFilter(SurveyKind kind, Instant from, Instant to, Map<SurveySplit, String> groups, ScoreBand band,
                           String theme, boolean withComment, String text) {

    public AnswerFilter {
        EnumMap<SurveySplit, String> copy = new EnumMap<>(SurveySplit.class);
        if (groups != null) {
            groups.forEach((split, value) -> {
                if (split != null && value != null) {
                    copy.put(split, value);
                }
            });
        }
        groups = Collections.unmodifiableMap(copy);
    }

    public static AnswerFilter of(SurveyKind kind, Instant from, Instant to) {
        return new AnswerFilter(kind, from, to, null, null, null, false, null);
    }

    /** The same filter narrowed to one group of a split ({@code group} null: that dimension unfiltered). */
    public AnswerFilter drill(SurveySplit split, String group) {
        EnumMap<SurveySplit, String> g = new EnumMap<>(SurveySplit.class);
        g.putAll(groups);
        if (group == null) {
            g.remove(split);
        } else {
            g.put(split, group);
        }
        return new AnswerFilter(kind, from, to, g, band, theme, withComment, text);
    }

    /** The dimension's value, or null when the dimension is not filtered. */
    public String group(SurveySplit split) {
        return groups.get(split);
    }

    public AnswerFilter withBand(ScoreBand band) {
        return new AnswerFilter(kind, from, to, groups, band, theme, withComment, text);
    }

    public AnswerFilter withTheme(String theme) {
        return new AnswerFilter(kind, from, to, groups, band, theme, withComment, text);
    }

    public AnswerFilter withComments(boolean only, String text) {
        return new AnswerFilter(kind, from, to, groups, band, theme, only, text);
    }
}
