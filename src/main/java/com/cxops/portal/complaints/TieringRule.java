package com.cxops.portal.complaints;

import com.cxops.portal.base.AbstractEntity;
import com.cxops.portal.complaints.tiering.RuleFamily;
import com.cxops.portal.complaints.tiering.TextCondition;
import com.cxops.portal.customers.CustomerLayer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An administrator's tiering rule. Sets of values are stored as comma-separated codes; keywords as a comma- or
 * line-separated list. {@link #toSpec()} gives the pure form the {@link TieringEngine} evaluates.
 */
@Entity
@Table(name = "tiering_rule")
public class TieringRule extends AbstractEntity {
    public static final int NAME_MAX = 100;
    /** "Repeated within N days" looks back at most a year. */
    public static final int REPEAT_DAYS_MAX = 365;
    /** Keywords, phrases (each language) and exclusions, each as one comma-separated list. */
    public static final int LIST_MAX = 2000;
    public static final int CONTEXT_EXCLUSIONS_MAX = 1000;
    /** One phrase adopted from a tier correction. */
    public static final int PHRASE_MAX = 100;


    @Column(nullable = false)
    private int position;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean enabled = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Tier tier;

    @Column(length = 500)
    private String categories;

    @Column(length = 300)
    private String channels;

    @Column(name = "spread_risks", length = 100)
    private String spreadRisks;

    @Column(name = "min_affected")
    private Integer minAffected;

    @Column(length = 200)
    private String layers;

    @Column(name = "vip_only", nullable = false)
    private boolean vipOnly;

    @Column(length = 2000)
    private String keywords;

    @Column(name = "repeat_within_days")
    private Integer repeatWithinDays;

    @Column(name = "min_order_amount", precision = 19, scale = 2)
    private BigDecimal minOrderAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RuleFamily family = RuleFamily.OTHER;

    @Column(name = "phrases_en", length = 2000)
    private String phrasesEn;

    @Column(name = "phrases_zh", length = 2000)
    private String phrasesZh;

    @Column(length = 2000)
    private String exclusions;

    @Column(name = "context_exclusions", length = 1000)
    private String contextExclusions;

    @Column(nullable = false)
    private boolean negatable;

    protected TieringRule() {
    }

    TieringRule(int position) {
        this.position = position;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Tier getTier() {
        return tier;
    }

    public Set<ComplaintCategory> getCategories() {
        return parse(categories, ComplaintCategory::valueOf, ComplaintCategory.class);
    }

    public Set<ComplaintChannel> getChannels() {
        return parse(channels, ComplaintChannel::valueOf, ComplaintChannel.class);
    }

    public Set<SpreadRisk> getSpreadRisks() {
        return parse(spreadRisks, SpreadRisk::valueOf, SpreadRisk.class);
    }

    public Integer getMinAffected() {
        return minAffected;
    }

    public Set<CustomerLayer> getLayers() {
        return parse(layers, CustomerLayer::valueOf, CustomerLayer.class);
    }

    public boolean isVipOnly() {
        return vipOnly;
    }

    public String getKeywords() {
        return keywords;
    }

    public Integer getRepeatWithinDays() {
        return repeatWithinDays;
    }

    public BigDecimal getMinOrderAmount() {
        return minOrderAmount;
    }

    public RuleFamily getFamily() {
        return family;
    }

    public String getPhrasesEn() {
        return phrasesEn;
    }

    public String getPhrasesZh() {
        return phrasesZh;
    }

    public String getExclusions() {
        return exclusions;
    }

    public String getContextExclusions() {
        return contextExclusions;
    }

    public boolean isNegatable() {
        return negatable;
    }

    /** Adds a phrase (to the English or Chinese list by its script) or an exclusion; false if it is there already. */
    boolean adopt(String phrase, boolean exclusion) {
        String p = phrase.trim();
        if (exclusion) {
            if (list(exclusions).contains(p)) {
                return false;
            }
            exclusions = joinList(exclusions, p);
            return true;
        }
        boolean chinese = p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (list(phrasesEn).contains(p) || list(phrasesZh).contains(p) || list(keywords).contains(p)) {
            return false;
        }
        if (chinese) {
            phrasesZh = joinList(phrasesZh, p);
        } else {
            phrasesEn = joinList(phrasesEn, p);
        }
        return true;
    }

    private static String joinList(String existing, String add) {
        return existing == null || existing.isBlank() ? add : existing + ", " + add;
    }

    static List<String> list(String stored) {
        return stored == null ? List.of() : TieringEngine.splitKeywords(stored);
    }

    /** Copies an administrator's form onto this rule (the service has validated it). */
    void apply(TieringRuleForm f) {
        this.name = f.getName().trim();
        this.enabled = f.isEnabled();
        this.tier = f.getTier();
        this.categories = join(f.getCategories());
        this.channels = join(f.getChannels());
        this.spreadRisks = join(f.getSpreadRisks());
        this.minAffected = f.getMinAffected();
        this.layers = join(f.getLayers());
        this.vipOnly = f.isVipOnly();
        this.keywords = f.getKeywords() == null || f.getKeywords().isBlank() ? null : String.join(", ", TieringEngine.splitKeywords(f.getKeywords()));
        this.repeatWithinDays = f.getRepeatWithinDays();
        this.minOrderAmount = f.getMinOrderAmount();
        this.family = f.getFamily() == null ? RuleFamily.OTHER : f.getFamily();
        this.phrasesEn = stored(f.getPhrasesEn());
        this.phrasesZh = stored(f.getPhrasesZh());
        this.exclusions = stored(f.getExclusions());
        this.contextExclusions = stored(f.getContextExclusions());
        this.negatable = f.isNegatable();
    }

    private static String stored(String list) {
        return list == null || list.isBlank() ? null : String.join(", ", TieringEngine.splitKeywords(list));
    }

    /** Every phrase of the rule: English, Chinese and the older any-language keywords. */
    public List<String> allPhrases() {
        List<String> all = new java.util.ArrayList<>(list(phrasesEn));
        all.addAll(list(phrasesZh));
        all.addAll(list(keywords));
        return all;
    }

    public TieringEngine.RuleSpec toSpec() {
        return new TieringEngine.RuleSpec(getId() == null ? 0 : getId(), name, enabled, tier, family, getCategories(), getChannels(),
                getSpreadRisks(), minAffected, getLayers(), vipOnly,
                TextCondition.of(allPhrases(), list(exclusions), list(contextExclusions), negatable), repeatWithinDays, minOrderAmount);
    }

    private static <E extends Enum<E>> String join(Set<E> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String csv, Function<String, E> valueOf, Class<E> type) {
        if (csv == null || csv.isBlank()) {
            return EnumSet.noneOf(type);
        }
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
