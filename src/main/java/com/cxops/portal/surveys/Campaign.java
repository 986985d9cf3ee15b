package com.cxops.portal.surveys;

import com.cxops.portal.base.AbstractEntity;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.MembershipLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An NPS campaign: its segment, sample and send window, and how far the creation of its invitations has come. */
@Entity
@Table(name = "survey_campaign")
public class Campaign extends AbstractEntity {

    public static final int NAME_MAX = 200;

    @Column(nullable = false, length = NAME_MAX)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignStatus status = CampaignStatus.RUNNING;
    @Column(length = 200)
    private String layers;
    @Column(length = 100)
    private String levels;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private VipFilter vip;
    @Column(name = "last_order_days")
    private Integer lastOrderDays;
    @Enumerated(EnumType.STRING)
    @Column(name = "sample_kind", nullable = false, length = 8)
    private SampleKind sampleKind;
    @Column(name = "sample_value", nullable = false)
    private int sampleValue;
    @Column(name = "window_start", nullable = false)
    private Instant windowStart;
    @Column(name = "window_end", nullable = false)
    private Instant windowEnd;
    @Column(nullable = false)
    private int eligible;
    @Column(nullable = false)
    private int processed;
    @Column(nullable = false)
    private int invited;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Campaign() {
    }

    Campaign(CampaignForm f, int eligible, Instant now, String by) {
        this.name = f.getName().strip();
        this.kind = f.getKind();
        this.layers = f.effectiveLayers().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.levels = f.getLevels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.vip = f.getVip();
        this.lastOrderDays = f.getLastOrderDays();
        this.sampleKind = f.getSampleKind();
        this.sampleValue = f.getSampleValue();
        this.windowStart = f.getWindowStart();
        this.windowEnd = f.getWindowEnd();
        this.eligible = eligible;
        this.createdAt = now;
        this.createdBy = by;
    }

    public Set<CustomerLayer> layerSet() {
        return layers == null || layers.isBlank() ? EnumSet.noneOf(CustomerLayer.class)
                : Arrays.stream(layers.split(",")).map(CustomerLayer::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(CustomerLayer.class)));
    }

    public Set<MembershipLevel> levelSet() {
        return levels == null || levels.isBlank() ? EnumSet.noneOf(MembershipLevel.class)
                : Arrays.stream(levels.split(",")).map(MembershipLevel::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(MembershipLevel.class)));
    }

    void progress(int processedNow, int invitedNow) {
        this.processed = processedNow;
        this.invited = invitedNow;
    }

    void finish(CampaignStatus status, Instant at) {
        this.status = status;
        this.finishedAt = at;
    }

    public String getName() {
        return name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public VipFilter getVip() {
        return vip;
    }

    public Integer getLastOrderDays() {
        return lastOrderDays;
    }

    public SampleKind getSampleKind() {
        return sampleKind;
    }

    public int getSampleValue() {
        return sampleValue;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getWindowEnd() {
        return windowEnd;
    }

    public int getEligible() {
        return eligible;
    }

    public int getProcessed() {
        return processed;
    }

    public int getInvited() {
        return invited;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
