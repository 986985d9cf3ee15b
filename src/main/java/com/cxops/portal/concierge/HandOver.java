package com.cxops.portal.concierge;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything of an absent VIP manager handed to their deputy at once: the open tasks and the customers of the book,
 * remembered one by one so that handing back returns exactly those that are still with the deputy.
 */
@jakarta.persistence.Entity
@Table(name = "concierge_hand_over")
public class HandOver extends AbstractEntity {

    public enum Kind { CUSTOMER, TASK }

    @Embeddable
    public record Item(@Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 8) Kind kind,
                       @Column(name = "record_id", nullable = false) long recordId) {
    }

    @Column(name = "absence_id", nullable = false)
    private long absenceId;

    @Column(name = "from_staff_id", nullable = false)
    private long fromStaffId;

    @Column(name = "to_staff_id", nullable = false)
    private long toStaffId;

    @Column(name = "handed_at", nullable = false)
    private Instant handedAt;

    @Column(name = "handed_by", nullable = false, length = 64)
    private String handedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_by", length = 64)
    private String returnedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "concierge_hand_over_item", joinColumns = @JoinColumn(name = "hand_over_id"))
    private Set<Item> items = new HashSet<>();

    protected HandOver() {
    }

    HandOver(long absenceId, long fromStaffId, long toStaffId, Instant at, String by) {
        this.absenceId = absenceId;
        this.fromStaffId = fromStaffId;
        this.toStaffId = toStaffId;
        this.handedAt = at;
        this.handedBy = by;
    }

    void add(Kind kind, long recordId) {
        items.add(new Item(kind, recordId));
    }

    void returned(Instant at, String by) {
        this.returnedAt = at;
        this.returnedBy = by;
    }

    public List<Long> ids(Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).map(Item::recordId).sorted().toList();
    }

    public long getAbsenceId() {
        return absenceId;
    }

    public long getFromStaffId() {
        return fromStaffId;
    }

    public long getToStaffId() {
        return toStaffId;
    }

    public Instant getHandedAt() {
        return handedAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public boolean isReturned() {
        return returnedAt != null;
    }
}
