package com.cxops.portal.surveys;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may be invited (DOMAIN.md "Surveys"): never a customer who opted out, never one without an e-mail address, and
 * nobody twice within the quiet period (NPS and CSAT together). The quiet period is half-open: invited at T, the
 * customer can be invited again from T + quiet period on (exactly N days later is allowed).
 * <p>
 * Decision: a CSAT after an urgent or major complaint may break the quiet period when the setting allows it
 * (default yes): how the company handled a serious complaint is what it most needs to know, and the customer has just
 * been in contact. Opt-out is never broken.
 */
public final class SurveyRules {

    private SurveyRules() {
    }

    public static Optional<SkipReason> refusal(boolean optedOut, String email, Instant lastInvitedAt, Instant now,
                                               Duration quietPeriod, boolean breaksQuietPeriod) {
        if (optedOut) {
            return Optional.of(SkipReason.OPTED_OUT);
        }
        if (email == null || email.isBlank()) {
            return Optional.of(SkipReason.NO_EMAIL);
        }
        if (!breaksQuietPeriod && withinQuietPeriod(lastInvitedAt, now, quietPeriod)) {
            return Optional.of(SkipReason.QUIET_PERIOD);
        }
        return Optional.empty();
    }

    public static boolean withinQuietPeriod(Instant lastInvitedAt, Instant now, Duration quietPeriod) {
        return lastInvitedAt != null && now.isBefore(lastInvitedAt.plus(quietPeriod));
    }

    /** Shows the first name at most: the first word of a name with spaces; nothing for a name written without spaces (e.g. Chinese, whose first character is the family name). */
    public static String firstName(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip();
        int space = n.indexOf(' ');
        if (space <= 0) {
            return "";
        }
        String first = n.substring(0, space);
        return first.length() > 40 ? "" : first;
    }
}
