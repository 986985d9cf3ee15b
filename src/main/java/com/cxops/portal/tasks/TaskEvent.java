package com.cxops.portal.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a task's timeline (append-only, so no version). */
@Entity
@Table(name = "task_event")
public class TaskEvent {

    public enum Kind {
        CREATED, ROUTED_TO_DEPUTY, CLAIMED, RELEASED, ASSIGNED, STARTED, DONE, CANCELLED, EDITED, CUSTOMER_MOVED;

        public String messageKey() {
            return "tasks.event." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(length = Task.TEXT_MAX)
    private String detail;

    protected TaskEvent() {
    }

    TaskEvent(long taskId, Instant at, String actor, Kind kind, String detail) {
        this.taskId = taskId;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= Task.TEXT_MAX ? detail : detail.substring(0, Task.TEXT_MAX);
    }

    public Long getId() {
        return id;
    }

    public long getTaskId() {
        return taskId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
