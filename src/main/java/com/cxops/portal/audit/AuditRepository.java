package com.cxops.portal.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select a from AuditEntry a
            where (:actor is null or a.actor = :actor)
              and (:action is null or a.action = :action)
              and (:recordType is null or a.recordType = :recordType)
              and (:recordId is null or a.recordId = :recordId)
              and (:from is null or a.occurredAt >= :from)
              and (:to is null or a.occurredAt < :to)
            """)
    Slice<AuditEntry> search(@Param("actor") @Nullable String actor, @Param("action") @Nullable String action,
                             @Param("recordType") @Nullable String recordType, @Param("recordId") @Nullable String recordId,
                             @Param("from") @Nullable Instant from, @Param("to") @Nullable Instant to, Pageable pageable);

    @Query("select distinct a.action from AuditEntry a order by a.action")
    List<String> distinctActions();

    /** Served by ix_audit_record's first column, so a loose index scan rather than a pass over the trail. */
    @Query("select distinct a.recordType from AuditEntry a where a.recordType is not null order by a.recordType")
    List<String> distinctRecordTypes();

    /** Actors starting with a prefix, served by ix_audit_actor; the filter's lazy list. */
    @Query("select distinct a.actor from AuditEntry a where a.actor like :prefix order by a.actor")
    List<String> distinctActors(@Param("prefix") String prefix, Pageable pageable);
}
