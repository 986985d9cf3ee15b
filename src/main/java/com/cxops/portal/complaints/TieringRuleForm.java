package com.cxops.portal.complaints;

import com.cxops.portal.complaints.tiering.RuleFamily;
import com.cxops.portal.customers.CustomerLayer;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/** What an administrator edits of a tiering rule, with the version they started from. */
public class TieringRuleForm {
    @NotBlank(message = "{rule.error.name}")
    @Size(max = TieringRule.NAME_MAX)
    private String name = "";
    private boolean enabled = true;
    @NotNull(message = "{rule.error.tier}")
    private Tier tier = Tier.URGENT;
    private Set<ComplaintCategory> categories = EnumSet.noneOf(ComplaintCategory.class);
    private Set<ComplaintChannel> channels = EnumSet.noneOf(ComplaintChannel.class);
    private Set<SpreadRisk> spreadRisks = EnumSet.noneOf(SpreadRisk.class);
    @Min(value = 1, message = "{rule.error.positive}")
    private Integer minAffected;
    private Set<CustomerLayer> layers = EnumSet.noneOf(CustomerLayer.class);
    private boolean vipOnly;
    @ListSize(max = TieringRule.LIST_MAX)
    private String keywords = "";
    @Min(value = 1, message = "{rule.error.days}")
    @Max(value = TieringRule.REPEAT_DAYS_MAX, message = "{rule.error.days}")
    private Integer repeatWithinDays;
    @DecimalMin(value = "0", inclusive = false, message = "{rule.error.positive}")
    private BigDecimal minOrderAmount;
    private RuleFamily family = RuleFamily.OTHER;
    @ListSize(max = TieringRule.LIST_MAX)
    private String phrasesEn = "";
    @ListSize(max = TieringRule.LIST_MAX)
    private String phrasesZh = "";
    @ListSize(max = TieringRule.LIST_MAX)
    private String exclusions = "";
    @ListSize(max = TieringRule.CONTEXT_EXCLUSIONS_MAX)
    private String contextExclusions = "";
    private boolean negatable;
    private long version;

    public static TieringRuleForm of(TieringRule r) {
        TieringRuleForm f = new TieringRuleForm();
        f.name = r.getName();
        f.enabled = r.isEnabled();
        f.tier = r.getTier();
        f.categories = r.getCategories();
        f.channels = r.getChannels();
        f.spreadRisks = r.getSpreadRisks();
        f.minAffected = r.getMinAffected();
        f.layers = r.getLayers();
        f.vipOnly = r.isVipOnly();
        f.keywords = r.getKeywords() == null ? "" : r.getKeywords();
        f.repeatWithinDays = r.getRepeatWithinDays();
        f.minOrderAmount = r.getMinOrderAmount();
        f.family = r.getFamily();
        f.phrasesEn = r.getPhrasesEn() == null ? "" : r.getPhrasesEn();
        f.phrasesZh = r.getPhrasesZh() == null ? "" : r.getPhrasesZh();
        f.exclusions = r.getExclusions() == null ? "" : r.getExclusions();
        f.contextExclusions = r.getContextExclusions() == null ? "" : r.getContextExclusions();
        f.negatable = r.isNegatable();
        f.version = r.getVersion();
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Tier getTier() { return tier; }
    public void setTier(Tier tier) { this.tier = tier; }
    public Set<ComplaintCategory> getCategories() { return categories; }
    public void setCategories(Set<ComplaintCategory> categories) { this.categories = categories; }
    public Set<ComplaintChannel> getChannels() { return channels; }
    public void setChannels(Set<ComplaintChannel> channels) { this.channels = channels; }
    public Set<SpreadRisk> getSpreadRisks() { return spreadRisks; }
    public void setSpreadRisks(Set<SpreadRisk> spreadRisks) { this.spreadRisks = spreadRisks; }
    public Integer getMinAffected() { return minAffected; }
    public void setMinAffected(Integer minAffected) { this.minAffected = minAffected; }
    public Set<CustomerLayer> getLayers() { return layers; }
    public void setLayers(Set<CustomerLayer> layers) { this.layers = layers; }
    public boolean isVipOnly() { return vipOnly; }
    public void setVipOnly(boolean vipOnly) { this.vipOnly = vipOnly; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public Integer getRepeatWithinDays() { return repeatWithinDays; }
    public void setRepeatWithinDays(Integer repeatWithinDays) { this.repeatWithinDays = repeatWithinDays; }
    public BigDecimal getMinOrderAmount() { return minOrderAmount; }
    public void setMinOrderAmount(BigDecimal minOrderAmount) { this.minOrderAmount = minOrderAmount; }
    public RuleFamily getFamily() { return family; }
    public void setFamily(RuleFamily family) { this.family = family; }
    public String getPhrasesEn() { return phrasesEn; }
    public void setPhrasesEn(String phrasesEn) { this.phrasesEn = phrasesEn; }
    public String getPhrasesZh() { return phrasesZh; }
    public void setPhrasesZh(String phrasesZh) { this.phrasesZh = phrasesZh; }
    public String getExclusions() { return exclusions; }
    public void setExclusions(String exclusions) { this.exclusions = exclusions; }
    public String getContextExclusions() { return contextExclusions; }
    public void setContextExclusions(String contextExclusions) { this.contextExclusions = contextExclusions; }
    public boolean isNegatable() { return negatable; }
    public void setNegatable(boolean negatable) { this.negatable = negatable; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
