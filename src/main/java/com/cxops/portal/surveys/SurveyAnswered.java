package com.cxops.portal.surveys;

/** Spring event, published after an answer is committed: closes the loop on unhappy answers. */
public record SurveyAnswered(long answerId, SurveyKind kind, int score, long customerId, Long complaintId) {

    public boolean unhappy() {
        return kind.unhappy(score);
    }
}
