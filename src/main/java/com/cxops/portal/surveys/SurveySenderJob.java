package com.cxops.portal.surveys;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute: due invitations become mail in the outbox (one batch per run; the mail sender delivers it). */
@Component
class SurveySenderJob {

    private final InvitationService invitations;
    private final PublicSurveyService publicSurveys;
    private final FollowUps followUps;

    SurveySenderJob(InvitationService invitations, PublicSurveyService publicSurveys, FollowUps followUps) {
        this.invitations = invitations;
        this.publicSurveys = publicSurveys;
        this.followUps = followUps;
    }

    /** Unhappy answers whose follow-up task could not be made at once get it now. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT2M")
    @SchedulerLock(name = "survey-follow-up-sweep", lockAtMostFor = "PT10M")
    public void sweepFollowUps() {
        followUps.sweep(200);
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "survey-sender", lockAtMostFor = "PT10M")
    public void run() {
        invitations.sendDue();
    }

    @Scheduled(cron = "0 23 3 * * *")
    @SchedulerLock(name = "survey-lookup-purge", lockAtMostFor = "PT10M")
    public void purge() {
        publicSurveys.purgeOldFailures();
    }
}
