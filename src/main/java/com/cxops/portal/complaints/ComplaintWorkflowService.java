package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.access.ComplaintReaders;
import com.cxops.portal.base.access.ComplaintWorkers;
import jakarta.annotation.security.RolesAllowed;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.settings.SettingsService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.cxops.portal.complaints.ComplaintService.requireNotClosed;
import static com.cxops.portal.complaints.ComplaintService.trim;

/**
 * Working a complaint: its next steps and status moves (close, reopen: {@link ComplaintWorkflow}'s rules), a tier set
 * by hand, the executive's acknowledgement, notes, compensation and steps other features log on it.
 */
@Service
@Transactional
@Validated
public class ComplaintWorkflowService {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final ComplaintStore store;
    private final CompensationRepository compensations;
    private final RcaFindingRepository findings;
    private final CorrectiveActionRepository actions;
    private final AuditTrail audit;
    private final SettingsService settings;
    private final ApplicationEventPublisher events;

    ComplaintWorkflowService(ComplaintStore store, CompensationRepository compensations, RcaFindingRepository findings,
                             CorrectiveActionRepository actions, AuditTrail audit, SettingsService settings,
                             ApplicationEventPublisher events) {
        this.store = store;
        this.compensations = compensations;
        this.findings = findings;
        this.actions = actions;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
    }

    /**
     * The next workflow steps of a complaint the caller reads, each with the reason (message key) it would be refused
     * now, or an empty one: the page disables what cannot succeed and says why (a major complaint without its
     * analysis cannot close; a reopen window that has passed).
     */
    @ComplaintReaders
    @Transactional(readOnly = true)
    public Map<ComplaintStatus, Optional<String>> nextSteps(long id) {
        Complaint c = store.load(id);
        store.requireRead(store.viewer(), c);
        boolean rcaComplete = rcaComplete(c);
        Map<ComplaintStatus, Optional<String>> steps = new EnumMap<>(ComplaintStatus.class);
        for (ComplaintStatus to : ComplaintWorkflow.next(c.getStatus())) {
            steps.put(to, ComplaintWorkflow.refusal(c.getStatus(), to, c.getTier(), rcaComplete, c.getResolvedAt(), c.getClosedAt(),
                    store.now(), settings.getInt(ComplaintSettings.REOPEN_DAYS)));
        }
        return steps;
    }

    /** Moves the complaint through the workflow; a refused move says why and changes nothing. */
    @ComplaintWorkers
    public Complaint transition(long id, ComplaintStatus to, long version) {
        Complaint c = store.load(id);
        store.requireWork(c);
        ConcurrentEditException.check(c, version);
        Instant now = store.now();
        ComplaintStatus from = c.getStatus();
        ComplaintWorkflow.refusal(from, to, c.getTier(), rcaComplete(c), c.getResolvedAt(), c.getClosedAt(), now,
                settings.getInt(ComplaintSettings.REOPEN_DAYS)).ifPresent(key -> {
            throw InvalidInputException.of("status", key);
        });
        String actor = ComplaintStore.actor();
        c.enter(to, now);
        c.touch(now, actor);
        store.log(c, now, actor, TimelineKind.STATUS, true, from.name(), to.name(), null);
        c = store.save(c);
        audit.record("COMPLAINT_STATUS_CHANGED", "Complaint", id, AuditDetails.of("audit.detail.changed", AuditDetails.label("status.", from), AuditDetails.label("status.", to)));
        events.publishEvent(new ComplaintStatusChanged(id, from, to, now));
        if (to == ComplaintStatus.RESOLVED) {
            events.publishEvent(new ComplaintResolved(id, c.getCustomerId(), now));
        }
        return c;
    }

    /** A person sets the tier by hand; the reason is required and recorded. */
    @ComplaintWorkers
    public Complaint changeTier(long id, Tier tier, @Size(max = Complaint.TIER_CHANGE_REASON_MAX) String reason, long version) {
        Complaint c = store.load(id);
        store.requireWork(c);
        requireNotClosed(c);
        ConcurrentEditException.check(c, version);
        String why = trim(reason);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(tier == null, "tier", "complaint.error.tier");
        errors.addIf(why.isEmpty(), "reason", "complaint.error.tier-reason");
        errors.addIf(tier != null && tier == c.getTier(), "tier", "complaint.error.tier-same");
        errors.throwIfAny();
        Instant now = store.now();
        String actor = ComplaintStore.actor();
        Tier from = c.getTier();
        events.publishEvent(new ComplaintTierCorrected(c, from, c.getTierReason(), tier, why, actor));
        c.setTier(tier, TieringEngine.word(tier) + ": set by " + actor + ": " + why);
        c.touch(now, actor);
        store.log(c, now, actor, TimelineKind.TIER, false, from.name(), tier.name(), why);
        c = store.save(c);
        audit.record("COMPLAINT_TIER_CHANGED", "Complaint", id, AuditDetails.of("audit.detail.tier-changed", AuditDetails.label("tier.", from), AuditDetails.label("tier.", tier), why));
        events.publishEvent(new ComplaintTierChanged(id, from, tier, now));
        return c;
    }

    /** DOMAIN.md: the executive is alerted to a major complaint at once and must acknowledge it (who, when). */
    @RolesAllowed(Role.Names.EXECUTIVE)
    public Complaint acknowledgeAsExecutive(long id) {
        Complaint c = store.load(id);
        ComplaintAccess.Viewer v = store.viewer();
        if (!ComplaintAccess.canAcknowledgeAsExecutive(v, c)) {
            throw InvalidInputException.of("", "complaint.error.exec-ack-major-only");
        }
        if (c.getExecutiveAckAt() != null) {
            throw InvalidInputException.of("", "complaint.error.exec-ack-done");
        }
        Instant now = store.now();
        c.acknowledgeByExecutive(v.username(), now);
        c.touch(now, v.username());
        store.log(c, now, v.username(), TimelineKind.EXECUTIVE_ACK, false, null, v.username(), null);
        c = store.save(c);
        audit.record("COMPLAINT_EXEC_ACK", "Complaint", id, AuditDetails.of("audit.detail.by", AuditDetails.person(v.username())));
        events.publishEvent(new ComplaintAcknowledgedByExecutive(id, v.username(), now));
        return c;
    }

    /** A note: internal (staff only) or customer-visible (part of the progress summary). */
    @ComplaintReaders
    public TimelineEntry addNote(long id, @Size(max = TimelineEntry.BODY_MAX) String note, boolean customerVisible) {
        Complaint c = store.load(id);
        ComplaintAccess.Viewer v = store.viewer();
        if (!ComplaintAccess.canNote(v, c, store.accountManagerOf(c))) {
            throw new AccessDeniedException("may not add notes to complaint " + id);
        }
        String body = trim(note);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(body.isEmpty(), "note", "complaint.error.note");
        errors.throwIfAny();
        TimelineEntry e = store.log(c, store.now(), v.username(), TimelineKind.NOTE, customerVisible, null, null, body);
        audit.record(customerVisible ? "COMPLAINT_NOTE_PUBLIC" : "COMPLAINT_NOTE_INTERNAL", "Complaint", id);
        return e;
    }

    /** Records compensation; amounts are money for coupons and refunds, whole points for points. */
    @ComplaintWorkers
    public Compensation addCompensation(long id, @Valid CompensationForm form) {
        Complaint c = store.load(id);
        store.requireWork(c);
        requireNotClosed(c);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        CompensationKind kind = form.getKind();
        errors.addIf(kind == null, "kind", "compensation.error.kind");
        BigDecimal amount = form.getAmount();
        String currency = trim(form.getCurrency()).toUpperCase(Locale.ROOT);
        boolean amountNeeded = kind != null && (kind.isMoney() || kind == CompensationKind.POINTS);
        errors.addIf(amountNeeded && amount == null, "amount", "compensation.error.amount");
        errors.addIf(amount != null && (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("100000000")) >= 0),
                "amount", "compensation.error.amount");
        errors.addIf(kind == CompensationKind.POINTS && amount != null && amount.stripTrailingZeros().scale() > 0, "amount", "compensation.error.points");
        boolean money = kind != null && kind != CompensationKind.POINTS && amount != null;
        errors.addIf(money && !CURRENCY.matcher(currency).matches(), "currency", "compensation.error.currency");
        String reason = trim(form.getReason());
        errors.addIf(reason.isEmpty(), "reason", "compensation.error.reason");
        errors.throwIfAny();
        Instant now = store.now();
        String actor = ComplaintStore.actor();
        Compensation comp = compensations.save(new Compensation(id, kind, amount, money ? currency : null, reason, now, actor));
        String text = kind.name() + (amount == null ? "" : " " + amount.toPlainString() + (money ? " " + currency : "")) + ": " + reason;
        store.log(c, now, actor, TimelineKind.COMPENSATION, true, null, kind.name(), text);
        audit.record("COMPLAINT_COMPENSATION", "Complaint", id, AuditDetails.of("audit.detail.compensation", AuditDetails.label("compensation.kind.", kind),
                amount == null ? "" : amount.toPlainString() + (money ? " " + currency : ""), reason));
        return comp;
    }

    /**
     * A step another feature records in the complaint's log, e.g. a published public statement (SLA feature): the
     * caller must be able to work the complaint; an integration (API key) always may. The feature validates its input.
     */
    @RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.INTEGRATION})
    public TimelineEntry logStep(long id, TimelineKind kind, Instant at, boolean customerVisible, String to, String body) {
        Complaint c = store.load(id);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean integration = auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_INTEGRATION".equals(a.getAuthority()));
        if (!integration) {
            store.requireWork(c);
        }
        return store.log(c, at, ComplaintStore.actor(), kind, customerVisible, null, to, body);
    }

    /** DOMAIN.md: a major complaint closes only with its root-cause analysis complete; other tiers need none. */
    private boolean rcaComplete(Complaint c) {
        return c.getTier() != Tier.MAJOR || RcaCompleteness.isComplete(
                findings.findByComplaintIdOrderByDimensionAscIdAsc(c.getId()), actions.findByComplaintIdOrderByIdAsc(c.getId()));
    }
}
