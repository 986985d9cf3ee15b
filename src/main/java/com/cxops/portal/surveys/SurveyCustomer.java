package com.cxops.portal.surveys;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** What surveys keep about a customer: the language they are surveyed in and when they were last invited. */
@Entity
@Table(name = "survey_customer")
public class SurveyCustomer extends AbstractEntity {

    @Column(name = "customer_id", nullable = false, unique = true)
    private long customerId;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "last_invited_at")
    private Instant lastInvitedAt;

    protected SurveyCustomer() {
    }

    SurveyCustomer(long customerId, String language) {
        this.customerId = customerId;
        this.language = SurveySettings.normalizeLanguage(language);
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = SurveySettings.normalizeLanguage(language);
    }

    public Instant getLastInvitedAt() {
        return lastInvitedAt;
    }

    void invited(Instant at) {
        this.lastInvitedAt = at;
    }
}
