package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.Notifications;
import com.cxops.portal.complaints.tiering.TierReason;

import java.time.Instant;

/** How the complaint page's sections write times, people and tier reasons for the person looking at it. */
final class ComplaintText {

    /** The actor the demo data records (ComplaintDemoData); no staff member has this name. */
    private static final String DEMO_DATA = "demo";
    /** How an integration signed in with an API key is named (ApiKeyAuthenticationFilter). */
    private static final String INTEGRATION = "api:";

    private final StaffDirectory staff;
    private final CurrentUser user;

    ComplaintText(StaffDirectory staff, CurrentUser user) {
        this.staff = staff;
        this.user = user;
    }

    /** An instant in the person's time zone and language. */
    String when(Instant instant) {
        return Formats.dateTime(instant, user.zone(), user.locale());
    }

    /**
     * Who did a step, in words (UI.md: usernames never reach the screen): a staff member's display name; the system,
     * the demo data generator and an integration (signed in as "api:" and its name) are named in the person's language.
     */
    String name(String username) {
        if (username == null) {
            return "";
        }
        if ("system".equals(username)) {
            return Notifications.translate("complaint.system");
        }
        if (DEMO_DATA.equals(username)) {
            return Notifications.translate("complaint.actor.demo");
        }
        if (username.startsWith(INTEGRATION)) {
            return Notifications.translate("complaint.actor.integration", username.substring(INTEGRATION.length()));
        }
        return staff.displayName(username);
    }

    /**
     * The tier reason in the viewer's language: the trigger family and the words that matched (see TierReason),
     * without the tier word, which the badge or the timeline line already shows.
     */
    static String tierReason(String reason) {
        return TierReason.renderWithoutTier(reason, Notifications::translate);
    }
}
