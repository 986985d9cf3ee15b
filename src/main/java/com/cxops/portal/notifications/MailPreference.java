package com.cxops.portal.notifications;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person's choice whether a notification type also reaches them by mail. */
@Entity
@Table(name = "notification_mail_preference")
class MailPreference extends AbstractEntity {

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false, length = 64)
    private String type;

    @Column(name = "by_mail", nullable = false)
    private boolean byMail;

    protected MailPreference() {
    }

    MailPreference(String username, String type, boolean byMail) {
        this.username = username;
        this.type = type;
        this.byMail = byMail;
    }

    String getUsername() {
        return username;
    }

    String getType() {
        return type;
    }

    boolean isByMail() {
        return byMail;
    }

    void setByMail(boolean byMail) {
        this.byMail = byMail;
    }
}
