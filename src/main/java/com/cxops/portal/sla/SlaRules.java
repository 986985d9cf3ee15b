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

    /**
     * Whether entering {@code status} ends the target unmet because it can no longer be met (as Zendesk and Zammad
     * stop a closed ticket's targets): closing a complaint ends its public statement and next update; resolving it
     * ends the next update (updates are owed until the complaint is resolved). The executive may still acknowledge a
     * closed complaint, so that target runs on. A cancelled target is not counted, unless it was already past due.
     */
    public static boolean cancelledBy(SlaTargetKind kind, ComplaintStatus status) {
        return switch (kind) {
            case PUBLIC_STATEMENT -> status == ComplaintStatus.CLOSED;
            case NEXT_UPDATE -> status == ComplaintStatus.RESOLVED || status == ComplaintStatus.CLOSED;
            case FIRST_RESPONSE, RESOLUTION, EXECUTIVE_ACK -> false;
        };
    }

    /**
     * Reopening restarts the promises owed until the complaint is resolved, with the promise they had (a new cycle):
     * the resolution and the next update. First response, executive acknowledgement and the public statement are owed
     * once: met (or cancelled) stays so.
     */
    public static boolean restartsOnReopen(SlaTargetKind kind) {
        return kind == SlaTargetKind.RESOLUTION || kind == SlaTargetKind.NEXT_UPDATE;
    }

    /** After each published statement the next update is owed again, from the statement, until the complaint is resolved. */
    public static boolean restartsAfterStatement(SlaTargetKind kind, ComplaintStatus status) {
        return kind == SlaTargetKind.NEXT_UPDATE && status != ComplaintStatus.RESOLVED && status != ComplaintStatus.CLOSED;
    }

    /** After a tier rise the tighter promise wins: a new due before the current one (or a paused one) replaces it. */
    public static boolean tighter(Instant newDue, Instant currentDue) {
        return newDue != null && (currentDue == null || newDue.isBefore(currentDue));
    }
}
