package com.cxops.portal.security;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Records login attempts and decides, from the database, whether an attempt is refused. Three limits, so that an
 * attacker elsewhere cannot lock a person out from their own desk: a username from one address (low, default 5),
 * one address for all usernames (default 30), and a username from all addresses together (high, default 50).
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginThrottleService {

    private final LoginAttemptRepository attempts;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    public LoginThrottleService(LoginAttemptRepository attempts, SettingsService settings, AuditTrail audit, Clock clock) {
        this.attempts = attempts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The instant until which this username from this address is refused, if it is refused now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        final Instant now = clock.instant();
        final String user = normalize(username);
        final LoginThrottlePolicy perPair = policy(SecuritySettings.MAX_FAILURES_PER_USERNAME_AND_ADDRESS);
        final LoginThrottlePolicy perAddress = policy(SecuritySettings.MAX_FAILURES_PER_ADDRESS);
        final LoginThrottlePolicy perUser = policy(SecuritySettings.MAX_FAILURES_PER_USERNAME);
        return Stream.of(
                        perPair.lockedUntil(attempts.failuresOfUsernameFromAddress(user, address, now.minus(perPair.lookback())), now),
                        perAddress.lockedUntil(attempts.failuresOfAddress(address, now.minus(perAddress.lookback())), now),
                        perUser.lockedUntil(attempts.failuresOfUsername(user, now.minus(perUser.lookback())), now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    public void recordSuccess(String username, String address) {
        attempts.save(new LoginAttempt(normalize(username), address, clock.instant(), LoginAttempt.Outcome.SUCCESS));
    }

    /** Records a failure; when it is the one that reaches a limit, the lock-out goes into the audit trail, once. */
    public void recordFailure(String username, String address) {
        final boolean lockedBefore = lockedUntil(username, address).isPresent();
        attempts.save(new LoginAttempt(normalize(username), address, clock.instant(), LoginAttempt.Outcome.FAILURE));
        attempts.flush();
        lockedUntil(username, address).filter(until -> !lockedBefore).ifPresent(until ->
                audit.recordAs(normalize(username), "LOGIN_LOCKED_OUT", "StaffMember", normalize(username),
                        AuditDetails.of("audit.detail.locked-out", address, until)));
    }

    public void recordRefused(String username, String address) {
        attempts.save(new LoginAttempt(normalize(username), address, clock.instant(), LoginAttempt.Outcome.REFUSED));
    }

    /** Old attempts are of no use to the throttle; keep the table small. */
    @Scheduled(cron = "0 17 3 * * *")
    public void purgeOldAttempts() {
        attempts.deleteOlderThan(clock.instant().minus(Duration.ofDays(30)));
    }

    private LoginThrottlePolicy policy(String maxKey) {
        return new LoginThrottlePolicy(settings.getInt(maxKey),
                Duration.ofMinutes(settings.getInt(SecuritySettings.FAILURE_WINDOW_MINUTES)),
                Duration.ofMinutes(settings.getInt(SecuritySettings.LOCKOUT_MINUTES)));
    }

    static String normalize(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return u.length() > 64 ? u.substring(0, 64) : u;
    }
}
