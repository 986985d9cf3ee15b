package com.cxops.portal.concierge;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.customers.MembershipLevel;
import com.cxops.portal.tasks.Task;
import com.cxops.portal.tasks.TaskCompleted;
import com.cxops.portal.tasks.TaskCompletionCheck;
import com.cxops.portal.tasks.TaskForm;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VIP rights per membership level with a yearly allowance (data), and their usage: a service-request task that uses a
 * right counts once it is DONE with outcome DELIVERED, in the shop year of delivery. Delivering beyond the allowance
 * needs a manager's recorded approval first.
 */
@Service
@Transactional
@Validated
public class RightsService implements TaskCompletionCheck {

    private final VipRightRepository rights;
    private final VipRightUseRepository uses;
    private final TaskWorkflowService tasks;
    private final ConciergeAccess access;
    private final CustomerFacts customers;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final ShopSettings shop;
    private final Clock clock;

    RightsService(VipRightRepository rights, VipRightUseRepository uses, TaskWorkflowService tasks, ConciergeAccess access, CustomerFacts customers,
                  CurrentUser user, AuditTrail audit, ShopSettings shop, Clock clock) {
        this.rights = rights;
        this.uses = uses;
        this.tasks = tasks;
        this.access = access;
        this.customers = customers;
        this.user = user;
        this.audit = audit;
        this.shop = shop;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<VipRight> catalogue() {
        return rights.findAllByOrderByMembershipLevelAscCodeAsc();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<VipRight> catalogue(MembershipLevel level) {
        return rights.findByMembershipLevelAndActiveTrueOrderByCodeAsc(level);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public VipRight updateAllowance(long rightId, int allowance, boolean active, long editedVersion) {
        if (allowance < 0 || allowance > VipRight.MAX_ALLOWANCE) {
            throw InvalidInputException.of("yearlyAllowance", "concierge.error.allowance");
        }
        VipRight r = rights.findById(rightId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(r, editedVersion);
        String before = r.getYearlyAllowance() + (r.isActive() ? "" : " inactive");
        r.setYearlyAllowance(allowance);
        r.setActive(active);
        r.touch(clock.instant(), user.username());
        try {
            r = rights.saveAndFlush(r);
        } catch (ObjectOptimisticLockingFailureException e) {
            VipRight current = rights.findById(rightId).orElseThrow();
            throw new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
        }
        audit.record("VIP_RIGHT_UPDATED", "VipRight", rightId, AuditDetails.of("audit.detail.right-updated", r.getCode(), AuditDetails.label("membership.", r.getMembershipLevel()), before, allowance,
                AuditDetails.label(active ? "audit.detail.active" : "audit.detail.inactive")));
        return r;
    }

    /**
     * The customer's rights this (shop) year at their current membership level: allowance, used, left. Uses delivered
     * while they had another level this year counted against that level's allowance, not this one.
     */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE})
    @Transactional(readOnly = true)
    public List<RightUsage> usage(long customerId) {
        CustomerFacts.Snapshot c = customer(customerId);
        access.requireBookOrReader(c);
        int year = year(clock.instant());
        Map<String, Long> used = new HashMap<>();
        uses.deliveredByCode(customerId, c.membershipLevel(), year).forEach(r -> used.put((String) r[0], ((Number) r[1]).longValue()));
        return rights.findByMembershipLevelAndActiveTrueOrderByCodeAsc(c.membershipLevel()).stream()
                .map(r -> new RightUsage(r.getId(), r.getCode(), r.getNameEn(), r.getNameZh(), r.getYearlyAllowance(),
                        used.getOrDefault(r.getCode(), 0L)))
                .toList();
    }

    /** Opens a service request that uses a right: a task for the customer's account manager (or the pool). */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow request(RightRequestForm form) {
        CustomerFacts.Snapshot c = form.customerId() == null ? null : customers.find(form.customerId()).orElse(null);
        if (c == null) {
            throw InvalidInputException.of("customerId", "concierge.error.customer");
        }
        access.requireBook(c);
        VipRight right = form.rightId() == null ? null : rights.findById(form.rightId()).orElse(null);
        if (right == null || !right.isActive() || right.getMembershipLevel() != c.membershipLevel()) {
            throw InvalidInputException.of("rightId", "concierge.error.right");
        }
        TaskForm task = new TaskForm();
        task.setTypeCode(TaskType.SERVICE_REQUEST);
        task.setCustomerId(c.id());
        task.setTitle("@concierge.task.right|" + right.getNameEn() + "|" + right.getNameZh() + "|" + c.name());
        task.setDescription(form.note());
        task.setDueAt(form.dueAt());
        task.setOwnerId(c.accountManagerId());
        TaskRow row = tasks.create(task);
        Instant now = clock.instant();
        VipRightUse use = new VipRightUse(row.id(), c.id(), right.getId(), c.membershipLevel(), year(row.dueAt()), now, user.username());
        use.touch(now, user.username());
        uses.saveAndFlush(use);
        audit.record("VIP_RIGHT_REQUESTED", "Task", row.id(), AuditDetails.of("audit.detail.right-requested", right.getCode(), String.valueOf(c.id())));
        return row;
    }

    /** The right a service-request task uses, if any. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE})
    @Transactional(readOnly = true)
    public Optional<VipRightUse> useOfTask(long taskId) {
        return uses.findByTaskId(taskId);
    }

    /** Whether delivering this task now would go beyond the allowance (and it has no approval yet). */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE})
    @Transactional(readOnly = true)
    public boolean needsApproval(long taskId) {
        return uses.findByTaskId(taskId).map(this::beyondAllowance).orElse(false);
    }

    /** A manager approves delivering a right beyond its allowance (recorded with a note). */
    @RolesAllowed(Role.Names.MANAGER)
    public VipRightUse approve(long taskId, @NotBlank(message = "{concierge.error.approval-note}")
                               @Size(max = VipRightUse.APPROVAL_NOTE_MAX) String note) {
        VipRightUse use = uses.findByTaskId(taskId).orElseThrow(() -> InvalidInputException.of("", "concierge.error.no-right"));
        String why = note.strip();
        if (use.isApproved() || use.isDelivered()) {
            return use;
        }
        Instant now = clock.instant();
        use.approve(user.username(), now, why);
        use.touch(now, user.username());
        uses.saveAndFlush(use);
        audit.record("VIP_RIGHT_APPROVED", "Task", taskId, AuditDetails.of("audit.detail.right-approved", why));
        return use;
    }

    @Override
    public void beforeComplete(Task task, String outcomeCode) {
        if (!TaskType.SERVICE_REQUEST.equals(task.getType().getCode()) || !TaskType.OUTCOME_DELIVERED.equals(outcomeCode)) {
            return;
        }
        uses.findByTaskId(task.getId()).ifPresent(use -> {
            if (beyondAllowance(use)) {
                throw InvalidInputException.of("outcome", "concierge.error.right-needs-approval");
            }
        });
    }

    @EventListener
    void onTaskCompleted(TaskCompleted done) {
        if (!TaskType.SERVICE_REQUEST.equals(done.typeCode()) || !TaskType.OUTCOME_DELIVERED.equals(done.outcomeCode())) {
            return;
        }
        uses.findByTaskId(done.taskId()).ifPresent(use -> {
            use.deliver(done.at(), year(done.at()), levelNow(use));
            use.touch(done.at(), done.actor());
            uses.save(use);
        });
    }

    private boolean beyondAllowance(VipRightUse use) {
        if (use.isApproved() || use.isDelivered()) {
            return false;
        }
        VipRight requested = rights.findById(use.getRightId()).orElse(null);
        if (requested == null) {
            return false;
        }
        // delivered now, it counts against the allowance of the level the customer has now
        MembershipLevel level = levelNow(use);
        int allowance = rights.findByCodeAndMembershipLevel(requested.getCode(), level).filter(VipRight::isActive)
                .map(VipRight::getYearlyAllowance).orElse(0);
        return uses.delivered(use.getCustomerId(), requested.getCode(), level, year(clock.instant())) >= allowance;
    }

    private MembershipLevel levelNow(VipRightUse use) {
        return customers.find(use.getCustomerId()).map(CustomerFacts.Snapshot::membershipLevel).orElse(use.getMembershipLevel());
    }

    private CustomerFacts.Snapshot customer(long id) {
        return customers.find(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
    }

    private int year(Instant at) {
        return at.atZone(shop.zone()).getYear();
    }
}
