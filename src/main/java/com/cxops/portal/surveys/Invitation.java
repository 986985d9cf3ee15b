package com.cxops.portal.surveys;

import com.cxops.portal.base.AbstractEntity;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.MembershipLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** One invitation of one customer to one survey; its link's token is stored only as a hash. */
@Entity
@Table(name = "survey_invitation")
public class Invitation extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SurveyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvitationStatus status = InvitationStatus.SCHEDULED;

    @Enumerated(EnumType.STRING)
    @Column(name = "skip_reason", length = 32)
    private SkipReason skipReason;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "complaint_id")
    private Long complaintId;

    /** The RESOLVED instant of the cycle this CSAT belongs to (one invitation per cycle). */
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "send_at", nullable = false)
    private Instant sendAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_layer", nullable = false, length = 20)
    private CustomerLayer customerLayer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MembershipLevel membership;

    @Column(nullable = false)
    private boolean vip;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ComplaintCategory category;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "agent_id")
    private Long agentId;

    protected Invitation() {
    }

    Invitation(SurveyKind kind, long customerId, Long campaignId, Long complaintId, Instant resolvedAt, String language,
               Instant sendAt, Instant createdAt, Subject subject) {
        this.kind = kind;
        this.customerId = customerId;
        this.campaignId = campaignId;
        this.complaintId = complaintId;
        this.resolvedAt = resolvedAt;
        this.language = SurveySettings.normalizeLanguage(language);
        this.sendAt = sendAt;
        this.createdAt = createdAt;
        this.customerLayer = subject.layer();
        this.membership = subject.membership();
        this.vip = subject.vip();
        this.tier = subject.tier();
        this.category = subject.category();
        this.teamId = subject.teamId();
        this.agentId = subject.agentId();
    }

    public Subject subject() {
        return new Subject(customerLayer, membership, vip, tier, category, teamId, agentId);
    }

    void sent(String tokenHash, String language, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.language = language;
        this.status = InvitationStatus.SENT;
        this.sentAt = now;
        this.expiresAt = expiresAt;
    }

    void skipped(SkipReason reason) {
        this.status = InvitationStatus.SKIPPED;
        this.skipReason = reason;
    }

    void cancelled() {
        this.status = InvitationStatus.CANCELLED;
    }

    void answered(Instant at) {
        this.status = InvitationStatus.ANSWERED;
        this.answeredAt = at;
    }

    /** The link can be answered now: sent, not answered, not expired. */
    public boolean open(Instant now) {
        return status == InvitationStatus.SENT && expiresAt != null && now.isBefore(expiresAt);
    }

    public SurveyKind getKind() {
        return kind;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public SkipReason getSkipReason() {
        return skipReason;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getSendAt() {
        return sendAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getAgentId() {
        return agentId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public boolean isVip() {
        return vip;
    }

    public Tier getTier() {
        return tier;
    }
}
