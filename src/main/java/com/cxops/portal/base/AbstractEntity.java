package com.cxops.portal.base;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.proxy.HibernateProxy;

import java.time.Instant;

/**
 * Base of every entity: a generated id, an optimistic-locking version, and who changed it last and when
 * (so a conflict can say "someone else changed this": who and when).
 * Equality is by id; the hash code is by class only, so an entity keeps its hash before and after it is saved.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void touch(Instant when, String who) {
        this.updatedAt = when;
        this.updatedBy = who;
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || effectiveClass(o) != effectiveClass(this)) {
            return false;
        }
        Long otherId = ((AbstractEntity) (o instanceof HibernateProxy p ? p.getHibernateLazyInitializer().getImplementation() : o)).getId();
        return id != null && id.equals(otherId);
    }

    @Override
    public final int hashCode() {
        return effectiveClass(this).hashCode();
    }

    private static Class<?> effectiveClass(Object o) {
        return o instanceof HibernateProxy p ? p.getHibernateLazyInitializer().getPersistentClass() : o.getClass();
    }
}
