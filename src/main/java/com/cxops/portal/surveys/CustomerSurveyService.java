package com.cxops.portal.surveys;

import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.ComplaintService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** A customer's survey history for the customer 360 page, and a complaint's CSAT answer for the complaint page. */
@Service
@Transactional(readOnly = true)
public class CustomerSurveyService {

    public record History(String language, boolean optedOut, List<Invitation> invitations, List<Answer> answers) {
    }

    static final int HISTORY_MAX = 50;

    private final InvitationRepository invitations;
    private final AnswerRepository answers;
    private final SurveyCustomerRepository surveyCustomers;
    private final SubjectFacts facts;
    private final SurveySettings settings;
    private final ComplaintService complaints;
    private final AuditTrail audit;

    CustomerSurveyService(InvitationRepository invitations, AnswerRepository answers, SurveyCustomerRepository surveyCustomers,
                          SubjectFacts facts, SurveySettings settings, ComplaintService complaints, AuditTrail audit) {
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
        boolean optedOut = facts.customer(customerId).map(c -> c.isSurveyOptOut()).orElse(false);
        return new History(language, optedOut,
                invitations.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId, PageRequest.of(0, HISTORY_MAX)).getContent(),
                answers.findByCustomerIdOrderByAnsweredAtDescIdDesc(customerId, PageRequest.of(0, HISTORY_MAX)).getContent());
    }

    /** Managers change the customer's survey language (zh or en). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    @Transactional
    public void setLanguage(long customerId, String language) {
        SurveyCustomer sc = surveyCustomers.findByCustomerId(customerId)
                .orElseGet(() -> surveyCustomers.save(new SurveyCustomer(customerId, settings.defaultLanguage())));
        String before = sc.getLanguage();
        sc.setLanguage(language);
        audit.record("SURVEY_LANGUAGE_CHANGED", "Customer", customerId, before + " -> " + sc.getLanguage());
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
