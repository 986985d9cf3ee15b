package com.cxops.portal.surveys;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.complaints.ComplaintFacts;
import com.cxops.portal.complaints.ComplaintResolved;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.ComplaintStatusChanged;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.notifications.MailOutboxService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Invitations: a CSAT is scheduled when a complaint is resolved (and cancelled if it is reopened before it goes out);
 * campaigns schedule NPS invitations; the sender turns due invitations into mail through the outbox, applying the rules
 * that protect the customer at the moment of sending.
 */
@Service
@Transactional
public class InvitationService {

    static final String MAIL_SOURCE = "SURVEY_INVITATION";
    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final InvitationRepository invitations;
    private final SurveyCustomerRepository surveyCustomers;
    private final SubjectFacts facts;
    private final SurveySettings settings;
    private final MailOutboxService outbox;
    private final TranslationProvider i18n;
    private final AuditTrail audit;
    private final Clock clock;
    private final SurveyRollupWrites rollups;

    InvitationService(InvitationRepository invitations, SurveyCustomerRepository surveyCustomers, SubjectFacts facts,
                      SurveySettings settings, MailOutboxService outbox, TranslationProvider i18n, AuditTrail audit,
                      Clock clock, SurveyRollupWrites rollups) {
        this.rollups = rollups;
        this.invitations = invitations;
        this.surveyCustomers = surveyCustomers;
        this.facts = facts;
        this.settings = settings;
        this.outbox = outbox;
        this.i18n = i18n;
        this.audit = audit;
        this.clock = clock;
    }

    /** A resolved complaint schedules one CSAT invitation for this resolution cycle, sent after the delay. */
    @EventListener
    public void onResolved(ComplaintResolved e) {
        if (invitations.existsByComplaintIdAndResolvedAt(e.complaintId(), e.at())) {
            return;
        }
        Optional<CustomerFacts.Snapshot> customer = facts.customer(e.customerId());
        Optional<ComplaintFacts.Snapshot> complaint = facts.complaint(e.complaintId());
        if (customer.isEmpty() || complaint.isEmpty()) {
            return;
        }
        Invitation inv = new Invitation(SurveyKind.CSAT, e.customerId(), null, e.complaintId(), e.at(),
                languageOf(e.customerId()), e.at().plus(settings.csatDelay()), clock.instant(),
                SubjectFacts.subjectOf(customer.get(), complaint.get()));
        invitations.save(inv);
        audit.recordAs("system", "SURVEY_CSAT_SCHEDULED", "SurveyInvitation", inv.getId(),
                AuditDetails.of("audit.detail.csat-scheduled", complaint.get().number(), inv.getSendAt()));
    }

    /** Reopened before the invitation went out: it is not sent (the next resolution schedules a new one). */
    @EventListener
    public void onStatusChanged(ComplaintStatusChanged e) {
        if (e.to() == ComplaintStatus.REOPENED) {
            int n = invitations.cancelScheduledOfComplaint(e.complaintId());
            if (n > 0) {
                audit.recordAs("system", "SURVEY_CSAT_CANCELLED", "Complaint", e.complaintId(), AuditDetails.of("audit.detail.csat-cancelled"));
            }
        }
    }

    /**
     * Schedules one NPS invitation (a campaign's) for the customer at {@code sendAt}; the rules are applied again when
     * it is sent. Empty when the customer does not exist or already has one in this campaign.
     */
    Optional<Invitation> scheduleNps(long customerId, Long campaignId, Instant sendAt) {
        Optional<CustomerFacts.Snapshot> customer = facts.customer(customerId);
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        Invitation inv = new Invitation(SurveyKind.NPS, customerId, campaignId, null, null, languageOf(customerId),
                sendAt, clock.instant(), SubjectFacts.subjectOf(customer.get(), null));
        return Optional.of(invitations.save(inv));
    }

    /** Sends the invitations that are due, at most one batch; returns how many were handled. Called by the job. */
    public int sendDue() {
        Instant now = clock.instant();
        List<Long> due = invitations.dueIds(now, PageRequest.of(0, settings.sendBatch()));
        for (Long id : due) {
            invitations.findById(id).ifPresent(inv -> send(inv, now));
        }
        return due.size();
    }

    private void send(Invitation inv, Instant now) {
        if (inv.getStatus() != InvitationStatus.SCHEDULED) {
            return;
        }
        Optional<CustomerFacts.Snapshot> c = facts.customer(inv.getCustomerId());
        if (c.isEmpty()) {
            inv.skipped(SkipReason.NO_EMAIL);
            return;
        }
        CustomerFacts.Snapshot customer = c.get();
        SurveyCustomer sc = surveyCustomer(customer.id());
        boolean breaks = inv.getKind() == SurveyKind.CSAT && settings.urgentCsatBreaksQuietPeriod()
                && (inv.getTier() == Tier.URGENT || inv.getTier() == Tier.MAJOR);
        Optional<SkipReason> refusal = SurveyRules.refusal(customer.surveyOptOut(), customer.email(),
                sc.getLastInvitedAt(), now, settings.quietPeriod(), breaks);
        if (refusal.isPresent()) {
            inv.skipped(refusal.get());
            inv.touch(now, "system");
            audit.recordAs("system", "SURVEY_INVITATION_SKIPPED", "SurveyInvitation", inv.getId(), AuditDetails.of("audit.detail.label", AuditDetails.label("surveys.skip.", refusal.get())));
            return;
        }
        String token = SurveyTokens.newToken();
        String language = sc.getLanguage();
        inv.sent(SurveyTokens.hash(token), language, now, now.plus(settings.expiry()));
        rollups.sent(inv);
        inv.touch(now, "system");
        sc.invited(now);
        Locale locale = SurveySettings.locale(language);
        String link = settings.publicBaseUrl() + "/s/" + token;
        String greetingName = SurveyRules.firstName(customer.name());
        String subject = i18n.translate(locale, "surveys.mail.subject." + inv.getKind().name());
        String body = i18n.translate(locale, "surveys.mail.body." + inv.getKind().name(),
                greetingName.isEmpty() ? i18n.translate(locale, "surveys.mail.customer") : greetingName,
                link, link + "/opt-out", settings.expiry().toDays());
        outbox.queue(null, customer.email(), subject, body, MAIL_SOURCE);
        audit.recordAs("system", "SURVEY_INVITATION_SENT", "SurveyInvitation", inv.getId(),
                AuditDetails.of("audit.detail.invitation-sent", AuditDetails.label("surveys.kind.", inv.getKind()), String.valueOf(customer.id())));
        log.debug("Survey invitation {} sent", inv.getId());
    }

    /** The customer's survey record, made with the default language if they have none yet. */
    SurveyCustomer surveyCustomer(long customerId) {
        return surveyCustomers.findByCustomerId(customerId)
                .orElseGet(() -> surveyCustomers.save(new SurveyCustomer(customerId, settings.defaultLanguage())));
    }

    String languageOf(long customerId) {
        return surveyCustomers.findByCustomerId(customerId).map(SurveyCustomer::getLanguage).orElse(settings.defaultLanguage());
    }
}
