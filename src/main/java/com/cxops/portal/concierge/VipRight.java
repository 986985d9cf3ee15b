package com.cxops.portal.concierge;

import com.cxops.portal.base.AbstractEntity;
import com.cxops.portal.customers.MembershipLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.Locale;

/** One VIP right of a membership level with its yearly allowance (e.g. two airport lounge visits for gold). */
@Entity
@Table(name = "vip_right")
public class VipRight extends AbstractEntity {

    public static final int MAX_ALLOWANCE = 1000;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_level", nullable = false, length = 16)
    private MembershipLevel membershipLevel;

    @Column(name = "yearly_allowance", nullable = false)
    private int yearlyAllowance;

    @Column(nullable = false)
    private boolean active = true;

    protected VipRight() {
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public MembershipLevel getMembershipLevel() {
        return membershipLevel;
    }

    public int getYearlyAllowance() {
        return yearlyAllowance;
    }

    void setYearlyAllowance(int yearlyAllowance) {
        this.yearlyAllowance = yearlyAllowance;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
