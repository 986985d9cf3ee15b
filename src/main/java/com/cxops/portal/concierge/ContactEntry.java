package com.cxops.portal.concierge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One contact with a VIP (append-only, so no version): it gives "last contact" and contacts per month. */
@Entity
@Table(name = "contact_log")
public class ContactEntry {

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "contacted_at", nullable = false)
    private Instant contactedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContactChannel channel;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected ContactEntry() {
    }

    ContactEntry(long customerId, Long staffId, Instant contactedAt, ContactChannel channel, String note, Long taskId,
                 Instant createdAt, String createdBy) {
        this.customerId = customerId;
        this.staffId = staffId;
        this.contactedAt = contactedAt;
        this.channel = channel;
        this.note = note == null || note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX);
        this.taskId = taskId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Instant getContactedAt() {
        return contactedAt;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public String getNote() {
        return note;
    }

    public Long getTaskId() {
        return taskId;
    }
}
