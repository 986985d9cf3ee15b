package com.cxops.portal.tasks;

import com.cxops.portal.base.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An administrator's edit of a task type: names in English and Chinese, default due time, outcomes. */
public record TaskTypeForm(
        @NotNull(message = "{tasks.error.type-code}") @Pattern(regexp = CODE, message = "{tasks.error.type-code}") String code,
        @NotBlank @Size(max = TaskOutcome.NAME_MAX) @PlainText String nameEn,
        @NotBlank @Size(max = TaskOutcome.NAME_MAX) @PlainText String nameZh,
        @Min(value = 1, message = "{tasks.error.due-hours}") @Max(value = MAX_DUE_HOURS, message = "{tasks.error.due-hours}") int defaultDueHours,
        boolean concierge, boolean active,
        @NotEmpty(message = "{tasks.error.outcomes}") List<@Valid Outcome> outcomes, long version) {

    public static final int MAX_DUE_HOURS = 24 * 365;
    /** A type's or outcome's code: what reports and the API name it by. */
    public static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

    public record Outcome(
            @NotNull(message = "{tasks.error.outcome-code}") @Pattern(regexp = CODE, message = "{tasks.error.outcome-code}") String code,
            @NotBlank @Size(max = TaskOutcome.NAME_MAX) @PlainText String nameEn,
            @NotBlank @Size(max = TaskOutcome.NAME_MAX) @PlainText String nameZh,
            boolean countsAsContact) {
    }
}
