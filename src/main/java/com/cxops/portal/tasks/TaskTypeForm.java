package com.cxops.portal.tasks;

import java.util.List;

/** An administrator's edit of a task type: names in English and Chinese, default due time, outcomes. */
public record TaskTypeForm(String code, String nameEn, String nameZh, int defaultDueHours, boolean concierge, boolean active,
                           List<Outcome> outcomes, long version) {

    public static final int MAX_DUE_HOURS = 24 * 365;

    public record Outcome(String code, String nameEn, String nameZh, boolean countsAsContact) {
    }
}
