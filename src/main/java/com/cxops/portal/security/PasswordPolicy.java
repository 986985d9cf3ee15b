package com.cxops.portal.security;

import java.util.Locale;
import java.util.Optional;

/** Password rules (foundation issue): at least the minimum length, and not containing the username. */
public final class PasswordPolicy {

    private final int minLength;

    public PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public Optional<String> check(String username, String password) {
        if (password == null || password.length() < minLength) {
            return Optional.of("password.error.too-short");
        }
        if (password.isBlank()) {
            return Optional.of("password.error.too-short");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.contains-username");
        }
        return Optional.empty();
    }

    public int minLength() {
        return minLength;
    }
}
