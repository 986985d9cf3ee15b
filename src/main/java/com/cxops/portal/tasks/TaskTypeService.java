package com.cxops.portal.tasks;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditFields;
import com.cxops.portal.base.ui.DurationWords;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.validation.ConstraintMessages;
import jakarta.validation.Validator;
import com.cxops.portal.base.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Task types and their outcome lists: data an administrator edits, in English and Chinese. */
@Service
@Transactional
public class TaskTypeService {

    private final TaskTypeRepository types;
    private final AuditTrail audit;
    private final com.cxops.portal.base.CurrentUser user;
    private final Clock clock;
    private final Validator validator;

    TaskTypeService(TaskTypeRepository types, AuditTrail audit, com.cxops.portal.base.CurrentUser user, Clock clock,
                    Validator validator) {
        this.types = types;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.validator = validator;
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public List<TaskType> list() {
        return types.findAllByOrderByPositionAscIdAsc();
    }

    /** Creates (version ignored) or updates the type with this code. Codes in use never change. */
    @RolesAllowed(Role.Names.ADMIN)
    public TaskType save(TaskTypeForm form) {
        validate(form);
        Instant now = clock.instant();
        TaskType t = types.findByCode(form.code()).orElse(null);
        boolean isNew = t == null;
        AuditFields before = isNew ? null : describe(t);
        if (isNew) {
            t = new TaskType(form.code());
            t.setPosition(types.findAll().stream().mapToInt(TaskType::getPosition).max().orElse(0) + 10);
        } else {
            ConcurrentEditException.check(t, form.version());
            // An outcome already used by done tasks must stay in the list, or their outcome would lose its name.
            Set<String> kept = new HashSet<>(form.outcomes().stream().map(TaskTypeForm.Outcome::code).toList());
            for (TaskOutcome o : t.getOutcomes()) {
                if (!kept.contains(o.getCode()) && (TaskType.OUTCOME_DELIVERED.equals(o.getCode()) && TaskType.SERVICE_REQUEST.equals(t.getCode()))) {
                    throw InvalidInputException.of("outcomes", "tasks.error.outcome-required-by-rights");
                }
            }
        }
        t.setNames(form.nameEn().strip(), form.nameZh().strip());
        t.setDefaultDueHours(form.defaultDueHours());
        t.setConcierge(form.concierge());
        t.setActive(form.active());
        t.setOutcomes(form.outcomes().stream().map(o -> new TaskOutcome(o.code().strip(), o.nameEn().strip(), o.nameZh().strip(),
                o.countsAsContact())).toList());
        t.touch(now, user.username());
        try {
            t = types.saveAndFlush(t);
        } catch (ObjectOptimisticLockingFailureException e) {
            TaskType current = types.findByCode(form.code()).orElseThrow();
            throw new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("code", "tasks.error.type-code-taken");
        }
        audit.record(isNew ? "TASK_TYPE_CREATED" : "TASK_TYPE_UPDATED", "TaskType", t.getId(),
                isNew ? describe(t).created("TaskType") : describe(t).changedFrom(before, "TaskType"));
        return t;
    }

    private void validate(TaskTypeForm f) {
        InvalidInputException found = ConstraintMessages.collect(validator.validate(f), new InvalidInputException.Collector()).toException();
        InvalidInputException.Collector e = new InvalidInputException.Collector();
        // an outcome's own errors show at the outcomes box, whose lines the editor parses ("outcomes[2].nameEn")
        found.getFieldErrors().forEach((field, key) -> {
            String shown = field.startsWith("outcomes[") ? "outcomes" : field;
            if (!e.has(shown)) {
                e.add(shown, key, found.arguments(field));
            }
        });
        if (f.outcomes() != null) {
            Set<String> codes = new HashSet<>();
            for (TaskTypeForm.Outcome o : f.outcomes()) {
                e.addIf(o.code() != null && !codes.add(o.code().strip()) && !e.has("outcomes"), "outcomes", "tasks.error.outcome-code");
            }
        }
        e.throwIfAny();
    }

    private static AuditFields describe(TaskType t) {
        return AuditFields.of().add("audit.detail.field.code", t.getCode()).add("audit.detail.field.name-en", t.getNameEn())
                .add("audit.detail.field.name-zh", t.getNameZh()).add("audit.detail.field.due", DurationWords.minutes(t.getDefaultDueHours() * 60))
                .add("audit.detail.field.concierge", t.isConcierge()).add("audit.detail.field.active", t.isActive())
                .add("audit.detail.field.outcomes", t.getOutcomes().stream().map(o -> AuditDetails.words(o.getNameEn(), o.getNameZh())).toList());
    }
}
