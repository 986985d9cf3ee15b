package com.cxops.portal.surveys;

import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.MembershipLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a manager fills in to start a campaign. Empty layer or level sets mean "any". The sample's size (its bounds
 * depend on its kind) and the send window (both ends, in order, not past) are checked by the service.
 */
public class CampaignForm {

    public static final int LAST_ORDER_DAYS_MAX = 3650;

    @NotBlank(message = "{surveys.campaign.error.name}")
    @Size(max = Campaign.NAME_MAX)
    private String name;
    @NotNull
    private CampaignKind kind = CampaignKind.RELATIONSHIP;
    private Set<CustomerLayer> layers = EnumSet.noneOf(CustomerLayer.class);
    private Set<MembershipLevel> levels = EnumSet.noneOf(MembershipLevel.class);
    @NotNull
    private VipFilter vip = VipFilter.ANY;
    @Min(value = 1, message = "{surveys.campaign.error.last-order}")
    @Max(value = LAST_ORDER_DAYS_MAX, message = "{surveys.campaign.error.last-order}")
    private Integer lastOrderDays;
    @NotNull
    private SampleKind sampleKind = SampleKind.ALL;
    private int sampleValue = 100;
    private Instant windowStart;
    private Instant windowEnd;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public Set<CustomerLayer> getLayers() {
        return layers;
    }

    public void setLayers(Set<CustomerLayer> layers) {
        this.layers = layers == null ? EnumSet.noneOf(CustomerLayer.class) : layers;
    }

    public Set<MembershipLevel> getLevels() {
        return levels;
    }

    public void setLevels(Set<MembershipLevel> levels) {
        this.levels = levels == null ? EnumSet.noneOf(MembershipLevel.class) : levels;
    }

    public VipFilter getVip() {
        return vip;
    }

    public void setVip(VipFilter vip) {
        this.vip = vip;
    }

    public Integer getLastOrderDays() {
        return lastOrderDays;
    }

    public void setLastOrderDays(Integer lastOrderDays) {
        this.lastOrderDays = lastOrderDays;
    }

    public SampleKind getSampleKind() {
        return sampleKind;
    }

    public void setSampleKind(SampleKind sampleKind) {
        this.sampleKind = sampleKind;
    }

    public int getSampleValue() {
        return sampleValue;
    }

    public void setSampleValue(int sampleValue) {
        this.sampleValue = sampleValue;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(Instant windowStart) {
        this.windowStart = windowStart;
    }

    public Instant getWindowEnd() {
        return windowEnd;
    }

    public void setWindowEnd(Instant windowEnd) {
        this.windowEnd = windowEnd;
    }

    /** The win-back survey targets the at-risk list, whatever layers were picked. */
    public Set<CustomerLayer> effectiveLayers() {
        return kind == CampaignKind.WIN_BACK ? EnumSet.of(CustomerLayer.AT_RISK) : layers;
    }
}
