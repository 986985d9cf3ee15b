package com.cxops.portal.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Instant;

/** Login refused because of too many failed attempts; the login page says so, with when to try again. */
public class LoginThrottledException extends AuthenticationException {

    private final Instant lockedUntil;

    public LoginThrottledException(Instant lockedUntil) {
        super("Too many failed login attempts; try again after " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
