package com.cxops.portal.surveys;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.ComplaintService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A customer's survey history for the customer 360 page, and a complaint's CSAT answer for the complaint page. */
@Service
@Transactional(readOnly = true)
public class CustomerSurveyService {

    public record History(String language, boolean optedOut, List<Invitation> invitations, List<Answer> answers) {
    }

    /** A customer's latest NPS answer: its score, its band and when it was given. */
    public record LastNps(long customerId, int score, ScoreBand band, Instant answeredAt) {
    }

    static final int HISTORY_MAX = 50;
    private static final int IDS_PER_QUERY = 500;

    private final InvitationRepository invitations;
    private final AnswerRepository answers;
    private final SurveyCustomerRepository surveyCustomers;
    private final SubjectFacts facts;
    private final SurveySettings settings;
    private final ComplaintService complaints;
    private final AuditTrail audit;
    private final EntityManager em;

    CustomerSurveyService(InvitationRepository invitations, AnswerRepository answers, SurveyCustomerRepository surveyCustomers,
                          SubjectFacts facts, SurveySettings settings, ComplaintService complaints, AuditTrail audit,
                          EntityManager em) {
        this.em = em;
        this.invitations = invitations;
        this.answers = answers;
        this.surveyCustomers = surveyCustomers;
        this.facts = facts;
        this.settings = settings;
        this.complaints = complaints;
        this.audit = audit;
    }

    /** The latest invitations and answers (at most 50 each), the survey language and the opt-out flag. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
    public History history(long customerId) {
        String language = surveyCustomers.findByCustomerId(customerId).map(SurveyCustomer::getLanguage).orElse(settings.defaultLanguage());
        boolean optedOut = facts.customer(customerId).map(c -> c.surveyOptOut()).orElse(false);
        return new History(language, optedOut,
                invitations.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId, PageRequest.of(0, HISTORY_MAX)).getContent(),
                answers.findByCustomerIdOrderByAnsweredAtDescIdDesc(customerId, PageRequest.of(0, HISTORY_MAX)).getContent());
    }

    /**
     * Each customer's latest NPS answer (latest {@code answered_at}, then highest id), for lists of customers such as a
     * VIP manager's book; customers without an NPS answer are missing from the map. One query per 500 customers, on
     * the index of answers by customer and moment.
     */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
    public Map<Long, LastNps> lastNps(Collection<Long> customerIds) {
        Map<Long, LastNps> result = new HashMap<>();
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(customerIds));
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            for (Object[] r : em.createQuery("select a.customerId, a.score, a.answeredAt from Answer a "
                            + "where a.kind = :nps and a.customerId in :ids and not exists (select 1 from Answer b "
                            + "where b.customerId = a.customerId and b.kind = :nps and (b.answeredAt > a.answeredAt "
                            + "or (b.answeredAt = a.answeredAt and b.id > a.id)))", Object[].class)
                    .setParameter("nps", SurveyKind.NPS).setParameter("ids", chunk).getResultList()) {
                int score = ((Number) r[1]).intValue();
                ScoreBand band = score >= NpsCalculator.PROMOTER_MIN ? ScoreBand.HAPPY
                        : score <= NpsCalculator.DETRACTOR_MAX ? ScoreBand.UNHAPPY : ScoreBand.NEUTRAL;
                result.put((Long) r[0], new LastNps((Long) r[0], score, band, (Instant) r[2]));
            }
        }
        return result;
    }

    /** Managers change the customer's survey language (zh or en). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    @Transactional
    public void setLanguage(long customerId, String language) {
        SurveyCustomer sc = surveyCustomers.findByCustomerId(customerId)
                .orElseGet(() -> surveyCustomers.save(new SurveyCustomer(customerId, settings.defaultLanguage())));
        String before = sc.getLanguage();
        sc.setLanguage(language);
        audit.record("SURVEY_LANGUAGE_CHANGED", "Customer", customerId, AuditDetails.of("audit.detail.changed", before == null ? null : AuditDetails.label("surveys.language." + before),
                sc.getLanguage() == null ? null : AuditDetails.label("surveys.language." + sc.getLanguage())));
    }

    /** The CSAT answers of a complaint, newest first; the caller must be allowed to read the complaint. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
    public List<Answer> csatOf(long complaintId) {
        complaints.get(complaintId);
        return answers.findByComplaintIdOrderByAnsweredAtDesc(complaintId);
    }

    /** The complaint's latest CSAT answer, if any. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
    public Optional<Answer> latestCsat(long complaintId) {
        return csatOf(complaintId).stream().findFirst();
    }
}
