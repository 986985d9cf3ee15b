package com.cxops.portal.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person's own named queue filter. */
@Entity
@Table(name = "complaint_saved_filter")
public class SavedFilter {
    public static final int NAME_MAX = 100;
    /** The serialized filters (ComplaintFilter.serialize); a larger set of filters is refused, not cut. */
    static final int DEFINITION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = DEFINITION_MAX)
    private String definition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedFilter() {
    }

    SavedFilter(String owner, String name, String definition, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.definition = definition;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
