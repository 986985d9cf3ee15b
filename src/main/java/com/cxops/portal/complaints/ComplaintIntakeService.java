package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.base.access.ComplaintReaders;
import com.cxops.portal.base.access.ComplaintWorkers;
import com.cxops.portal.base.access.IntegrationOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.validation.ConstraintMessages;
import com.cxops.portal.base.api.ApiProblemException;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.tiering.TieringSettings;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerOrder;
import com.cxops.portal.base.validation.PlainText;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static com.cxops.portal.complaints.ComplaintService.requireNotClosed;
import static com.cxops.portal.complaints.ComplaintService.trim;

/**
 * A complaint's intake and its details: a new complaint from the portal or another system (validated, tiered by the
 * rules, a VIP's routed to the account manager) and later edits of its details, which may raise the tier.
 */
@Service
@Transactional
@Validated
public class ComplaintIntakeService {

    private final ComplaintStore store;
    private final ComplaintRepository complaints;
    private final TieringRuleRepository rules;
    private final TeamRepository teams;
    private final CustomerFacts customers;
    private final StaffDirectory staff;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final SettingsService settings;
    private final ApplicationEventPublisher events;
    /**
     * The form's constraints are checked here with the lookups rather than by {@code @Valid}, which would refuse
     * before the lookups run: the API reports every wrong field of a complaint at once.
     */
    private final Validator validator;

    ComplaintIntakeService(ComplaintStore store, ComplaintRepository complaints, TieringRuleRepository rules, TeamRepository teams,
                           CustomerFacts customers, StaffDirectory staff, Notifier notifier, AuditTrail audit,
                           SettingsService settings, ApplicationEventPublisher events, Validator validator) {
        this.store = store;
        this.complaints = complaints;
        this.rules = rules;
        this.teams = teams;
        this.customers = customers;
        this.staff = staff;
        this.notifier = notifier;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
        this.validator = validator;
    }

    /** The outcome of an API intake: the complaint and whether it is a replay of an earlier call with the same key. */
    public record Intake(Complaint complaint, boolean replay) {
    }

    @ComplaintWorkers
    public Complaint create(ComplaintForm form) {
        return doCreate(form, ComplaintSource.PORTAL, null, null);
    }

    /**
     * Intake from another system. The idempotency key belongs to the integration that sent it (another integration's
     * equal key is a different key). A replay with a key already used returns the first complaint if the request is
     * the same ({@code requestHash}), and is refused with 422 if it is not; two concurrent calls with one key meet the
     * unique constraint, and the loser's caller reads the winner's complaint with {@link #findByIdempotencyKey}.
     */
    @IntegrationOnly
    public Intake createFromApi(ComplaintForm form, @PlainText @Size(max = Complaint.IDEMPOTENCY_KEY_MAX) String idempotencyKey,
                                String requestHash) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null) {
            Optional<Complaint> earlier = findByIdempotencyKey(key, requestHash);
            if (earlier.isPresent()) {
                return new Intake(earlier.get(), true);
            }
        }
        return new Intake(doCreate(form, ComplaintSource.API, key, requestHash), false);
    }

    /** The caller's complaint made with this key; 422 (ApiProblemException) if the key came with another request. */
    @IntegrationOnly
    @Transactional(readOnly = true)
    public Optional<Complaint> findByIdempotencyKey(String key, String requestHash) {
        Optional<Complaint> earlier = complaints.findByCreatedByAndIdempotencyKey(ComplaintStore.actor(), key);
        earlier.ifPresent(c -> {
            // complaints from before V14_0 kept no hash: they replay as before
            if (c.getIdempotencyHash() != null && !c.getIdempotencyHash().equals(requestHash)) {
                throw new ApiProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "api.error.idempotency-reused");
            }
        });
        return earlier;
    }

    /**
     * Another system checks a complaint's progress (number, tier, status) by its id: only complaints it created
     * itself; any other id is "not found" (it learns nothing about complaints of other integrations).
     */
    @IntegrationOnly
    @Transactional(readOnly = true)
    public Complaint getForIntegration(long id) {
        Complaint c = store.load(id);
        if (c.getSource() != ComplaintSource.API || !c.getCreatedBy().equals(ComplaintStore.actor())) {
            throw InvalidInputException.of("", "error.not-found");
        }
        return c;
    }

    /** The largest number of affected customers a complaint accepts (a setting), for the form to state its range. */
    @ComplaintReaders
    @Transactional(readOnly = true)
    public int maxAffected() {
        return settings.getInt(ComplaintSettings.MAX_AFFECTED);
    }

    /** Edits the details; a higher spread risk or more affected customers may raise the tier, never lower it. */
    @ComplaintWorkers
    public Complaint update(long id, ComplaintForm form) {
        Complaint c = store.load(id);
        store.requireWork(c);
        requireNotClosed(c);
        ConcurrentEditException.check(c, form.getVersion());
        Customer customer = customers.customer(c.getCustomerId()).orElseThrow();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        CustomerOrder order = validate(form, customer, errors);
        errors.throwIfAny();
        DetailChanges.Snapshot snapshot = DetailChanges.Snapshot.of(c);
        SpreadRisk spreadBefore = c.getSpreadRisk();
        int affectedBefore = c.getAffectedCount();
        applyDetails(c, form, order);
        Instant now = store.now();
        String actor = ComplaintStore.actor();
        c.touch(now, actor);
        String changes = DetailChanges.encode(snapshot, DetailChanges.Snapshot.of(c));
        if (!changes.isEmpty()) {
            store.log(c, now, actor, TimelineKind.EDIT, false, null, null, changes);
        }
        if (c.getSpreadRisk() != spreadBefore || c.getAffectedCount() != affectedBefore) {
            reTierUpward(c, customer, now, actor);
        }
        c = store.save(c);
        audit.record("COMPLAINT_UPDATED", "Complaint", id, DetailChanges.audit(snapshot, DetailChanges.Snapshot.of(c)));
        return c;
    }

    /** Whether a failed insert lost the race for an idempotency key (the caller then reads the winner's complaint). */
    static boolean isIdempotencyConflict(DataIntegrityViolationException e) {
        String m = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("uk_complaint_idempotency");
    }

    private Complaint doCreate(ComplaintForm form, ComplaintSource source, String idempotencyKey, String requestHash) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Customer customer = form.getCustomerId() == null ? null : customers.customer(form.getCustomerId()).orElse(null);
        errors.addIf(customer == null, "customerId", "complaint.error.customer");
        CustomerOrder order = validate(form, customer, errors);
        Long teamId = form.getTeamId();
        errors.addIf(teamId != null && !teams.existsById(teamId), "teamId", "complaint.error.team");
        errors.throwIfAny();

        Instant now = store.now();
        String actor = ComplaintStore.actor();
        Complaint c = new Complaint("new-" + UUID.randomUUID(), customer.getId(), customer.getName(), source, now, actor);
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
        store.log(c, now, actor, TimelineKind.CREATED, true, null, c.getStatus().name(), null);
        store.log(c, now, actor, TimelineKind.TIER, false, null, c.getTier().name(), c.getTierReason());
        routeVip(c, customer, now);
        complaints.flush();
        audit.record("COMPLAINT_CREATED", "Complaint", c.getId(), AuditDetails.of("audit.detail.complaint-created", c.getNumber(), AuditDetails.label("tier.", c.getTier()), ComplaintAuditWords.tierReason(c.getTierReason())));
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
        store.log(c, now, "system", TimelineKind.WATCHER, false, null, manager.get().username(), null);
        notifier.notify(manager.get().username(), "COMPLAINT_VIP_ROUTED", "notification.complaint-vip-routed",
                List.of(c.getNumber(), customer.getName(), c.getSubject()), "complaints/" + c.getId());
    }

    private CustomerOrder validate(ComplaintForm form, Customer customer, InvalidInputException.Collector errors) {
        ConstraintMessages.collect(validator.validate(form), errors);
        errors.addIf(form.getAffectedCount() < 1 || form.getAffectedCount() > settings.getInt(ComplaintSettings.MAX_AFFECTED),
                "affectedCount", "complaint.error.affected");
        String orderId = trim(form.getOrderExternalId());
        if (orderId.isEmpty()) {
            return null;
        }
        if (errors.has("orderExternalId")) {
            return null; // too long to be an order number: not looked up
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
                inferCounts, settings.getInt(TieringSettings.BATCH_ESTIMATE));
        return TieringEngine.evaluate(rules.findAllByOrderByPositionAscIdAsc().stream().map(TieringRule::toSpec).toList(), facts);
    }

    private void reTierUpward(Complaint c, Customer customer, Instant now, String actor) {
        TieringEngine.Result r = evaluate(c, customer);
        if (r.tier().isAbove(c.getTier())) {
            Tier from = c.getTier();
            c.setTier(r.tier(), r.reason());
            store.log(c, now, actor, TimelineKind.TIER, false, from.name(), r.tier().name(), r.reason());
            audit.record("COMPLAINT_TIER_RAISED", "Complaint", c.getId(), AuditDetails.of("audit.detail.tier-raised", AuditDetails.label("tier.", from), AuditDetails.label("tier.", r.tier()), ComplaintAuditWords.tierReason(r.reason())));
            events.publishEvent(new ComplaintTierChanged(c.getId(), from, r.tier(), now));
        }
    }
}
