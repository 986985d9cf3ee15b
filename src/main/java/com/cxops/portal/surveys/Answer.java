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

/** A customer's answer to one invitation (a unique key keeps one per invitation), with the invitation's subject copied for results. */
@Entity
@Table(name = "survey_answer")
public class Answer extends AbstractEntity {

    @Column(name = "invitation_id", nullable = false, unique = true)
    private long invitationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SurveyKind kind;

    @Column(nullable = false)
    private int score;

    @Column(length = SurveySettings.COMMENT_HARD_MAX)
    private String comment;

    /** Codes of the comment themes found in the comment, comma-separated. */
    @Column(length = 500)
    private String themes;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "complaint_id")
    private Long complaintId;

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

    @Column(name = "follow_up_task_id")
    private Long followUpTaskId;

    protected Answer() {
    }

    Answer(Invitation invitation, int score, String comment, String themes, String language, Instant at) {
        this.invitationId = invitation.getId();
        this.kind = invitation.getKind();
        this.score = score;
        this.comment = comment;
        this.themes = themes;
        this.language = language;
        this.answeredAt = at;
        this.customerId = invitation.getCustomerId();
        this.campaignId = invitation.getCampaignId();
        this.complaintId = invitation.getComplaintId();
        Subject s = invitation.subject();
        this.customerLayer = s.layer();
        this.membership = s.membership();
        this.vip = s.vip();
        this.tier = s.tier();
        this.category = s.category();
        this.teamId = s.teamId();
        this.agentId = s.agentId();
    }

    void followUp(long taskId) {
        this.followUpTaskId = taskId;
    }

    public long getInvitationId() {
        return invitationId;
    }

    public SurveyKind getKind() {
        return kind;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public String getThemes() {
        return themes;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
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

    public CustomerLayer getCustomerLayer() {
        return customerLayer;
    }

    public MembershipLevel getMembership() {
        return membership;
    }

    public boolean isVip() {
        return vip;
    }

    public Tier getTier() {
        return tier;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public Long getFollowUpTaskId() {
        return followUpTaskId;
    }

    public boolean unhappy() {
        return kind.unhappy(score);
    }
}
