package com.cxops.portal.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One in-app notification for one staff member. Parameters are stored as text, never as markup. */
@Entity
@Table(name = "notification")
public class Notification {

    /** Separates stored parameters; a character that does not occur in what people type. */
    static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(nullable = false, length = 64)
    private String type;

    @Column(name = "message_key", nullable = false, length = 120)
    private String messageKey;

    @Column(length = 2000)
    private String params;

    @Column(length = 200)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, String type, String messageKey, List<String> params, String link, Instant createdAt) {
        this.recipient = recipient;
        this.type = type;
        this.messageKey = messageKey;
        this.params = joined(params);
        this.link = link;
        this.createdAt = createdAt;
    }

    /** The parameters as stored in one column. */
    static String joined(List<String> params) {
        return params == null || params.isEmpty() ? null : String.join(SEPARATOR, params);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getType() {
        return type;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getParams() {
        return params == null ? List.of() : Arrays.asList(params.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }
}
