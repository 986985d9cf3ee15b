package com.cxops.portal.security;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API keys per integration, created and revoked by administrators. A key is 256 random bits; only its SHA-256
 * hash is stored (a fast hash is enough for a high-entropy secret, unlike passwords), and the key is shown once.
 */
@Service
@Transactional
public class ApiKeyService {

    public static final Pattern INTEGRATION = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final String PREFIX = "cxk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new key: the stored record and the key itself, which is never shown again. */
    public record CreatedKey(ApiKey apiKey, String key) {
    }

    private final ApiKeyRepository keys;
    private final AuditTrail audit;
    private final Clock clock;

    public ApiKeyService(ApiKeyRepository keys, AuditTrail audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public Slice<ApiKey> page(Pageable pageable) {
        return keys.findAllBy(pageable);
    }

    @AdminOnly
    public CreatedKey create(String integration) {
        String name = integration == null ? "" : integration.trim();
        if (!INTEGRATION.matcher(name).matches()) {
            throw InvalidInputException.of("integration", "apikey.error.integration");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String who = Actors.current();
        ApiKey saved = keys.saveAndFlush(new ApiKey(name, hash(key), key.substring(0, PREFIX.length() + 6), clock.instant(), who));
        audit.record("API_KEY_CREATED", "ApiKey", saved.getId(), AuditDetails.of("audit.detail.api-key", name, saved.getKeyPrefix()));
        return new CreatedKey(saved, key);
    }

    @AdminOnly
    public ApiKey revoke(long id, long editedVersion) {
        ApiKey key = keys.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(key, editedVersion);
        if (!key.isRevoked()) {
            String who = Actors.current();
            key.revoke(clock.instant(), who);
            key.touch(clock.instant(), who);
            audit.record("API_KEY_REVOKED", "ApiKey", key.getId(), AuditDetails.of("audit.detail.api-key", key.getIntegration(), key.getKeyPrefix()));
        }
        return keys.saveAndFlush(key);
    }

    /** The integration a presented key belongs to, if the key exists and is not revoked. Called before any login. */
    @Transactional(readOnly = true)
    public Optional<String> integrationOf(String presentedKey) {
        if (presentedKey == null || !presentedKey.startsWith(PREFIX) || presentedKey.length() > 100) {
            return Optional.empty();
        }
        return keys.findByKeyHash(hash(presentedKey)).filter(k -> !k.isRevoked()).map(ApiKey::getIntegration);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
