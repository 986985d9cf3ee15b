package com.cxops.portal.complaints;

import com.cxops.portal.base.StaffDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Builds the {@link ComplaintAccess.Viewer} of the current request: roles from the security context; staff id, teams
 * and "leads a team" from the database. Every complaint read asks, so those facts are kept per username for a short
 * while ({@code portal.access.viewer-cache}, 60 s by default): the queue's first page is a single query of about
 * 1 ms, and one more round trip for the viewer made it half again as slow. Team changes go through
 * {@link TeamService}, which forgets every cached viewer at once (and again after its commit, so no request caches
 * the state before it); the time limit only covers changes made behind the portal's back (SQL, another node). It is
 * measured on the portal's {@link Clock}; the entries live in the Caffeine cache {@value #CACHE} (PortalCaches).
 */
@Component
class Viewers {

    /** Teams and leads are this feature's tables; the staff id comes from {@link StaffDirectory} (cached there). */
    private static final String FACTS = "SELECT tm.team_id, 0 FROM team_member tm WHERE tm.staff_id = ? "
            + "UNION ALL SELECT NULL, COUNT(*) FROM team t WHERE t.lead_id = ?";

    static final String CACHE = "viewers";

    private record Facts(Long staffId, Set<Long> teamIds, boolean lead, Instant readAt) {
    }

    private final JdbcTemplate jdbc;
    private final StaffDirectory staff;
    private final Clock clock;
    private final Duration keep;
    private final Cache cache;
    private final AtomicLong generation = new AtomicLong();

    Viewers(JdbcTemplate jdbc, StaffDirectory staff, Clock clock,
            @Value("${portal.access.viewer-cache:PT60S}") Duration keep, CacheManager caches) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
        this.keep = keep;
        this.cache = Objects.requireNonNull(caches.getCache(CACHE), CACHE);
    }

    ComplaintAccess.Viewer current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new AccessDeniedException("not logged in");
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        Facts facts = facts(auth.getName());
        return new ComplaintAccess.Viewer(facts.staffId(), auth.getName(), roles, facts.teamIds(), facts.lead());
    }

    /** Teams or leads changed: every viewer is read again, now and after the change commits. */
    void forgetAll() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    private void clear() {
        generation.incrementAndGet();
        cache.clear();
    }

    private Facts facts(String username) {
        Instant now = clock.instant();
        Facts cached = cache.get(username, Facts.class);
        if (cached != null && !cached.readAt().plus(keep).isBefore(now) && !cached.readAt().isAfter(now)) {
            return cached;
        }
        long before = generation.get();
        Long id = staff.idOf(username).orElse(null);
        boolean[] lead = {false};
        Set<Long> teamIds = new HashSet<>();
        if (id != null) {
            jdbc.query(FACTS, rs -> {
                long team = rs.getLong(1);
                if (!rs.wasNull()) {
                    teamIds.add(team);
                }
                lead[0] |= rs.getLong(2) > 0;
            }, id, id);
        }
        Facts read = new Facts(id, Set.copyOf(teamIds), lead[0], now);
        // a change that happened while we read must not be cached over
        if (generation.get() == before) {
            cache.put(username, read);
        }
        return read;
    }
}
