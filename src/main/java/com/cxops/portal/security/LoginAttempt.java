package com.cxops.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A login attempt, kept in the database so the throttle holds across several app nodes. */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

    enum Outcome { SUCCESS, FAILURE, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    protected LoginAttempt() {
    }

    LoginAttempt(String username, String address, Instant attemptedAt, Outcome outcome) {
        this.username = username;
        this.address = address;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
    }

    Instant getAttemptedAt() {
        return attemptedAt;
    }
}
