package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditFields;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The administrators' ordered tiering rule list (defaults seeded from DOMAIN.md by migration V3_1). */
@Service
@Transactional
@Validated
public class TieringRuleService {

    private final TieringRuleRepository rules;
    private final AuditTrail audit;
    private final Clock clock;

    TieringRuleService(TieringRuleRepository rules, AuditTrail audit, Clock clock) {
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<TieringRule> list() {
        return rules.findAllByOrderByPositionAscIdAsc();
    }

    @AdminOnly
    public TieringRule create(@Valid TieringRuleForm form) {
        validate(form, null);
        TieringRule r = new TieringRule(rules.maxPosition() + 10);
        r.apply(form);
        r.touch(clock.instant(), actor());
        try {
            r = rules.saveAndFlush(r);
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("name", "rule.error.name-taken");
        }
        audit.record("TIERING_RULE_CREATED", "TieringRule", r.getId(), describe(r).created("TieringRule"));
        return r;
    }

    @AdminOnly
    public TieringRule update(long id, @Valid TieringRuleForm form) {
        TieringRule r = rules.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(r, form.getVersion());
        validate(form, r);
        AuditFields before = describe(r);
        r.apply(form);
        r.touch(clock.instant(), actor());
        try {
            r = rules.saveAndFlush(r);
        } catch (ObjectOptimisticLockingFailureException e) {
            TieringRule current = rules.findById(id).orElseThrow();
            throw new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
        }
        audit.record("TIERING_RULE_UPDATED", "TieringRule", id, describe(r).changedFrom(before, "TieringRule"));
        return r;
    }

    @AdminOnly
    public void delete(long id, long version) {
        TieringRule r = rules.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(r, version);
        rules.delete(r);
        audit.record("TIERING_RULE_DELETED", "TieringRule", id, describe(r).deleted("TieringRule"));
    }

    /** Moves a rule one place up (-1) or down (+1) in the list; the order is the order of the reason text. */
    @AdminOnly
    public void move(long id, int direction) {
        List<TieringRule> all = new ArrayList<>(rules.findAllByOrderByPositionAscIdAsc());
        int i = -1;
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).getId() == id) {
                i = k;
            }
        }
        int j = i + Integer.signum(direction);
        if (i < 0 || j < 0 || j >= all.size()) {
            return;
        }
        TieringRule moved = all.remove(i);
        all.add(j, moved);
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).getPosition() != (k + 1) * 10) {
                all.get(k).setPosition((k + 1) * 10);
                all.get(k).touch(clock.instant(), actor());
            }
        }
        audit.record("TIERING_RULE_MOVED", "TieringRule", id, AuditDetails.of("audit.detail.rule-moved", moved.getName(), j + 1));
    }

    private void validate(TieringRuleForm f, TieringRule existing) {
        String name = ComplaintService.trim(f.getName());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        rules.findByNameIgnoreCase(name).filter(other -> existing == null || !other.getId().equals(existing.getId()))
                .ifPresent(other -> errors.add("name", "rule.error.name-taken"));
        String keywords = f.getKeywords() == null ? "" : f.getKeywords();
        boolean anyPhrase = !TieringEngine.splitKeywords(keywords).isEmpty() || !TieringEngine.splitKeywords(f.getPhrasesEn()).isEmpty()
                || !TieringEngine.splitKeywords(f.getPhrasesZh()).isEmpty();
        TieringRuleForm probe = f;
        boolean anyCondition = !probe.getCategories().isEmpty() || !probe.getChannels().isEmpty() || !probe.getSpreadRisks().isEmpty()
                || probe.getMinAffected() != null || !probe.getLayers().isEmpty() || probe.isVipOnly()
                || anyPhrase || probe.getRepeatWithinDays() != null || probe.getMinOrderAmount() != null;
        errors.addIf(!anyCondition, "", "rule.error.no-condition");
        errors.throwIfAny();
    }

    /** The rule's name, tier, state and every condition, enum values as their labels. */
    private static AuditFields describe(TieringRule r) {
        return AuditFields.of().add("audit.detail.field.name", r.getName())
                .add("audit.detail.field.tier", AuditDetails.label("tier.", r.getTier()))
                .add("audit.detail.field.enabled", r.isEnabled())
                .add("audit.detail.field.family", AuditDetails.label("tiering.family.", r.getFamily()))
                .add("audit.detail.field.categories", AuditFields.labels("category.", r.getCategories()))
                .add("audit.detail.field.channels", AuditFields.labels("channel.", r.getChannels()))
                .add("audit.detail.field.spread-risks", AuditFields.labels("spread.", r.getSpreadRisks()))
                .add("audit.detail.field.min-affected", r.getMinAffected())
                .add("audit.detail.field.layers", AuditFields.labels("layer.", r.getLayers()))
                .add("audit.detail.field.vip-only", r.isVipOnly())
                .add("audit.detail.field.keywords", r.getKeywords())
                .add("audit.detail.field.phrases-en", r.getPhrasesEn())
                .add("audit.detail.field.phrases-zh", r.getPhrasesZh())
                .add("audit.detail.field.exclusions", r.getExclusions())
                .add("audit.detail.field.context-exclusions", r.getContextExclusions())
                .add("audit.detail.field.negatable", r.isNegatable())
                .add("audit.detail.field.repeat-days", r.getRepeatWithinDays())
                .add("audit.detail.field.min-order", r.getMinOrderAmount());
    }

    private static String actor() {
        return Actors.current();
    }
}
