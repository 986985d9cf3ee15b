package com.cxops.portal.notifications;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class NotificationSettings implements SettingsContributor {

    static final String POPOVER_SIZE = "notifications.popover-size";
    static final String MAIL_DEFAULT_ON = "notifications.mail.default-on";
    static final String SENDER_INTERVAL_SECONDS = "notifications.mail.sender-interval-seconds";
    static final String BATCH_SIZE = "notifications.mail.batch-size";
    static final String RETRY_INITIAL_SECONDS = "notifications.mail.retry-initial-seconds";
    static final String RETRY_MAX_SECONDS = "notifications.mail.retry-max-seconds";
    static final String MAX_REJECTIONS = "notifications.mail.max-rejections";
    static final String PORTAL_URL = "notifications.mail.portal-url";
    static final String MAX_ATTACHMENT_KB = "notifications.mail.max-attachment-kb";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(POPOVER_SIZE, 10, 1, 50, "Newest notifications shown under the bell"),
                SettingDefinition.bool(MAIL_DEFAULT_ON, true, "Whether a person gets a notification type by mail until they choose otherwise"),
                SettingDefinition.integer(SENDER_INTERVAL_SECONDS, 30, 5, 3600, "Seconds between two runs of the mail sender"),
                SettingDefinition.integer(BATCH_SIZE, 50, 1, 1000, "Mails sent per run of the mail sender"),
                SettingDefinition.integer(RETRY_INITIAL_SECONDS, 60, 1, 86400, "First retry delay in seconds after a failed mail; it doubles with each attempt"),
                SettingDefinition.integer(RETRY_MAX_SECONDS, 3600, 1, 604800, "Longest retry delay in seconds"),
                SettingDefinition.integer(MAX_REJECTIONS, 5, 1, 100, "Rejections of a recipient address after which a mail is marked failed"),
                SettingDefinition.text(PORTAL_URL, "http://localhost:8080/", "Address of the portal used in links in mails"),
                // stored in the database (a BLOB) and sent by SMTP: MariaDB's default packet limit is 16 MB
                SettingDefinition.integer(MAX_ATTACHMENT_KB, 8192, 16, 15360, "Largest file attached to a mail, in KB"));
    }
}
