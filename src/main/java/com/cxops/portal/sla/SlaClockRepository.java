package com.cxops.portal.sla;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    List<SlaClock> findByComplaintIdOrderByIdAsc(long complaintId);

    Optional<SlaClock> findByComplaintIdAndKind(long complaintId, SlaTargetKind kind);

    List<SlaClock> findByComplaintIdIn(Collection<Long> complaintIds);

    /** Breaches to escalate: still pending and due (index ix_sla_clock_due), soonest first, bounded. */
    @Query("select c from SlaClock c where c.breachPending = true and c.dueAt <= :now order by c.dueAt, c.id")
    List<SlaClock> breachesDue(@Param("now") Instant now, Pageable limit);

    /** Warnings to send: still pending and past the warning point (index ix_sla_clock_warn), soonest first, bounded. */
    @Query("select c from SlaClock c where c.warnPending = true and c.warnAt <= :now order by c.warnAt, c.id")
    List<SlaClock> warningsDue(@Param("now") Instant now, Pageable limit);

    /**
     * Running executive-acknowledgement clocks of complaints whose executive alert is not recorded (the safety net
     * behind the alert sent right after the complaint was saved).
     */
    @Query(value = "select c.* from sla_clock c where c.kind = 'EXECUTIVE_ACK' and c.running = true and not exists "
            + "(select 1 from sla_escalation e where e.complaint_id = c.complaint_id and e.kind = c.kind and e.cycle = c.cycle "
            + "and e.level = 'EXEC_ALERT') order by c.id limit :limit", nativeQuery = true)
    List<SlaClock> executiveAlertsMissing(@Param("limit") int limit);

    /** The monitor's marks, without the version (they never conflict with a person's edit); only the current cycle. */
    @Modifying(flushAutomatically = true)
    @Query("update SlaClock c set c.warnPending = false, c.warnedAt = :at where c.id = :id and c.cycle = :cycle and c.warnPending = true")
    int markWarned(@Param("id") long id, @Param("cycle") int cycle, @Param("at") Instant at);

    @Modifying(flushAutomatically = true)
    @Query("update SlaClock c set c.breachPending = false, c.warnPending = false, c.breached = true, c.breachedAt = c.dueAt "
            + "where c.id = :id and c.cycle = :cycle and c.breachPending = true")
    int markBreached(@Param("id") long id, @Param("cycle") int cycle);

    String ROW = "select new com.cxops.portal.sla.SlaClockRow(c.id, c.complaintId, co.number, co.subject, c.kind, c.tier, "
            + "c.dueAt, c.breached, co.teamId, co.assigneeId, c.metAt, c.warnAt) from SlaClock c, Complaint co where co.id = c.complaintId ";

    /** At risk: running targets due before {@code until} (overdue ones included), soonest first (index ix_sla_clock_running_due). */
    @Query(ROW + "and c.running = true and c.dueAt < :until and (:teamId is null or co.teamId = :teamId) order by c.dueAt, c.id")
    Slice<SlaClockRow> atRiskRows(@Param("until") Instant until, @Param("teamId") @Nullable Long teamId, Pageable pageable);

    /** Breached targets started in [from, to), latest breach first: their ids (index ix_sla_clock_breaches alone). */
    @Query("select c.id from SlaClock c where c.breached = true and c.startedAt >= :from and c.startedAt < :to "
            + "and (:teamId is null or c.teamId = :teamId) order by c.breachedAt desc, c.id desc")
    Slice<Long> breachIds(@Param("from") Instant from, @Param("to") Instant to, @Param("teamId") @Nullable Long teamId, Pageable pageable);

    /**
     * The decided targets (met, or breached) started in [from, to) that a compliance figure counts, of one target and
     * tier, one team (or none) and one agent (or none), earliest start first: their ids (ix_sla_clock_compliance).
     */
    @Query("select c.id from SlaClock c where c.startedAt >= :from and c.startedAt < :to and (c.metAt is not null or c.breached = true) "
            + "and (:kind is null or c.kind = :kind) and (:tier is null or c.tier = :tier) "
            + "and (:teamId is null or c.teamId = :teamId) and (:noTeam = false or c.teamId is null) "
            + "and (:agentId is null or c.assigneeId = :agentId) and (:unassigned = false or c.assigneeId is null) "
            + "order by c.startedAt, c.id")
    Slice<Long> countedIds(@Param("from") Instant from, @Param("to") Instant to, @Param("kind") @Nullable SlaTargetKind kind,
                           @Param("tier") com.cxops.portal.complaints.@Nullable Tier tier, @Param("teamId") @Nullable Long teamId, @Param("noTeam") boolean noTeam,
                           @Param("agentId") @Nullable Long agentId, @Param("unassigned") boolean unassigned, Pageable pageable);

    /** The rows of these clocks, in no particular order. */
    @Query(ROW + "and c.id in :ids")
    List<SlaClockRow> rows(@Param("ids") Collection<Long> ids);
}

interface SlaPauseRepository extends JpaRepository<SlaPause, Long> {

    List<SlaPause> findByComplaintIdOrderByStartedAtAsc(long complaintId);

    Optional<SlaPause> findFirstByComplaintIdAndEndedAtIsNullOrderByStartedAtDesc(long complaintId);
}
