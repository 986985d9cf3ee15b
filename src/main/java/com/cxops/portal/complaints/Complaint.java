package com.cxops.portal.complaints;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A customer's complaint: what it is about, its tier and why, its workflow state with the instant each state was
 * entered (the SLA clocks build on them), who works it, and the SLA facts the SLA feature maintains.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends AbstractEntity {

    /** Limits of the details a person types (the form states them, the service enforces them). */
    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    /** The reason given for changing a tier by hand. */
    public static final int TIER_CHANGE_REASON_MAX = 500;
    public static final int ORDER_MAX = 64;
    /** An integration's Idempotency-Key header. */
    public static final int IDEMPOTENCY_KEY_MAX = com.cxops.portal.base.api.ApiDocumentation.IDEMPOTENCY_KEY_MAX;

    /** Sort key of a complaint with nothing due; see {@link ComplaintSlaSummary#NOTHING_DUE}. */
    public static final Instant NOTHING_DUE = ComplaintSlaSummary.NOTHING_DUE;

    @Column(nullable = false, unique = true, length = 40)
    private String number;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    /** The customer's name when the complaint was logged, so the queue needs no join. */
    @Column(name = "customer_name", nullable = false, length = 200)
    private String customerName;

    /** Null when the complaint names no order (an embeddable whose columns are all empty loads as null). */
    @Embedded
    private OrderSnapshot order;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ComplaintChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ComplaintCategory category;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "spread_risk", nullable = false, length = 16)
    private SpreadRisk spreadRisk;

    @Column(name = "affected_count", nullable = false)
    private int affectedCount = 1;

    /** The count was taken from the complaint's text, not given by a person (intake by API). */
    @Column(name = "affected_inferred", nullable = false)
    private boolean affectedInferred;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Tier tier;

    @Column(name = "tier_reason", nullable = false, length = 1000)
    private String tierReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintStatus status = ComplaintStatus.NEW;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ComplaintSource source;

    /** Unique per integration (created_by), not globally: one integration's key never meets another's (V14_0). */
    @Column(name = "idempotency_key", length = IDEMPOTENCY_KEY_MAX)
    private String idempotencyKey;

    /** SHA-256 of the request a key was first used with, so a reuse of the key for another request is refused. */
    @Column(name = "idempotency_hash", length = 64)
    private String idempotencyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "in_progress_at")
    private Instant inProgressAt;

    /** When the complaint last started waiting on the customer; null while it is not waiting. */
    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "exec_ack_by", length = 64)
    private String executiveAckBy;

    @Column(name = "exec_ack_at")
    private Instant executiveAckAt;

    @Embedded
    private ComplaintSlaSummary sla = new ComplaintSlaSummary();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "complaint_watcher", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "staff_id")
    private Set<Long> watcherIds = new HashSet<>();

    protected Complaint() {
    }

    Complaint(String number, long customerId, String customerName, ComplaintSource source, Instant createdAt, String createdBy) {
        this.number = number;
        this.customerId = customerId;
        this.customerName = customerName;
        this.source = source;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The readable number, e.g. CX-2026-000123: year of intake and the id. */
    static String formatNumber(int year, long id) {
        return "CX-%d-%06d".formatted(year, id);
    }

    void setNumber(String number) {
        this.number = number;
    }

    public String getNumber() {
        return number;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getOrderExternalId() {
        return order == null ? null : order.getExternalId();
    }

    public BigDecimal getOrderAmount() {
        return order == null ? null : order.getAmount();
    }

    public String getOrderCurrency() {
        return order == null ? null : order.getCurrency();
    }

    void setOrder(String externalId, BigDecimal amount, String currency) {
        this.order = new OrderSnapshot(externalId, amount, currency);
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public String getSubject() {
        return subject;
    }

    void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public SpreadRisk getSpreadRisk() {
        return spreadRisk;
    }

    void setSpreadRisk(SpreadRisk spreadRisk) {
        this.spreadRisk = spreadRisk;
    }

    public int getAffectedCount() {
        return affectedCount;
    }

    void setAffectedCount(int affectedCount) {
        this.affectedCount = affectedCount;
    }

    public boolean isAffectedInferred() {
        return affectedInferred;
    }

    void setAffectedInferred(boolean affectedInferred) {
        this.affectedInferred = affectedInferred;
    }

    public Tier getTier() {
        return tier;
    }

    public String getTierReason() {
        return tierReason;
    }

    void setTier(Tier tier, String reason) {
        this.tier = tier;
        this.tierReason = reason;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    /** Enters a state and records the instant (first acknowledgement is kept; the others are the latest entry). */
    void enter(ComplaintStatus next, Instant at) {
        if (status == ComplaintStatus.WAITING_CUSTOMER && next != ComplaintStatus.WAITING_CUSTOMER) {
            waitingSince = null;
        }
        switch (next) {
            case ACKNOWLEDGED -> {
                if (acknowledgedAt == null) {
                    acknowledgedAt = at;
                }
            }
            case IN_PROGRESS -> inProgressAt = at;
            case WAITING_CUSTOMER -> waitingSince = at;
            case RESOLVED -> resolvedAt = at;
            case CLOSED -> closedAt = at;
            case REOPENED -> reopenedAt = at;
            case NEW -> {
            }
        }
        this.status = next;
    }

    public ComplaintSource getSource() {
        return source;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    String getIdempotencyHash() {
        return idempotencyHash;
    }

    void setIdempotencyHash(String idempotencyHash) {
        this.idempotencyHash = idempotencyHash;
    }

    void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getInProgressAt() {
        return inProgressAt;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }

    public Long getTeamId() {
        return teamId;
    }

    void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public String getExecutiveAckBy() {
        return executiveAckBy;
    }

    public Instant getExecutiveAckAt() {
        return executiveAckAt;
    }

    void acknowledgeByExecutive(String who, Instant at) {
        this.executiveAckBy = who;
        this.executiveAckAt = at;
    }

    public Instant getSlaDueAt() {
        return sla.getDueAt();
    }

    public boolean isSlaBreached() {
        return sla.isBreached();
    }

    public Instant getSlaWarnAt() {
        return sla.getWarnAt();
    }

    void setSla(Instant dueAt, boolean breached) {
        sla.set(dueAt, breached);
    }

    public Set<Long> getWatcherIds() {
        return Set.copyOf(watcherIds);
    }

    boolean addWatcher(long staffId) {
        return watcherIds.add(staffId);
    }
}
