package com.cxops.portal.reports;

import org.jspecify.annotations.Nullable;
import com.cxops.portal.base.validation.PlainText;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The review's action items of a pack's period (what, owner, due), tracked to done like corrective actions. */
@Service
@Validated
public class ReviewActions {

    private final ReportStore store;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;
    private final TransactionTemplate tx;

    ReviewActions(ReportStore store, AuditTrail audit, CurrentUser user, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public List<ActionItem> actions(ReviewPeriod period) {
        return store.actions(period.kind(), period.firstDay());
    }

    @RolesAllowed(Role.Names.MANAGER)
    public long addAction(ReviewPeriod period, @Nullable @PlainText(multiline = true) @Size(max = ActionItem.WHAT_MAX) String what,
                          @Nullable Long ownerId, @Nullable LocalDate due) {
        // presence is collected with the owner and due date, so one answer names every missing field
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(what == null || what.isBlank(), "what", "reports.error.what-required");
        errors.addIf(ownerId == null, "owner", "reports.error.owner-required");
        errors.addIf(due == null, "due", "reports.error.due-required");
        errors.throwIfAny();
        return Objects.requireNonNull(tx.execute(s -> {
            long id = store.insertAction(period.kind(), period.firstDay(), what.trim(), ownerId, due, user.username(), clock.instant());
            audit.record("REPORT_ACTION_ADDED", "ReportActionItem", id, AuditDetails.of("audit.detail.review-action-added", AuditDetails.label("reports.kind.", period.kind()), period.label(), what.trim(),
                    AuditDetails.person(ownerId), due));
            return id;
        }));
    }

    @RolesAllowed(Role.Names.MANAGER)
    public void setActionDone(long id, long version, boolean done) {
        tx.executeWithoutResult(s -> {
            if (!store.setActionStatus(id, version, done, user.username(), clock.instant())) {
                throw new ConcurrentEditException(store.actionUpdatedBy(id), null);
            }
            audit.record("REPORT_ACTION_STATUS", "ReportActionItem", id, AuditDetails.of("audit.detail.changed", AuditDetails.label(done ? "action.status.OPEN" : "action.status.DONE"),
                    AuditDetails.label(done ? "action.status.DONE" : "action.status.OPEN")));
        });
    }
}
