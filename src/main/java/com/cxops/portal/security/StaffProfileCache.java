package com.cxops.portal.security;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A person's display name, zone and language, read on every rendered date; cached briefly so that a grid does not
 * query the database per cell. Own changes evict at once; another node's change shows within the time to live, which
 * is measured on the portal's {@link Clock} (so tests control it). The entries live in the Caffeine cache
 * {@value #CACHE} of Spring's cache manager, which also bounds their number (PortalCaches).
 */
@Component
class StaffProfileCache {

    record Profile(long id, String username, String displayName, String language, String timeZone, Instant loadedAt) {
    }

    static final String CACHE = "staff-profiles";
    static final Duration TTL = Duration.ofSeconds(60);

    private final StaffRepository staff;
    private final Clock clock;
    private record Entry(Optional<Profile> profile, Instant loadedAt) {
    }

    private final Cache cache;
    /** Staff ids never change owner (accounts are disabled, not deleted), so this map needs no time limit. */
    private final Map<Long, String> usernames = new ConcurrentHashMap<>();

    StaffProfileCache(StaffRepository staff, Clock clock, CacheManager caches) {
        this.staff = staff;
        this.clock = clock;
        this.cache = Objects.requireNonNull(caches.getCache(CACHE), CACHE);
    }

    /**
     * No transaction of its own: a cache hit must cost no database round trip (it runs for every date shown). Names
     * that are nobody's (the intake channel, an API client) are remembered as such too, so that a timeline full of
     * them does not ask the database again and again.
     */
    public Optional<Profile> get(String username) {
        Entry cached = cache.get(username, Entry.class);
        Instant now = clock.instant();
        if (cached != null && cached.loadedAt().plus(TTL).isAfter(now) && !cached.loadedAt().isAfter(now)) {
            return cached.profile();
        }
        Optional<Profile> loaded = staff.findByUsername(username).map(m -> new Profile(m.getId(), m.getUsername(),
                m.getDisplayName(), m.getLanguage(), m.getTimeZone(), now));
        cache.put(username, new Entry(loaded, now));
        loaded.ifPresent(p -> usernames.put(p.id(), username));
        return loaded;
    }

    /** The same by staff id (complaints name their assignee and watchers by id). */
    public Optional<Profile> get(long id) {
        String username = usernames.get(id);
        if (username == null) {
            username = staff.findById(id).map(StaffMember::getUsername).orElse(null);
            if (username == null) {
                return Optional.empty();
            }
            usernames.put(id, username);
        }
        return get(username);
    }

    void evict(String username) {
        cache.evict(username);
    }
}
