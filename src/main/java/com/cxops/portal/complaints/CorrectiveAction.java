package com.cxops.portal.complaints;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** What will be done about a root-cause finding, by whom and by when, tracked to done. */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends AbstractEntity {
    public static final int WHAT_MAX = 1000;


    @Column(name = "finding_id", nullable = false)
    private long findingId;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(nullable = false, length = 1000)
    private String what;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "done_at")
    private Instant doneAt;

    protected CorrectiveAction() {
    }

    CorrectiveAction(long findingId, long complaintId, String what, long ownerId, LocalDate dueDate) {
        this.findingId = findingId;
        this.complaintId = complaintId;
        this.what = what;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
    }

    public long getFindingId() {
        return findingId;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public String getWhat() {
        return what;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    void setStatus(ActionStatus status, Instant at) {
        this.status = status;
        this.doneAt = status == ActionStatus.DONE ? at : null;
    }

    /** Not done and its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status != ActionStatus.DONE && dueDate.isBefore(today);
    }
}
