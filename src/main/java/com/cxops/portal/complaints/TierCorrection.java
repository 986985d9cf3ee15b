package com.cxops.portal.complaints;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A manual tier change kept as a labelled example: the text, the tier the rules gave and why, the tier chosen and why. */
@Entity
@Table(name = "tier_correction")
public class TierCorrection extends AbstractEntity {

    static final int TEXT_MAX = 4300;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_given", nullable = false, length = 8)
    private Tier tierGiven;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_chosen", nullable = false, length = 8)
    private Tier tierChosen;

    @Column(name = "reason_given", nullable = false, length = 1000)
    private String reasonGiven;

    @Column(nullable = false, length = 500)
    private String why;

    protected TierCorrection() {
    }

    TierCorrection(long complaintId, String text, Tier tierGiven, Tier tierChosen, String reasonGiven, String why) {
        this.complaintId = complaintId;
        this.text = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
        this.tierGiven = tierGiven;
        this.tierChosen = tierChosen;
        this.reasonGiven = reasonGiven == null ? "" : reasonGiven.length() > 1000 ? reasonGiven.substring(0, 1000) : reasonGiven;
        this.why = why.length() > 500 ? why.substring(0, 500) : why;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public String getText() {
        return text;
    }

    public Tier getTierGiven() {
        return tierGiven;
    }

    public Tier getTierChosen() {
        return tierChosen;
    }

    public String getReasonGiven() {
        return reasonGiven;
    }

    public String getWhy() {
        return why;
    }
}
