package com.cxops.portal.complaints;

import com.cxops.portal.base.validation.PlainText;
import com.cxops.portal.base.validation.VisibleText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person (or the API) enters for a complaint; on edits it carries the version the person started from. */
public class ComplaintForm {
    private Long customerId;
    @Size(max = Complaint.ORDER_MAX)
    private String orderExternalId = "";
    @NotNull(message = "{complaint.error.channel}")
    private ComplaintChannel channel;
    @NotNull(message = "{complaint.error.category}")
    private ComplaintCategory category;
    @VisibleText(message = "{complaint.error.subject}")
    @PlainText
    @Size(max = Complaint.SUBJECT_MAX)
    private String subject = "";
    @VisibleText(message = "{complaint.error.description}")
    @PlainText(multiline = true)
    @Size(max = Complaint.DESCRIPTION_MAX)
    private String description = "";
    @NotNull(message = "{complaint.error.spread-risk}")
    private SpreadRisk spreadRisk = SpreadRisk.PRIVATE;
    private int affectedCount = 1;
    private Long teamId;
    private long version;

    public static ComplaintForm of(Complaint c) {
        ComplaintForm f = new ComplaintForm();
        f.customerId = c.getCustomerId();
        f.orderExternalId = c.getOrderExternalId() == null ? "" : c.getOrderExternalId();
        f.channel = c.getChannel();
        f.category = c.getCategory();
        f.subject = c.getSubject();
        f.description = c.getDescription();
        f.spreadRisk = c.getSpreadRisk();
        f.affectedCount = c.getAffectedCount();
        f.teamId = c.getTeamId();
        f.version = c.getVersion();
        return f;
    }

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public String getOrderExternalId() { return orderExternalId; }
    public void setOrderExternalId(String orderExternalId) { this.orderExternalId = orderExternalId; }
    public ComplaintChannel getChannel() { return channel; }
    public void setChannel(ComplaintChannel channel) { this.channel = channel; }
    public ComplaintCategory getCategory() { return category; }
    public void setCategory(ComplaintCategory category) { this.category = category; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public SpreadRisk getSpreadRisk() { return spreadRisk; }
    public void setSpreadRisk(SpreadRisk spreadRisk) { this.spreadRisk = spreadRisk; }
    public int getAffectedCount() { return affectedCount; }
    public void setAffectedCount(int affectedCount) { this.affectedCount = affectedCount; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
