package com.cxops.portal.audit;

import com.cxops.portal.base.Actors;
import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.i18n.TranslationProvider;
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
    private final AuditText text;

    public AuditService(AuditRepository repository, JdbcTemplate jdbc, Clock clock, AuditText text) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
        this.text = text;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String recordType, Object recordId, AuditDetails details) {
        recordAs(currentActor(), action, recordType, recordId, details);
    }

    /** Stores the message and its English text (in UTC), the text being what exports and older readers show. */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String recordType, Object recordId, AuditDetails details) {
        String english = details == null ? null : text.render(details, TranslationProvider.ENGLISH, ZoneOffset.UTC);
        repository.save(new AuditEntry(clock.instant(), truncate(actor == null ? SYSTEM : actor, 64), action,
                recordType, recordId == null ? null : truncate(recordId.toString(), 64), truncate(english, 4000),
                AuditDetailsJson.write(details)));
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
        jdbc.batchUpdate("insert into audit_entry (occurred_at, actor, action, record_type, record_id, details, detail_data) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                entries.stream().map(e -> new Object[]{now, who, e.action(), e.recordType(),
                        e.recordId() == null ? null : truncate(e.recordId().toString(), 64),
                        truncate(e.details() == null ? null : text.render(e.details(), TranslationProvider.ENGLISH, ZoneOffset.UTC), 4000),
                        AuditDetailsJson.write(e.details())}).toList());
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
