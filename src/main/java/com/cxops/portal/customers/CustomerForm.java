package com.cxops.portal.customers;

import com.cxops.portal.base.validation.PlainText;
import com.cxops.portal.base.validation.VisibleText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a manager edits on a customer, with the version they started from (for conflict detection). */
public class CustomerForm {

    @VisibleText(message = "{customer.error.name}")
    @PlainText
    @Size(max = CustomerRules.NAME_MAX)
    private String name = "";
    private String email = "";
    private String phone = "";
    private LocalDate birthday;
    private LocalDate anniversary;
    @NotNull(message = "{customer.error.membership}")
    private MembershipLevel membershipLevel = MembershipLevel.ORDINARY;
    private boolean surveyOptOut;
    private boolean manualVip;
    @Size(max = CustomerRules.REASON_MAX)
    private String manualVipReason = "";
    private Long accountManagerId;
    @Size(max = CustomerRules.NOTES_MAX)
    private String notes = "";
    private long version;

    public static CustomerForm of(Customer c) {
        CustomerForm f = new CustomerForm();
        f.name = c.getName();
        f.email = c.getEmail() == null ? "" : c.getEmail();
        f.phone = c.getPhone() == null ? "" : c.getPhone();
        f.birthday = c.getBirthday();
        f.anniversary = c.getAnniversary();
        f.membershipLevel = c.getMembershipLevel();
        f.surveyOptOut = c.isSurveyOptOut();
        f.manualVip = c.isManualVip();
        f.manualVipReason = c.getManualVipReason() == null ? "" : c.getManualVipReason();
        f.accountManagerId = c.getAccountManagerId();
        f.notes = c.getNotes() == null ? "" : c.getNotes();
        f.version = c.getVersion();
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getBirthday() { return birthday; }
    public void setBirthday(LocalDate birthday) { this.birthday = birthday; }
    public LocalDate getAnniversary() { return anniversary; }
    public void setAnniversary(LocalDate anniversary) { this.anniversary = anniversary; }
    public MembershipLevel getMembershipLevel() { return membershipLevel; }
    public void setMembershipLevel(MembershipLevel membershipLevel) { this.membershipLevel = membershipLevel; }
    public boolean isSurveyOptOut() { return surveyOptOut; }
    public void setSurveyOptOut(boolean surveyOptOut) { this.surveyOptOut = surveyOptOut; }
    public boolean isManualVip() { return manualVip; }
    public void setManualVip(boolean manualVip) { this.manualVip = manualVip; }
    public String getManualVipReason() { return manualVipReason; }
    public void setManualVipReason(String manualVipReason) { this.manualVipReason = manualVipReason; }
    public Long getAccountManagerId() { return accountManagerId; }
    public void setAccountManagerId(Long accountManagerId) { this.accountManagerId = accountManagerId; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
