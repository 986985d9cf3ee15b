package com.cxops.portal.customers;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.time.LocalDate;

/** A shop customer, identified by the shop's external id, with the layer the rules last gave them. */
@Entity
@Table(name = "customer")
// Only changed columns are written, so an edit saved while the nightly recomputation runs never undoes its layer.
@DynamicUpdate
public class Customer extends AbstractEntity {

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(name = "registered_at")
    private Instant registeredAt;

    private LocalDate birthday;

    private LocalDate anniversary;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_level", nullable = false, length = 16)
    private MembershipLevel membershipLevel = MembershipLevel.ORDINARY;

    @Column(name = "survey_opt_out", nullable = false)
    private boolean surveyOptOut;

    @Column(name = "manual_vip", nullable = false)
    private boolean manualVip;

    @Column(name = "manual_vip_reason", length = 500)
    private String manualVipReason;

    /** Staff id of the dedicated account manager (a VIP_MANAGER), if any. */
    @Column(name = "account_manager_id")
    private Long accountManagerId;

    @Column(length = 4000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustomerLayer layer = CustomerLayer.REGULAR;

    @Column(name = "layer_reason", length = 300)
    private String layerReason;

    @Column(name = "layer_since")
    private Instant layerSince;

    @Column(name = "rfm_recency")
    private Integer rfmRecency;

    @Column(name = "rfm_frequency")
    private Integer rfmFrequency;

    @Column(name = "rfm_monetary")
    private Integer rfmMonetary;

    /** High-net-worth by the rules, kept apart from the layer: a VIP whose layer is AT_RISK is still a VIP. */
    @Column(name = "high_net_worth", nullable = false)
    private boolean highNetWorth;

    @Column(name = "last_order_at")
    private Instant lastOrderAt;

    protected Customer() {
    }

    public Customer(String externalId, String name) {
        this.externalId = externalId;
        this.name = name;
    }

    /** High-net-worth by the rules (even while at risk or dormant), or marked VIP by hand. */
    public boolean isVip() {
        return isVip(layer, highNetWorth, manualVip);
    }

    /** The same rule on the bare facts, for reads that do not load the entity. */
    static boolean isVip(CustomerLayer layer, boolean highNetWorth, boolean manualVip) {
        return layer == CustomerLayer.HIGH_NET_WORTH || highNetWorth || manualVip;
    }

    public boolean isHighNetWorth() {
        return highNetWorth;
    }

    /** The last paid order, as of the last layer recomputation. */
    public Instant getLastOrderAt() {
        return lastOrderAt;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /**
     * A contact detail that tells two customers of the same name apart in a picker without showing it whole:
     * the phone as 138****8000, else the email as l***@shop.example; empty without either.
     */
    public String contactHint() {
        String phone = getPhone();
        if (phone != null && phone.length() >= 7) {
            return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }
        String email = getEmail();
        int at = email == null ? -1 : email.indexOf('@');
        if (at > 0) {
            return email.charAt(0) + "***" + email.substring(at);
        }
        return "";
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public void setBirthday(LocalDate birthday) {
        this.birthday = birthday;
    }

    public LocalDate getAnniversary() {
        return anniversary;
    }

    public void setAnniversary(LocalDate anniversary) {
        this.anniversary = anniversary;
    }

    public MembershipLevel getMembershipLevel() {
        return membershipLevel;
    }

    public void setMembershipLevel(MembershipLevel membershipLevel) {
        this.membershipLevel = membershipLevel;
    }

    public boolean isSurveyOptOut() {
        return surveyOptOut;
    }

    public void setSurveyOptOut(boolean surveyOptOut) {
        this.surveyOptOut = surveyOptOut;
    }

    public boolean isManualVip() {
        return manualVip;
    }

    public String getManualVipReason() {
        return manualVipReason;
    }

    public void setManualVip(boolean manualVip, String reason) {
        this.manualVip = manualVip;
        this.manualVipReason = manualVip ? reason : null;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public void setAccountManagerId(Long accountManagerId) {
        this.accountManagerId = accountManagerId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public CustomerLayer getLayer() {
        return layer;
    }

    public String getLayerReason() {
        return layerReason;
    }

    public Instant getLayerSince() {
        return layerSince;
    }

    public void setLayer(CustomerLayer layer, String reason, Instant since) {
        this.layer = layer;
        this.layerReason = reason;
        this.layerSince = since;
    }

    public Integer getRfmRecency() {
        return rfmRecency;
    }

    public Integer getRfmFrequency() {
        return rfmFrequency;
    }

    public Integer getRfmMonetary() {
        return rfmMonetary;
    }

    public void setRfm(Integer recency, Integer frequency, Integer monetary) {
        this.rfmRecency = recency;
        this.rfmFrequency = frequency;
        this.rfmMonetary = monetary;
    }
}
