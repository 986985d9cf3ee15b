package com.cxops.portal.base.api;

import com.cxops.portal.base.settings.SettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs an idempotent upsert (a whole transaction) again when it met another request writing the same records: a
 * deadlock, a lock timeout, or an insert of a row that a parallel transaction inserted first (the next attempt sees
 * that row and updates it). Bounded by the setting api.conflict-retries, with a short random pause; after that the
 * last error goes to the caller as a 409 problem (ApiExceptionHandler). Must be called outside the transaction.
 */
@Component
public class ApiRetry {

    private static final Logger log = LoggerFactory.getLogger(ApiRetry.class);

    private final SettingsService settings;

    ApiRetry(SettingsService settings) {
        this.settings = settings;
    }

    public <T> T upsert(Supplier<T> transaction) {
        int retries = settings.getInt(ApiSettings.CONFLICT_RETRIES);
        for (int attempt = 0; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= retries || !isRace(e)) {
                    throw e;
                }
                log.info("API write met a concurrent write (attempt {} of {}): {}", attempt + 1, retries + 1, e.getMessage());
                pause(attempt);
            }
        }
    }

    static boolean isRace(Throwable e) {
        if (e instanceof DuplicateKeyException || e instanceof ConcurrencyFailureException || e instanceof TransientDataAccessException) {
            return true;
        }
        // Some drivers report a unique-key clash as a plain integrity violation; its SQL state class 23 with "duplicate".
        return e instanceof DataIntegrityViolationException && String.valueOf(e.getMessage()).toLowerCase().contains("duplicate");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40L * (attempt + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
