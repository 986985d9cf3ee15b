package com.cxops.portal.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A look-up of the public page with a link that matched no open invitation, counted per address against guessing. */
@Entity
@Table(name = "survey_lookup_failure")
class LookupFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LookupFailure() {
    }

    LookupFailure(String address, Instant failedAt) {
        this.address = address;
        this.failedAt = failedAt;
    }
}
