package com.cxops.portal.security;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** An integration's API key; only its SHA-256 hash is kept, plus a short prefix so admins can tell keys apart. */
@Entity
@Table(name = "api_key")
public class ApiKey extends AbstractEntity {

    @Column(nullable = false, length = 64)
    private String integration;

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    private String keyHash;

    @Column(name = "key_prefix", nullable = false, length = 16)
    private String keyPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected ApiKey() {
    }

    ApiKey(String integration, String keyHash, String keyPrefix, Instant createdAt, String createdBy) {
        this.integration = integration;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String getIntegration() {
        return integration;
    }

    String getKeyHash() {
        return keyHash;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant when, String who) {
        this.revokedAt = when;
        this.revokedBy = who;
    }
}
