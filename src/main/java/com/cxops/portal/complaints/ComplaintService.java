package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerOrder;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Complaints: intake (portal and API), tiering, the workflow, assignment, notes, compensation, executive
 * acknowledgement and the SLA facts. Every method checks record-level access (see {@link ComplaintAccess}),
 * writes the timeline and the audit trail, and publishes events for other features.
 */
@Service
@Transactional
public class ComplaintService {

    static final String READERS = "hasAnyRole('AGENT','MANAGER','EXECUTIVE','VIP_MANAGER')";
    static final String WORKERS = "hasAnyRole('AGENT','MANAGER')";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final ComplaintRepository complaints;
    private final TimelineRepository timeline;
    private final CompensationRepository compensations;
    private final RcaFindingRepository findings;
    private final CorrectiveActionRepository actions;
    private final TieringRuleRepository rules;
    private final TeamRepository teams;
    private final SavedFilterRepository savedFilters;
    private final CustomerLookup customers;
    private final Viewers viewers;
    private final ComplaintQueue queue;
    private final StaffDirectory staff;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final SettingsService settings;
    private final TranslationProvider i18n;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, TimelineRepository timeline, CompensationRepository compensations,
                     RcaFindingRepository findings, CorrectiveActionRepository actions, TieringRuleRepository rules,
                     TeamRepository teams, SavedFilterRepository savedFilters, CustomerLookup customers, Viewers viewers, ComplaintQueue queue,
                     StaffDirectory staff, Notifier notifier, AuditTrail audit, SettingsService settings,
                     TranslationProvider i18n, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.timeline = timeline;
        this.compensations = compensations;
        this.findings = findings;
        this.actions = actions;
        this.rules = rules;
        this.teams = teams;
        this.savedFilters = savedFilters;
        this.customers = customers;
        this.viewers = viewers;
        this.queue = queue;
        this.staff = staff;
        this.notifier = notifier;
        this.audit = audit;
        this.settings = settings;
        this.i18n = i18n;
        this.events = events;
        this.clock = clock;
    }

    /** What the caller may do with one complaint; the UI shows only these actions (the service checks again). */
    public record Permissions(boolean work, boolean note, boolean take, boolean assign, boolean executiveAck) {
    }

    /** The complaint page's content: see {@link #details(long, int)}. */
    public record Details(Complaint complaint, Permissions can, List<TimelineEntry> timeline, List<Compensation> compensations,
                          List<ComplaintRow> otherComplaints) {
    }

    /** The outcome of an API intake: the complaint and whether it is a replay of an earlier call with the same key. */
    public record Intake(Complaint complaint, boolean replay) {
    }

    // ---- intake ------------------------------------------------------------------------------------------------

    @PreAuthorize(WORKERS)
    public Complaint create(ComplaintForm form) {
        return doCreate(form, ComplaintSource.PORTAL, null, null);
    }

    /**
     * Intake from another system. The idempotency key belongs to the integration that sent it (another integration's
     * equal key is a different key). A replay with a key already used returns the first complaint if the request is
     * the same ({@code requestHash}), and is refused with 422 if it is not; two concurrent calls with one key meet the
     * unique constraint, and the loser's caller reads the winner's complaint with {@link #findByIdempotencyKey}.
     */
    @PreAuthorize("hasRole('INTEGRATION')")
    public Intake createFromApi(ComplaintForm form, String idempotencyKey, String requestHash) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null && (key.length() > 100 || com.cxops.portal.base.TextRules.hasBrokenCharacters(key, false))) {
            throw InvalidInputException.of("idempotencyKey", "complaint.error.idempotency-key");
        }
        if (key != null) {
            Optional<Complaint> earlier = findByIdempotencyKey(key, requestHash);
            if (earlier.isPresent()) {
                return new Intake(earlier.get(), true);
            }
        }
        return new Intake(doCreate(form, ComplaintSource.API, key, requestHash), false);
    }

    /** The caller's complaint made with this key; 422 (ApiProblemException) if the key came with another request. */
    @PreAuthorize("hasRole('INTEGRATION')")
    @Transactional(readOnly = true)
    public Optional<Complaint> findByIdempotencyKey(String key, String requestHash) {
        Optional<Complaint> earlier = complaints.findByCreatedByAndIdempotencyKey(actor(), key);
        earlier.ifPresent(c -> {
            // complaints from before V14_0 kept no hash: they replay as before
            if (c.getIdempotencyHash() != null && !c.getIdempotencyHash().equals(requestHash)) {
                throw new com.cxops.portal.base.api.ApiProblemException(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY,
                        "api.error.idempotency-reused");
            }
        });
        return earlier;
    }

    /**
     * Another system checks a complaint's progress (number, tier, status) by its id: only complaints it created
     * itself; any other id is "not found" (it learns nothing about complaints of other integrations).
     */
    @PreAuthorize("hasRole('INTEGRATION')")
    @Transactional(readOnly = true)
    public Complaint getForIntegration(long id) {
        Complaint c = load(id);
        if (c.getSource() != ComplaintSource.API || !c.getCreatedBy().equals(actor())) {
            throw InvalidInputException.of("", "error.not-found");
        }
        return c;
    }

    private Complaint doCreate(ComplaintForm form, ComplaintSource source, String idempotencyKey, String requestHash) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Customer customer = form.getCustomerId() == null ? null : customers.customer(form.getCustomerId()).orElse(null);
        errors.addIf(customer == null, "customerId", "complaint.error.customer");
        CustomerOrder order = validate(form, customer, errors);
        Long teamId = form.getTeamId();
        errors.addIf(teamId != null && !teams.existsById(teamId), "teamId", "complaint.error.team");
        errors.throwIfAny();

        Instant now = now();
        String actor = actor();
        Complaint c = new Complaint("new-" + java.util.UUID.randomUUID(), customer.getId(), customer.getName(), source, now, actor);
        applyDetails(c, form, order);
        c.setTeamId(teamId);
        c.setIdempotencyKey(idempotencyKey);
        c.setIdempotencyHash(idempotencyKey == null ? null : requestHash);
        TieringEngine.Result tier = evaluate(c, customer);
        c.setTier(tier.tier(), tier.reason());
        applyInferredCount(c, tier);
        c.touch(now, actor);
        c = complaints.saveAndFlush(c);
        c.setNumber(Complaint.formatNumber(now.atZone(ZoneOffset.UTC).getYear(), c.getId()));
        log(c, now, actor, TimelineKind.CREATED, true, null, c.getStatus().name(), null);
        log(c, now, actor, TimelineKind.TIER, false, null, c.getTier().name(), c.getTierReason());
        routeVip(c, customer, now);
        complaints.flush();
        audit.record("COMPLAINT_CREATED", "Complaint", c.getId(), c.getNumber() + " " + c.getTier() + " (" + c.getTierReason() + ")");
        events.publishEvent(new ComplaintCreated(c.getId(), c.getTier(), now));
        return c;
    }

    /** DOMAIN.md: a VIP's complaint is routed to the account manager at once, who is notified and watches it. */
    private void routeVip(Complaint c, Customer customer, Instant now) {
        if (!customer.isVip() || customer.getAccountManagerId() == null) {
            return;
        }
        Optional<StaffDirectory.StaffContact> manager = staff.find(customer.getAccountManagerId());
        if (manager.isEmpty()) {
            return;
        }
        c.addWatcher(manager.get().id());
        log(c, now, "system", TimelineKind.WATCHER, false, null, manager.get().username(), null);
        notifier.notify(manager.get().username(), "COMPLAINT_VIP_ROUTED", "notification.complaint-vip-routed",
                List.of(c.getNumber(), customer.getName(), c.getSubject()), "complaints/" + c.getId());
    }

    private CustomerOrder validate(ComplaintForm form, Customer customer, InvalidInputException.Collector errors) {
        errors.addIf(form.getChannel() == null, "channel", "complaint.error.channel");
        errors.addIf(form.getCategory() == null, "category", "complaint.error.category");
        errors.addIf(form.getSpreadRisk() == null, "spreadRisk", "complaint.error.spread-risk");
        String subject = trim(form.getSubject());
        errors.addIf(!com.cxops.portal.base.TextRules.hasVisibleCharacter(subject), "subject", "complaint.error.subject");
        errors.addIf(com.cxops.portal.base.TextRules.hasBrokenCharacters(subject, false), "subject", "error.text.control");
        errors.addIf(subject.length() > 200, "subject", "error.too-long");
        String description = trim(form.getDescription());
        errors.addIf(!com.cxops.portal.base.TextRules.hasVisibleCharacter(description), "description", "complaint.error.description");
        errors.addIf(com.cxops.portal.base.TextRules.hasBrokenCharacters(description, true), "description", "error.text.control");
        errors.addIf(description.length() > 4000, "description", "error.too-long");
        errors.addIf(form.getAffectedCount() < 1 || form.getAffectedCount() > settings.getInt(ComplaintSettings.MAX_AFFECTED),
                "affectedCount", "complaint.error.affected");
        String orderId = trim(form.getOrderExternalId());
        if (orderId.isEmpty()) {
            return null;
        }
        if (orderId.length() > 64) {
            errors.add("orderExternalId", "error.too-long");
            return null;
        }
        CustomerOrder order = customers.order(orderId).orElse(null);
        errors.addIf(order == null, "orderExternalId", "complaint.error.order");
        errors.addIf(order != null && customer != null && !order.getCustomer().getId().equals(customer.getId()),
                "orderExternalId", "complaint.error.order-customer");
        return order;
    }

    private static void applyDetails(Complaint c, ComplaintForm form, CustomerOrder order) {
        c.setChannel(form.getChannel());
        c.setCategory(form.getCategory());
        c.setSubject(trim(form.getSubject()));
        c.setDescription(trim(form.getDescription()));
        c.setSpreadRisk(form.getSpreadRisk());
        c.setAffectedCount(form.getAffectedCount());
        if (order == null) {
            c.setOrder(null, null, null);
        } else {
            c.setOrder(order.getExternalId(), order.getAmount(), order.getCurrency());
        }
    }

    /** Intake by API: a count of affected customers the text names replaces a count left at 1, marked as inferred. */
    private void applyInferredCount(Complaint c, TieringEngine.Result r) {
        if (c.getSource() == ComplaintSource.API && c.getAffectedCount() <= 1 && r.inferred() != null && r.inferred().count() > 1) {
            c.setAffectedCount(Math.min(r.inferred().count(), settings.getInt(ComplaintSettings.MAX_AFFECTED)));
            c.setAffectedInferred(true);
        }
    }

    private TieringEngine.Result evaluate(Complaint c, Customer customer) {
        Instant previous = complaints.previousComplaintAt(c.getCustomerId(), c.getCreatedAt(), c.getId() == null ? -1L : c.getId());
        // The portal's agent confirms a count suggested by the text; a complaint from the API has no one to ask.
        boolean inferCounts = c.getSource() == ComplaintSource.API && c.getAffectedCount() <= 1;
        TieringEngine.Facts facts = new TieringEngine.Facts(c.getCategory(), c.getChannel(), c.getSpreadRisk(), c.getAffectedCount(),
                customer.getLayer(), customer.isVip(), c.getSubject(), c.getDescription(), previous, c.getCreatedAt(), c.getOrderAmount(),
                inferCounts, settings.getInt(com.cxops.portal.complaints.tiering.TieringSettings.BATCH_ESTIMATE));
        return TieringEngine.evaluate(rules.findAllByOrderByPositionAscIdAsc().stream().map(TieringRule::toSpec).toList(), facts);
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Complaint get(long id) {
        Complaint c = load(id);
        requireRead(viewers.current(), c);
        return c;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Permissions permissions(long id) {
        Complaint c = load(id);
        ComplaintAccess.Viewer v = viewers.current();
        return permissions(v, c, customers.accountManagerOf(c.getCustomerId()));
    }

    private static Permissions permissions(ComplaintAccess.Viewer v, Complaint c, Long manager) {
        return new Permissions(ComplaintAccess.canWork(v, c), ComplaintAccess.canNote(v, c, manager),
                c.getAssigneeId() == null && ComplaintAccess.canTake(v, c), ComplaintAccess.canAssign(v),
                ComplaintAccess.canAcknowledgeAsExecutive(v, c) && c.getExecutiveAckAt() == null);
    }

    /**
     * Everything the complaint page shows of the complaint itself, read in one transaction with one access check:
     * the complaint, what the caller may do, the timeline, the compensation and the customer's other complaints
     * the caller may read (newest first, at most {@code others}). Reading each part on its own checked access
     * again each time (about thirty small queries for one page).
     */
    @RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.VIP_MANAGER})  // READERS
    @Transactional(readOnly = true)
    public Details details(long id, int others) {
        Complaint c = load(id);
        ComplaintAccess.Viewer v = viewers.current();
        Long manager = customers.accountManagerOf(c.getCustomerId());
        requireRead(v, c, manager);
        ComplaintFilter sameCustomer = new ComplaintFilter();
        sameCustomer.setCustomerId(c.getCustomerId());
        List<ComplaintRow> otherRows = queue.page(v, sameCustomer, ZoneOffset.UTC, PageRequest.of(0, others + 1,
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))).getContent()
                .stream().filter(r -> r.id() != id).limit(others).toList();
        return new Details(c, permissions(v, c, manager), timeline.findByComplaintIdOrderByOccurredAtAscIdAsc(id),
                compensations.findByComplaintIdOrderByCreatedAtAscIdAsc(id), otherRows);
    }

    /** Whether the caller assigns complaints (team leads and managers), for showing the bulk-assign action. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public boolean canAssign() {
        return ComplaintAccess.canAssign(viewers.current());
    }

    /**
     * The queue: the complaints the caller may read that match the filter, as list rows. Days are taken in
     * {@code zone}. No transaction of its own: two single statements (who is asking, the page) need none, and
     * the begin / commit round trips were a third of a page's time.
     */
    @RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.VIP_MANAGER})  // READERS, as a plain
    // authority check: evaluating the SpEL expression was a fifth of a queue page's CPU time
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Slice<ComplaintRow> page(ComplaintFilter filter, ZoneId zone, Pageable pageable) {
        return queue.page(viewers.current(), filter, zone, pageable);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long id) {
        get(id);
        return timeline.findByComplaintIdOrderByOccurredAtAscIdAsc(id);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Compensation> compensations(long id) {
        get(id);
        return compensations.findByComplaintIdOrderByCreatedAtAscIdAsc(id);
    }

    /**
     * The customer-visible steps as text to paste into a message to the customer, one step a line, in the
     * customer's language ({@code locale}) and time zone ("received – inspecting – refund due in 4 h").
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public String progressSummary(long id, Locale locale, ZoneId zone) {
        Complaint c = get(id);
        StringBuilder out = new StringBuilder(i18n.translate(locale, "progress.header", c.getNumber(), c.getSubject()));
        for (TimelineEntry e : timeline.findByComplaintIdOrderByOccurredAtAscIdAsc(id)) {
            if (!e.isCustomerVisible()) {
                continue;
            }
            String step = switch (e.getKind()) {
                case CREATED -> i18n.translate(locale, "progress.received");
                case STATUS -> i18n.translate(locale, "progress.status." + e.getToValue());
                case COMPENSATION -> i18n.translate(locale, "progress.compensation", e.getBody());
                default -> e.getBody();
            };
            out.append('\n').append(Formats.dateTime(e.getOccurredAt(), zone, locale)).append(" – ").append(step);
        }
        return out.toString();
    }

    // ---- changes -----------------------------------------------------------------------------------------------

    /** Edits the details; a higher spread risk or more affected customers may raise the tier, never lower it. */
    @PreAuthorize(WORKERS)
    public Complaint update(long id, ComplaintForm form) {
        Complaint c = load(id);
        requireWork(c);
        ConcurrentEditException.check(c, form.getVersion());
        Customer customer = customers.customer(c.getCustomerId()).orElseThrow();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        CustomerOrder order = validate(form, customer, errors);
        errors.throwIfAny();
        String before = describe(c);
        SpreadRisk spreadBefore = c.getSpreadRisk();
        int affectedBefore = c.getAffectedCount();
        applyDetails(c, form, order);
        Instant now = now();
        String actor = actor();
        c.touch(now, actor);
        String after = describe(c);
        if (!before.equals(after)) {
            log(c, now, actor, TimelineKind.EDIT, false, null, null, after);
        }
        if (c.getSpreadRisk() != spreadBefore || c.getAffectedCount() != affectedBefore) {
            reTierUpward(c, customer, now, actor);
        }
        c = save(c);
        audit.record("COMPLAINT_UPDATED", "Complaint", id, before + " -> " + after);
        return c;
    }

    private void reTierUpward(Complaint c, Customer customer, Instant now, String actor) {
        TieringEngine.Result r = evaluate(c, customer);
        if (r.tier().isAbove(c.getTier())) {
            Tier from = c.getTier();
            c.setTier(r.tier(), r.reason());
            log(c, now, actor, TimelineKind.TIER, false, from.name(), r.tier().name(), r.reason());
            audit.record("COMPLAINT_TIER_RAISED", "Complaint", c.getId(), from + " -> " + r.tier() + " (" + r.reason() + ")");
            events.publishEvent(new ComplaintTierChanged(c.getId(), from, r.tier(), now));
        }
    }

    /** A person sets the tier by hand; the reason is required and recorded. */
    @PreAuthorize(WORKERS)
    public Complaint changeTier(long id, Tier tier, String reason, long version) {
        Complaint c = load(id);
        requireWork(c);
        ConcurrentEditException.check(c, version);
        String why = trim(reason);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(tier == null, "tier", "complaint.error.tier");
        errors.addIf(why.isEmpty(), "reason", "complaint.error.tier-reason");
        errors.addIf(why.length() > 500, "reason", "error.too-long");
        errors.addIf(tier != null && tier == c.getTier(), "tier", "complaint.error.tier-same");
        errors.throwIfAny();
        Instant now = now();
        String actor = actor();
        Tier from = c.getTier();
        events.publishEvent(new ComplaintTierCorrected(c, from, c.getTierReason(), tier, why, actor));
        c.setTier(tier, TieringEngine.word(tier) + ": set by " + actor + ": " + why);
        c.touch(now, actor);
        log(c, now, actor, TimelineKind.TIER, false, from.name(), tier.name(), why);
        c = save(c);
        audit.record("COMPLAINT_TIER_CHANGED", "Complaint", id, from + " -> " + tier + ": " + why);
        events.publishEvent(new ComplaintTierChanged(id, from, tier, now));
        return c;
    }

    /** Moves the complaint through the workflow; a refused move says why and changes nothing. */
    @PreAuthorize(WORKERS)
    public Complaint transition(long id, ComplaintStatus to, long version) {
        Complaint c = load(id);
        requireWork(c);
        ConcurrentEditException.check(c, version);
        Instant now = now();
        ComplaintStatus from = c.getStatus();
        boolean rcaComplete = c.getTier() != Tier.MAJOR || RcaCompleteness.isComplete(
                findings.findByComplaintIdOrderByDimensionAscIdAsc(id), actions.findByComplaintIdOrderByIdAsc(id));
        ComplaintWorkflow.refusal(from, to, c.getTier(), rcaComplete, c.getResolvedAt(), c.getClosedAt(), now,
                settings.getInt(ComplaintSettings.REOPEN_DAYS)).ifPresent(key -> {
            throw InvalidInputException.of("status", key);
        });
        String actor = actor();
        c.enter(to, now);
        c.touch(now, actor);
        log(c, now, actor, TimelineKind.STATUS, true, from.name(), to.name(), null);
        c = save(c);
        audit.record("COMPLAINT_STATUS_CHANGED", "Complaint", id, from + " -> " + to);
        events.publishEvent(new ComplaintStatusChanged(id, from, to, now));
        if (to == ComplaintStatus.RESOLVED) {
            events.publishEvent(new ComplaintResolved(id, c.getCustomerId(), now));
        }
        return c;
    }

    /** An agent takes an unassigned complaint; of two agents taking at once, one wins and the other is told who. */
    @PreAuthorize(WORKERS)
    public Complaint take(long id) {
        Complaint c = load(id);
        ComplaintAccess.Viewer v = viewers.current();
        if (!ComplaintAccess.canTake(v, c) || v.staffId() == null) {
            throw new AccessDeniedException("not in the team of complaint " + id);
        }
        Instant now = now();
        if (complaints.takeIfUnassigned(id, v.staffId(), now, v.username()) == 0) {
            Complaint current = complaints.findLocked(id).orElseThrow();
            throw new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
        }
        Complaint taken = load(id);
        log(taken, now, v.username(), TimelineKind.ASSIGNMENT, false, null, v.username(), null);
        audit.record("COMPLAINT_TAKEN", "Complaint", id, v.username());
        return taken;
    }

    /** A team lead or manager assigns (or, with null, unassigns) a complaint, optionally moving it to a team. */
    @PreAuthorize(WORKERS)
    public Complaint assign(long id, Long staffId, Long teamId, long version) {
        requireAssigner();
        Complaint c = load(id);
        ConcurrentEditException.check(c, version);
        return doAssign(c, staffId, teamId);
    }

    /** Assigns many complaints at once (from the queue); returns how many changed. */
    @PreAuthorize(WORKERS)
    public int bulkAssign(Collection<Long> ids, Long staffId, Long teamId) {
        requireAssigner();
        int changed = 0;
        for (Long id : ids) {
            Complaint c = load(id);
            if (!java.util.Objects.equals(c.getAssigneeId(), staffId) || (teamId != null && !teamId.equals(c.getTeamId()))) {
                doAssign(c, staffId, teamId);
                changed++;
            }
        }
        return changed;
    }

    private Complaint doAssign(Complaint c, Long staffId, Long teamId) {
        StaffDirectory.StaffContact assignee = null;
        if (staffId != null) {
            assignee = staff.find(staffId).filter(StaffDirectory.StaffContact::enabled)
                    .orElseThrow(() -> InvalidInputException.of("assignee", "complaint.error.assignee"));
        }
        if (teamId != null && !teams.existsById(teamId)) {
            throw InvalidInputException.of("team", "complaint.error.team");
        }
        Instant now = now();
        String actor = actor();
        String from = c.getAssigneeId() == null ? null : staff.find(c.getAssigneeId()).map(StaffDirectory.StaffContact::username).orElse(null);
        c.setAssigneeId(staffId);
        if (teamId != null) {
            c.setTeamId(teamId);
        }
        c.touch(now, actor);
        log(c, now, actor, TimelineKind.ASSIGNMENT, false, from, assignee == null ? null : assignee.username(), null);
        Complaint saved = save(c);
        audit.record("COMPLAINT_ASSIGNED", "Complaint", c.getId(), from + " -> " + (assignee == null ? null : assignee.username())
                + (teamId == null ? "" : ", team " + teamId));
        if (assignee != null && !assignee.username().equals(actor)) {
            notifier.notify(assignee.username(), "COMPLAINT_ASSIGNED", "notification.complaint-assigned",
                    List.of(c.getNumber(), c.getSubject()), "complaints/" + c.getId());
        }
        return saved;
    }

    /** A note: internal (staff only) or customer-visible (part of the progress summary). */
    @PreAuthorize(READERS)
    public TimelineEntry addNote(long id, String text, boolean customerVisible) {
        Complaint c = load(id);
        ComplaintAccess.Viewer v = viewers.current();
        if (!ComplaintAccess.canNote(v, c, customers.accountManagerOf(c.getCustomerId()))) {
            throw new AccessDeniedException("may not add notes to complaint " + id);
        }
        String body = trim(text);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(body.isEmpty(), "note", "complaint.error.note");
        errors.addIf(body.length() > 4000, "note", "error.too-long");
        errors.throwIfAny();
        TimelineEntry e = log(c, now(), v.username(), TimelineKind.NOTE, customerVisible, null, null, body);
        audit.record(customerVisible ? "COMPLAINT_NOTE_PUBLIC" : "COMPLAINT_NOTE_INTERNAL", "Complaint", id, null);
        return e;
    }

    /** Records compensation; amounts are money for coupons and refunds, whole points for points. */
    @PreAuthorize(WORKERS)
    public Compensation addCompensation(long id, CompensationForm form) {
        Complaint c = load(id);
        requireWork(c);
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
        errors.addIf(reason.length() > 1000, "reason", "error.too-long");
        errors.throwIfAny();
        Instant now = now();
        String actor = actor();
        Compensation comp = compensations.save(new Compensation(id, kind, amount, money ? currency : null, reason, now, actor));
        String text = kind.name() + (amount == null ? "" : " " + amount.toPlainString() + (money ? " " + currency : "")) + ": " + reason;
        log(c, now, actor, TimelineKind.COMPENSATION, true, null, kind.name(), text);
        audit.record("COMPLAINT_COMPENSATION", "Complaint", id, text);
        return comp;
    }

    /** DOMAIN.md: the executive is alerted to a major complaint at once and must acknowledge it (who, when). */
    @PreAuthorize("hasRole('EXECUTIVE')")
    public Complaint acknowledgeAsExecutive(long id) {
        Complaint c = load(id);
        ComplaintAccess.Viewer v = viewers.current();
        if (!ComplaintAccess.canAcknowledgeAsExecutive(v, c)) {
            throw InvalidInputException.of("", "complaint.error.exec-ack-major-only");
        }
        if (c.getExecutiveAckAt() != null) {
            throw InvalidInputException.of("", "complaint.error.exec-ack-done");
        }
        Instant now = now();
        c.acknowledgeByExecutive(v.username(), now);
        c.touch(now, v.username());
        log(c, now, v.username(), TimelineKind.EXECUTIVE_ACK, false, null, v.username(), null);
        c = save(c);
        audit.record("COMPLAINT_EXEC_ACK", "Complaint", id, v.username());
        events.publishEvent(new ComplaintAcknowledgedByExecutive(id, v.username(), now));
        return c;
    }

    /**
     * A step another feature records in the complaint's log, e.g. a published public statement (SLA feature): the
     * caller must be able to work the complaint; an integration (API key) always may. The feature validates its input.
     */
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','INTEGRATION')")
    public TimelineEntry logStep(long id, TimelineKind kind, Instant at, boolean customerVisible, String to, String body) {
        Complaint c = load(id);
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean integration = auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_INTEGRATION".equals(a.getAuthority()));
        if (!integration) {
            requireWork(c);
        }
        return log(c, at, actor(), kind, customerVisible, null, to, body);
    }

    /**
     * For the SLA feature (a system call, no person): the due instant of the current SLA target and whether it is
     * breached. It does not change the complaint's version, so it never causes an edit conflict for the agent.
     */
    public void recordSlaStatus(long complaintId, Instant dueAt, boolean breached) {
        recordSlaStatus(complaintId, dueAt, null, breached);
    }

    /** As {@link #recordSlaStatus(long, Instant, boolean)}, with the warning point of that target (null: none). */
    public void recordSlaStatus(long complaintId, Instant dueAt, Instant warnAt, boolean breached) {
        Complaint c = complaints.findById(complaintId)
                .orElseThrow(() -> InvalidInputException.of("complaintId", "error.not-found"));
        boolean newlyBreached = breached && !c.isSlaBreached();
        complaints.updateSla(complaintId, dueAt, dueAt == null ? Complaint.NOTHING_DUE : dueAt, warnAt, breached);
        if (newlyBreached) {
            audit.recordAs("system", "COMPLAINT_SLA_BREACHED", "Complaint", complaintId, "due " + dueAt);
        }
    }

    /** For the SLA feature (a system call, no person): the facts of one complaint its clocks need. */
    @Transactional(readOnly = true)
    public Optional<SlaFacts> slaFacts(long complaintId) {
        return complaints.slaFacts(complaintId);
    }

    /**
     * For the SLA feature (a system call, no person): open complaints (NEW, ACKNOWLEDGED, IN_PROGRESS,
     * WAITING_CUSTOMER, REOPENED) with an id above {@code afterId}, in id order, at most {@code limit}; call again with
     * the last id to walk all of them in bounded memory.
     */
    @Transactional(readOnly = true)
    public List<SlaFacts> openForSla(long afterId, int limit) {
        return complaints.openSlaFacts(afterId, ComplaintFilter.OPEN, org.springframework.data.domain.PageRequest.of(0, Math.max(1, Math.min(limit, 10000))));
    }

    // ---- saved filters -----------------------------------------------------------------------------------------

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<SavedFilter> savedFilters() {
        return savedFilters.findByOwnerOrderByNameAsc(actor());
    }

    @PreAuthorize(READERS)
    public SavedFilter saveFilter(String name, ComplaintFilter filter) {
        String n = trim(name);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(n.isEmpty(), "name", "filter.error.name");
        errors.addIf(n.length() > 100, "name", "error.too-long");
        String definition = filter.serialize();
        errors.addIf(definition.length() > 2000, "name", "filter.error.too-big");
        errors.throwIfAny();
        String owner = actor();
        savedFilters.findByOwnerAndName(owner, n).ifPresent(savedFilters::delete);
        savedFilters.flush();
        SavedFilter saved = savedFilters.saveAndFlush(new SavedFilter(owner, n, definition, now()));
        audit.record("COMPLAINT_FILTER_SAVED", "SavedFilter", saved.getId(), n);
        return saved;
    }

    @PreAuthorize(READERS)
    public void deleteFilter(long id) {
        SavedFilter f = savedFilters.findById(id).filter(s -> s.getOwner().equals(actor()))
                .orElseThrow(() -> new AccessDeniedException("not your filter"));
        savedFilters.delete(f);
        audit.record("COMPLAINT_FILTER_DELETED", "SavedFilter", id, f.getName());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Complaint load(long id) {
        return complaints.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
    }

    private void requireRead(ComplaintAccess.Viewer v, Complaint c) {
        requireRead(v, c, customers.accountManagerOf(c.getCustomerId()));
    }

    private static void requireRead(ComplaintAccess.Viewer v, Complaint c, Long customerManagerId) {
        if (!ComplaintAccess.canRead(v, c, customerManagerId)) {
            throw new AccessDeniedException("may not read complaint " + c.getId());
        }
    }

    private void requireWork(Complaint c) {
        if (!ComplaintAccess.canWork(viewers.current(), c)) {
            throw new AccessDeniedException("may not work complaint " + c.getId());
        }
    }

    private void requireAssigner() {
        if (!ComplaintAccess.canAssign(viewers.current())) {
            throw new AccessDeniedException("only team leads and managers assign");
        }
    }

    private Complaint save(Complaint c) {
        try {
            return complaints.saveAndFlush(c);
        } catch (ObjectOptimisticLockingFailureException e) {
            Complaint current = complaints.findLocked(c.getId()).orElseThrow();
            throw new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
        }
    }

    private TimelineEntry log(Complaint c, Instant at, String actor, TimelineKind kind, boolean visible, String from, String to, String body) {
        return timeline.save(new TimelineEntry(c.getId(), at, actor, kind, visible, from, to, body));
    }

    private static String describe(Complaint c) {
        return c.getCategory() + ", " + c.getChannel() + ", " + c.getSpreadRisk() + ", affected " + c.getAffectedCount()
                + ", order " + c.getOrderExternalId() + ", \"" + c.getSubject() + "\"";
    }

    /** Instants are stored with microseconds (DATETIME(6)); cutting here keeps what the caller sees equal to what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static boolean isIdempotencyConflict(DataIntegrityViolationException e) {
        String m = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("uk_complaint_idempotency");
    }
}
