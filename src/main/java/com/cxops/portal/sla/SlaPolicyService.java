package com.cxops.portal.sla;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditFields;
import com.cxops.portal.base.ui.DurationWords;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.Tier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SLA policies: per tier, the targets a new complaint gets. A policy narrowed to a customer layer or to VIP
 * customers overrides the tier's general policy target by target (kinds it does not name come from the general
 * one); VIP is the most specific. A change applies to complaints created after it (their due instants are stored).
 */
@Service
@Transactional
public class SlaPolicyService {

    public record TargetForm(SlaTargetKind kind, Integer durationMinutes, Long calendarId, Integer warningPercent) {
    }

    public record PolicyForm(Tier tier, String scope, List<TargetForm> targets) {
    }

    private final SlaPolicyRepository policies;
    private final SlaCalendarRepository calendars;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    SlaPolicyService(SlaPolicyRepository policies, SlaCalendarRepository calendars, SettingsService settings,
                     AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.calendars = calendars;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<SlaPolicy> list() {
        // one policy per tier and scope: a handful of rows
        return policies.findAll().stream()
                .sorted(Comparator.comparing(SlaPolicy::getTier).thenComparing(p -> p.getScope().code()).thenComparing(SlaPolicy::getId))
                .toList();
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public Optional<SlaPolicy> get(long id) {
        return policies.findById(id);
    }

    @AdminOnly
    public SlaPolicy create(PolicyForm form) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(form.tier() == null, "tier", "sla.error.tier");
        Optional<PolicyScope> scope = PolicyScope.parse(form.scope());
        errors.addIf(scope.isEmpty(), "scope", "sla.error.scope");
        errors.addIf(form.tier() != null && scope.isPresent() && policies.findByTierAndScope(form.tier(), scope.get().code()).isPresent(),
                "scope", "sla.error.policy-exists");
        validateTargets(form.tier(), form.targets(), errors);
        errors.throwIfAny();
        SlaPolicy policy = new SlaPolicy(form.tier(), scope.get());
        policy.setTargets(targets(form.targets()));
        policy.touch(clock.instant(), me());
        policy = policies.saveAndFlush(policy);
        audit.record("SLA_POLICY_CREATED", "SlaPolicy", policy.getId(), describe(policy).created("SlaPolicy"));
        return policy;
    }

    /** Changes a policy's targets (its tier and scope stay: make another policy for another scope). */
    @AdminOnly
    public SlaPolicy update(long id, long editedVersion, List<TargetForm> targets) {
        SlaPolicy policy = policies.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(policy, editedVersion);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        validateTargets(policy.getTier(), targets, errors);
        errors.throwIfAny();
        AuditFields before = describe(policy);
        policy.setTargets(targets(targets));
        policy.touch(clock.instant(), me());
        try {
            policy = policies.saveAndFlush(policy);
        } catch (ObjectOptimisticLockingFailureException e) {
            SlaPolicy stored = policies.findById(id).orElseThrow();
            throw new ConcurrentEditException(stored.getUpdatedBy(), stored.getUpdatedAt());
        }
        audit.record("SLA_POLICY_CHANGED", "SlaPolicy", id, describe(policy).changedFrom(before, "SlaPolicy"));
        return policy;
    }

    /** Removes a narrowed policy; a tier's general policy stays (every complaint needs targets). */
    @AdminOnly
    public void delete(long id, long editedVersion) {
        SlaPolicy policy = policies.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(policy, editedVersion);
        if (policy.getScope().equals(PolicyScope.ALL)) {
            throw InvalidInputException.of("", "sla.error.general-policy");
        }
        audit.record("SLA_POLICY_DELETED", "SlaPolicy", id, describe(policy).deleted("SlaPolicy"));
        policies.delete(policy);
    }

    /**
     * The targets a new complaint of this tier gets, for a customer of this layer (null when unknown) and VIP or
     * not, in the order of {@link SlaTargetKind}. Configuration, not personal records: any caller (jobs too).
     */
    @Transactional(readOnly = true)
    public List<SlaTarget> targetsFor(Tier tier, String customerLayer, boolean vip) {
        List<String> scopes = new ArrayList<>(List.of(PolicyScope.ALL.code()));
        if (customerLayer != null) {
            scopes.add("LAYER:" + customerLayer);
        }
        if (vip) {
            scopes.add(PolicyScope.VIP.code());
        }
        Map<String, SlaPolicy> byScope = new HashMap<>();
        policies.findByTierAndScopeIn(tier, scopes).forEach(p -> byScope.put(p.getScope().code(), p));
        Map<SlaTargetKind, PolicyTarget> chosen = new EnumMap<>(SlaTargetKind.class);
        for (String scope : scopes) {  // general first, most specific last: later ones override
            SlaPolicy policy = byScope.get(scope);
            if (policy != null) {
                policy.getTargets().forEach(t -> chosen.put(t.getKind(), t));
            }
        }
        Map<Long, SlaCalendar> calendarCache = new HashMap<>();
        List<SlaTarget> result = new ArrayList<>();
        for (PolicyTarget t : chosen.values()) {
            SlaCalendar calendar = calendarCache.computeIfAbsent(t.getCalendarId(),
                    cid -> calendars.findById(cid).orElseThrow(() -> new IllegalStateException("SLA calendar " + cid + " missing")));
            result.add(new SlaTarget(t.getKind(), Duration.ofMinutes(t.getDurationMinutes()), calendar.toBusinessCalendar(),
                    calendar.getName(), t.getWarningPercent(), calendar.getId()));
        }
        return result;
    }

    private void validateTargets(Tier tier, List<TargetForm> targets, InvalidInputException.Collector errors) {
        if (targets == null || targets.isEmpty()) {
            errors.add("targets", "sla.error.no-targets");
            return;
        }
        long maxMinutes = settings.getInt(SlaSettings.MAX_TARGET_DAYS) * 24L * 60L;
        Set<SlaTargetKind> seen = new HashSet<>();
        for (TargetForm t : targets) {
            if (t.kind() == null || !seen.add(t.kind())) {
                errors.add("targets", "sla.error.kind");
                continue;
            }
            String field = "targets." + t.kind().name();
            errors.addIf(t.kind() == SlaTargetKind.EXECUTIVE_ACK && tier != Tier.MAJOR, field + ".kind", "sla.error.executive-ack-major-only");
            errors.addIf(t.durationMinutes() == null || t.durationMinutes() <= 0 || t.durationMinutes() > maxMinutes,
                    field + ".duration", "sla.error.duration");
            errors.addIf(t.warningPercent() == null || t.warningPercent() < 1 || t.warningPercent() > 99,
                    field + ".warning", "sla.error.warning");
            errors.addIf(t.calendarId() == null || !calendars.existsById(t.calendarId()), field + ".calendar", "sla.error.calendar");
        }
    }

    private static List<PolicyTarget> targets(List<TargetForm> forms) {
        return forms.stream().map(t -> new PolicyTarget(t.kind(), t.durationMinutes(), t.calendarId(), t.warningPercent())).toList();
    }

    /** The policy's tier, scope and each target as "first response 2 h (Business hours, warn at 75 %)". */
    private AuditFields describe(SlaPolicy p) {
        AuditFields fields = AuditFields.of().add("audit.detail.field.tier", AuditDetails.label("tier.", p.getTier()))
                .add("audit.detail.field.scope", AuditDetails.label(p.getScope().messageKey()));
        for (PolicyTarget t : p.getTargets()) {
            String calendar = calendars.findById(t.getCalendarId()).map(SlaCalendar::getName).orElse("#" + t.getCalendarId());
            fields.add("audit.detail.field.target." + t.getKind().name(), AuditDetails.of("audit.detail.sla-target",
                    DurationWords.minutes(t.getDurationMinutes()), calendar, t.getWarningPercent()));
        }
        return fields;
    }

    private static String me() {
        return Actors.current();
    }
}
