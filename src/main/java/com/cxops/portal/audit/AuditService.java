package com.cxops.portal.audit;

import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.ManagersAndAdmins;
import com.cxops.portal.base.AuditTrail;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

@Service
@Transactional
public class AuditService implements AuditTrail {

    public static final String SYSTEM = "system";

    private final AuditRepository repository;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditService(AuditRepository repository, JdbcTemplate jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String recordType, Object recordId, String details) {
        recordAs(currentActor(), action, recordType, recordId, details);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String recordType, Object recordId, String details) {
        repository.save(new AuditEntry(clock.instant(), truncate(actor == null ? SYSTEM : actor, 64), action,
                recordType, recordId == null ? null : truncate(recordId.toString(), 64), truncate(details, 4000)));
    }

    /** The same rows as {@link #recordAs} each, in one JDBC batch. */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAllAs(String actor, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String who = truncate(actor == null ? SYSTEM : actor, 64);
        jdbc.batchUpdate("insert into audit_entry (occurred_at, actor, action, record_type, record_id, details) values (?, ?, ?, ?, ?, ?)",
                entries.stream().map(e -> new Object[]{now, who, e.action(), e.recordType(),
                        e.recordId() == null ? null : truncate(e.recordId().toString(), 64), truncate(e.details(), 4000)}).toList());
    }

    @ManagersAndAdmins
    @Transactional(readOnly = true)
    public Slice<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        return repository.search(AuditFilter.blankToNull(filter.actor()), AuditFilter.blankToNull(filter.action()),
                AuditFilter.blankToNull(filter.recordType()), AuditFilter.blankToNull(filter.recordId()),
                filter.from(), filter.to(), pageable);
    }

    @ManagersAndAdmins
    @Transactional(readOnly = true)
    public List<String> actions() {
        return repository.distinctActions();
    }

    @ManagersAndAdmins
    @Transactional(readOnly = true)
    public List<String> recordTypes() {
        return repository.distinctRecordTypes();
    }

    /** Who appears in the trail, by the start of their sign-in name (escaped: a typed % or _ matches itself). */
    @ManagersAndAdmins
    @Transactional(readOnly = true)
    public List<String> actors(String prefix, Pageable pageable) {
        String p = prefix == null ? "" : prefix.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return repository.distinctActors(p + "%", pageable);
    }

    private static String currentActor() {
        return Actors.current();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
