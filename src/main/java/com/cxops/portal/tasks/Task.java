package com.cxops.portal.tasks;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A piece of work that is not a complaint: owned by a person or waiting in a pool, due at a time, from a source record. */
@Entity
@Table(name = "task")
public class Task extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 2000;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "task_type_id", nullable = false)
    private TaskType type;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = TEXT_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskStatus status = TaskStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TaskPriority priority = TaskPriority.NORMAL;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(length = 40)
    private String pool;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 20)
    private TaskSourceType sourceType;

    @Column(name = "source_id", length = TaskSource.ID_MAX)
    private String sourceId;

    @Column(name = "source_link", length = TaskSource.LINK_MAX)
    private String sourceLink;

    @Column(name = "outcome_code", length = TaskOutcome.CODE_MAX)
    private String outcomeCode;

    @Column(name = "outcome_note", length = TEXT_MAX)
    private String outcomeNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    protected Task() {
    }

    Task(TaskType type, Long customerId, String title, TaskSource source, Instant dueAt, Instant createdAt, String createdBy) {
        this.type = type;
        this.customerId = customerId;
        this.title = title;
        this.sourceType = source.type();
        this.sourceId = source.id();
        this.sourceLink = source.link();
        this.dueAt = dueAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public TaskType getType() {
        return type;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public TaskStatus getStatus() {
        return status;
    }

    void setStatus(TaskStatus status) {
        this.status = status;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    void setPriority(TaskPriority priority) {
        this.priority = priority;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getPool() {
        return pool;
    }

    void setPool(String pool) {
        this.pool = pool;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public TaskSource getSource() {
        return new TaskSource(sourceType, sourceId, sourceLink);
    }

    public String getOutcomeCode() {
        return outcomeCode;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    void setOutcome(String code, String note) {
        this.outcomeCode = code;
        this.outcomeNote = note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    void close(TaskStatus status, Instant at, String by) {
        this.status = status;
        this.closedAt = at;
        this.closedBy = by;
    }
}
