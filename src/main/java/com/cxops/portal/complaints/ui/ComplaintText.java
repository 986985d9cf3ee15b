package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.ActorNames;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.complaints.tiering.TierReason;

import java.time.Instant;

/** How the complaint page's sections write times, people and tier reasons for the person looking at it. */
final class ComplaintText {

    private final ActorNames actors;
    private final CurrentUser user;

    ComplaintText(StaffDirectory staff, CurrentUser user) {
        this.actors = new ActorNames(staff);
        this.user = user;
    }

    /** An instant in the person's time zone and language. */
    String when(Instant instant) {
        return Formats.dateTime(instant, user.zone(), user.locale());
    }

    /** Who did a step, in words (see ActorNames). */
    String name(String username) {
        return actors.name(username);
    }

    /**
     * The tier reason in the viewer's language: the trigger family and the words that matched (see TierReason),
     * without the tier word, which the badge or the timeline line already shows.
     */
    static String tierReason(String reason) {
        return TierReason.renderWithoutTier(reason, Toasts::translate);
    }
}
