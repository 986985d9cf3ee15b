package com.cxops.portal.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.Optional;

/**
 * Checks the login throttle before the password, and records the outcome of every attempt.
 * Wrong username, wrong password and disabled account all end in the same generic message on the login page.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottleService throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottleService throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = addressOf(authentication);
        Optional<java.time.Instant> lockedUntil = throttle.lockedUntil(username, address);
        if (lockedUntil.isPresent()) {
            throttle.recordRefused(username, address);
            throw new LoginThrottledException(lockedUntil.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.recordSuccess(username, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
