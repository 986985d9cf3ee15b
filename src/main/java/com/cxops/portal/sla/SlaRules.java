package com.cxops.portal.sla;

import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.Tier;

import java.time.Instant;

/**
 * Which targets a complaint runs, which of them stand still while it waits on the customer, and which workflow
 * state meets each. Pure; the decisions where the issue is silent are stated here.
 */
public final class SlaRules {

    private SlaRules() {
    }

    /**
     * Executive acknowledgement for major complaints only; public statement and next update only for public
     * negative opinion (DOMAIN.md: spread risk public post or media); first response and resolution always.
     */
    public static boolean applies(SlaTargetKind kind, Tier tier, boolean publicOpinion) {
        return switch (kind) {
            case EXECUTIVE_ACK -> tier == Tier.MAJOR;
            case PUBLIC_STATEMENT, NEXT_UPDATE -> publicOpinion;
            case FIRST_RESPONSE, RESOLUTION -> true;
        };
    }

    /**
     * Waiting on the customer stops the clocks that depend on the customer (first response, resolution). The
     * executive's acknowledgement and a public statement are owed whatever the customer does, so they run on.
     */
    public static boolean pausable(SlaTargetKind kind) {
        return kind == SlaTargetKind.FIRST_RESPONSE || kind == SlaTargetKind.RESOLUTION;
    }

    /**
     * Whether entering {@code status} meets the target: first response at ACKNOWLEDGED (or any later state, if a
     * step was skipped); resolution at RESOLVED (or CLOSED). The executive acknowledgement is met only by the
     * executive, the public statement and the next update only by a published statement ({@link #metByStatement}):
     * a statement is an act, not a state.
     */
    public static boolean metBy(SlaTargetKind kind, ComplaintStatus status) {
        return switch (kind) {
            case FIRST_RESPONSE -> status != ComplaintStatus.NEW && status != ComplaintStatus.REOPENED;
            case RESOLUTION -> status == ComplaintStatus.RESOLVED || status == ComplaintStatus.CLOSED;
            case PUBLIC_STATEMENT, NEXT_UPDATE, EXECUTIVE_ACK -> false;
        };
    }

    /** A published statement meets the public-statement and next-update targets (DOMAIN.md: a statement within 2 h). */
    public static boolean metByStatement(SlaTargetKind kind) {
        return kind == SlaTargetKind.PUBLIC_STATEMENT || kind == SlaTargetKind.NEXT_UPDATE;
    }

    /** After a tier rise the tighter promise wins: a new due before the current one (or a paused one) replaces it. */
    public static boolean tighter(Instant newDue, Instant currentDue) {
        return newDue != null && (currentDue == null || newDue.isBefore(currentDue));
    }
}
