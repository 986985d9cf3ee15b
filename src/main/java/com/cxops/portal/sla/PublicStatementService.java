package com.cxops.portal.sla;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import jakarta.annotation.security.RolesAllowed;
import com.cxops.portal.base.access.ComplaintReaders;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.validation.ConstraintMessages;
import com.cxops.portal.base.validation.PlainText;
import com.cxops.portal.base.validation.VisibleText;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.complaints.ComplaintSlaService;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.cxops.portal.complaints.TimelineKind;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Records that a public statement was published (DOMAIN.md: a statement within 2 hours of public negative opinion):
 * where, a link or the text, who published it and when. The statement is an act, not a workflow state: it meets the
 * public-statement and next-update clocks at its publication instant, and shows in the complaint's timeline.
 */
@Service
@Transactional
public class PublicStatementService {

    /** What a person or an integration says was published. A link or a text is required (checked by the service). */
    public record StatementForm(@NotNull(message = "{sla.statement.error.channel}") StatementChannel channel,
                                @PlainText @Size(max = PublicStatement.LINK_MAX) String link,
                                @PlainText(multiline = true) @Size(max = PublicStatement.TEXT_MAX) String text,
                                @VisibleText(message = "{sla.statement.error.by}") @PlainText @Size(max = PublicStatement.PUBLISHED_BY_MAX)
                                String publishedBy,
                                @NotNull(message = "{sla.statement.error.when}") Instant publishedAt) {
    }

    private final PublicStatementRepository statements;
    private final ComplaintService complaints;
    private final ComplaintWorkflowService workflow;
    private final ComplaintSlaService complaintSla;
    private final SlaClockService clocks;
    private final AuditTrail audit;
    private final Clock clock;
    /** StatementForm's constraints are checked with the complaint and the times, so every wrong field shows at once. */
    private final Validator validator;

    PublicStatementService(PublicStatementRepository statements, ComplaintService complaints, ComplaintWorkflowService workflow,
                           ComplaintSlaService complaintSla, SlaClockService clocks, AuditTrail audit, Clock clock, Validator validator) {
        this.statements = statements;
        this.complaints = complaints;
        this.workflow = workflow;
        this.complaintSla = complaintSla;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * Records a published statement. Bad input changes nothing and says which field is wrong; the caller must be able
     * to work the complaint (checked by the complaints feature), an integration always may.
     */
    @RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.INTEGRATION})
    public PublicStatement publish(long complaintId, StatementForm form) {
        String link = trim(form.link());
        String text = trim(form.text());
        String by = trim(form.publishedBy());
        Instant at = form.publishedAt() == null ? null : form.publishedAt().truncatedTo(ChronoUnit.MICROS);
        Instant now = clock.instant();
        Instant created = complaintSla.slaFacts(complaintId).map(f -> f.createdAt()).orElse(null);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(created == null, "complaintId", "error.not-found");
        ConstraintMessages.collect(validator.validate(form), errors);
        errors.addIf(link.isEmpty() && text.isEmpty(), "text", "sla.statement.error.link-or-text");
        errors.addIf(!link.isEmpty() && !isWebLink(link), "link", "sla.statement.error.link");
        errors.addIf(at != null && at.isAfter(now), "publishedAt", "sla.statement.error.future");
        errors.addIf(at != null && created != null && at.isBefore(created), "publishedAt", "sla.statement.error.before-complaint");
        errors.throwIfAny();

        String summary = by + ": " + (link.isEmpty() ? text : link + (text.isEmpty() ? "" : " – " + text));
        workflow.logStep(complaintId, TimelineKind.STATEMENT, at, true, form.channel().name(),
                summary.length() > 4000 ? summary.substring(0, 4000) : summary);
        PublicStatement saved = statements.save(new PublicStatement(complaintId, form.channel(), link.isEmpty() ? null : link,
                text.isEmpty() ? null : text, by, at, actor(), now));
        statements.flush();
        clocks.onStatementPublished(complaintId, at);
        audit.record("SLA_STATEMENT_PUBLISHED", "Complaint", complaintId, AuditDetails.of("audit.detail.statement-published", AuditDetails.label("sla.statement.channel.", form.channel()), by, at));
        return saved;
    }

    /** The statements of a complaint, earliest first, for the people who may read it. */
    @ComplaintReaders
    @Transactional(readOnly = true)
    public List<PublicStatement> statementsOf(long complaintId) {
        complaints.get(complaintId);  // record-level read check of the complaints feature
        return statements.findByComplaintIdOrderByPublishedAtAscIdAsc(complaintId);
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String actor() {
        return Actors.current();
    }
}

interface PublicStatementRepository extends JpaRepository<PublicStatement, Long> {

    List<PublicStatement> findByComplaintIdOrderByPublishedAtAscIdAsc(long complaintId);
}
