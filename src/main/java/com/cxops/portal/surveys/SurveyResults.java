package com.cxops.portal.surveys;

import java.time.YearMonth;
import java.util.List;

/** Results for managers: the score with its margin, the distribution, the response rate, per group and per month. */
public final class SurveyResults {

    private SurveyResults() {
    }

    /**
     * One group's result. {@code group} is the split value as text ("" when the column is empty, e.g. no team), null
     * for the whole period. {@code distribution[i]} counts score {@code kind.min() + i}.
     */
    public record Group(String group, ScoreResult score, long[] distribution, long sent, long answeredOfSent) {

        /** Answered invitations / invitations sent in the period, in %; NaN when none was sent. */
        public double responseRate() {
            return sent == 0 ? Double.NaN : 100.0 * answeredOfSent / sent;
        }
    }

    public record Month(YearMonth month, ScoreResult score) {
    }

    /** One answer in the list, with the customer's name. */
    public record AnswerRow(long id, SurveyKind kind, int score, String comment, String themes, java.time.Instant answeredAt,
                            long customerId, String customerName, Long complaintId, String layer, boolean vip,
                            Long agentId, Long followUpTaskId) {
    }

    public record Overview(Group total, List<Group> groups, List<Month> trend) {
    }
}
