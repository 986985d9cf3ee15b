package com.cxops.portal.base.kpi;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the sources of kept figures about every JPA write of an entity a feature declared ({@link KeptFigureRows}): the earliest moment each
 * transaction touched is collected while it flushes and applied once, before it commits, after its last flush
 * ({@link KeptFigures#changed}), so the source's state row is the last lock the transaction takes.
 */
@Component
class KeptFiguresWrites implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** A day in any zone starts no earlier than 14 hours before it starts in UTC. */
    private static final Duration WIDEST_OFFSET = Duration.ofHours(14);

    private final EntityManagerFactory entityManagerFactory;
    private final Map<String, KeptFigureSource> sources;
    private final Map<Class<?>, KeptFigureRows.Row> rows;
    private final Clock clock;
    /** What each open transaction (by session) touched so far. */
    private final Map<SharedSessionContractImplementor, Touched> pending = Collections.synchronizedMap(new IdentityHashMap<>());

    KeptFiguresWrites(EntityManagerFactory entityManagerFactory, List<KeptFigureSource> sources, List<KeptFigureRows> rows, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.sources = sources.stream().collect(Collectors.toMap(KeptFigureSource::name, s -> s));
        this.rows = rows.stream().flatMap(r -> r.keptRows().stream()).collect(Collectors.toMap(KeptFigureRows.Row::entity, r -> r));
        this.rows.values().forEach(r -> {
            if (!this.sources.containsKey(r.source())) {
                throw new IllegalStateException(r.entity().getSimpleName() + " is counted in an unknown source " + r.source());
            }
        });
        this.clock = clock;
    }

    @PostConstruct
    void register() {
        var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, (PostInsertEventListener) this);
        registry.appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) this);
        registry.appendListeners(EventType.POST_DELETE, (PostDeleteEventListener) this);
    }

    /**
     * Nothing kept survives a start: data restored or loaded in plain SQL while the portal was down did not pass its
     * writers. The warm-up (reports' PackWarmUp) counts the last quarter and year again a few minutes later.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(0)
    void forgetAtStart() {
        sources.values().forEach(s -> s.kept().clear());
    }

    /** Per source: the earliest moment touched and the parent rows named. */
    private static final class Touched {
        final Map<String, Instant> earliest = new HashMap<>();
        final Map<String, Set<Long>> parents = new HashMap<>();
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        touched(event.getEntity(), event.getPersister(), event.getSession(), event.getState(), null);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        touched(event.getEntity(), event.getPersister(), event.getSession(), event.getState(), event.getOldState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        touched(event.getEntity(), event.getPersister(), event.getSession(), event.getDeletedState(), null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void touched(Object entity, EntityPersister persister, SharedSessionContractImplementor session, Object[] state,
                         Object @Nullable [] oldState) {
        KeptFigureRows.Row row = rows.get(persister.getMappedClass());
        if (row == null) {
            return;
        }
        List<String> names = Arrays.asList(persister.getPropertyNames());
        Touched t = pending.computeIfAbsent(session, s -> {
            TransactionCompletionCallbacks callbacks = s.getTransactionCompletionCallbacks();
            callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) this::apply);
            callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success, ss) -> pending.remove(ss));
            return new Touched();
        });
        String source = row.source();
        for (String property : row.moments()) {
            int i = names.indexOf(property);
            if (i < 0) {
                throw new IllegalStateException(entity.getClass().getSimpleName() + " has no property " + property);
            }
            earliest(t, source, moment(state[i]));
            if (oldState != null) {
                earliest(t, source, moment(oldState[i]));
            }
        }
        String parent = row.parent();
        if (parent != null) {
            int i = names.indexOf(parent);
            if (i < 0) {
                throw new IllegalStateException(entity.getClass().getSimpleName() + " has no property " + parent);
            }
            for (Object[] s : oldState == null ? Collections.singletonList(state) : Arrays.asList(state, oldState)) {
                if (s[i] instanceof Number id) {
                    t.parents.computeIfAbsent(source, k -> new HashSet<>()).add(id.longValue());
                }
            }
        }
    }

    private static void earliest(Touched t, String source, @Nullable Instant moment) {
        if (moment != null) {
            t.earliest.merge(source, moment, (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    private static @Nullable Instant moment(@Nullable Object value) {
        return switch (value) {
            case Instant i -> i;
            case LocalDate d -> d.atStartOfDay(ZoneOffset.UTC).toInstant().minus(WIDEST_OFFSET);
            case null, default -> null;
        };
    }

    /** Before the transaction commits: each source told once the earliest moment touched. */
    private void apply(SharedSessionContractImplementor session) {
        Touched t = pending.remove(session);
        if (t == null) {
            return;
        }
        Instant now = clock.instant();
        Set<String> touchedSources = new HashSet<>(t.earliest.keySet());
        touchedSources.addAll(t.parents.keySet());
        for (String name : touchedSources) {
            KeptFigureSource source = sources.get(name);
            Instant earliest = t.earliest.get(name);
            Set<Long> parents = t.parents.getOrDefault(name, Set.of());
            if (!parents.isEmpty()) {
                Instant p = source.parentsEarliest(parents).orElse(null);
                if (p != null && (earliest == null || p.isBefore(earliest))) {
                    earliest = p;
                }
            }
            if (earliest != null) {
                source.kept().changed(earliest, now);
            }
        }
    }
}
