package com.cxops.portal.concierge;

import com.cxops.portal.base.AbstractEntity;
import com.cxops.portal.customers.MembershipLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A service-request task that uses a VIP right; it counts once its task is DONE with outcome DELIVERED. */
@Entity
@Table(name = "vip_right_use")
public class VipRightUse extends AbstractEntity {

    public static final int APPROVAL_NOTE_MAX = 500;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "right_id", nullable = false)
    private long rightId;

    @Column(name = "usage_year", nullable = false)
    private int usageYear;

    @Column(nullable = false)
    private boolean delivered;

    /** The customer's membership level when the right was requested, then when it was delivered (the one it counts against). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "membership_level", length = 16)
    private MembershipLevel membershipLevel;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_note", length = APPROVAL_NOTE_MAX)
    private String approvalNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected VipRightUse() {
    }

    VipRightUse(long taskId, long customerId, long rightId, MembershipLevel level, int usageYear, Instant createdAt, String createdBy) {
        this.membershipLevel = level;
        this.taskId = taskId;
        this.customerId = customerId;
        this.rightId = rightId;
        this.usageYear = usageYear;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public MembershipLevel getMembershipLevel() {
        return membershipLevel;
    }

    public long getTaskId() {
        return taskId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getRightId() {
        return rightId;
    }

    public int getUsageYear() {
        return usageYear;
    }

    public boolean isDelivered() {
        return delivered;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    void deliver(Instant at, int year, MembershipLevel level) {
        this.membershipLevel = level;
        this.delivered = true;
        this.deliveredAt = at;
        this.usageYear = year;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovalNote() {
        return approvalNote;
    }

    void approve(String by, Instant at, String note) {
        this.approvedBy = by;
        this.approvedAt = at;
        this.approvalNote = note;
    }

    public boolean isApproved() {
        return approvedAt != null;
    }
}
