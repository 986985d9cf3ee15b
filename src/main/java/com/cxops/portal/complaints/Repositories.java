package com.cxops.portal.complaints;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    Optional<Complaint> findByCreatedByAndIdempotencyKey(String createdBy, String key);

    /** Reads the latest committed row and locks it (a plain read may see the transaction's old snapshot). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Complaint c where c.id = :id")
    Optional<Complaint> findLocked(@Param("id") long id);

    /** Takes the complaint only if nobody has: of two agents taking at once, exactly one changes a row. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Complaint c set c.assigneeId = :staffId, c.version = c.version + 1, c.updatedAt = :at, c.updatedBy = :who "
            + "where c.id = :id and c.assigneeId is null")
    int takeIfUnassigned(@Param("id") long id, @Param("staffId") long staffId, @Param("at") Instant at, @Param("who") String who);

    /** SLA facts are maintained by the SLA job without touching the version, so they never cause edit conflicts. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Complaint c set c.slaDueAt = :due, c.slaDueSort = :sort, c.slaWarnAt = :warn, c.slaBreached = :breached where c.id = :id")
    int updateSla(@Param("id") long id, @Param("due") Instant due, @Param("sort") Instant sort, @Param("warn") Instant warn,
                  @Param("breached") boolean breached);

    @Query("select max(c.createdAt) from Complaint c where c.customerId = :customerId and c.createdAt <= :at and c.id <> :excludeId")
    Instant previousComplaintAt(@Param("customerId") long customerId, @Param("at") Instant at, @Param("excludeId") long excludeId);

    String SLA_FACTS = "select new com.cxops.portal.complaints.SlaFacts(c.id, c.number, c.tier, c.status, c.createdAt, "
            + "c.acknowledgedAt, c.inProgressAt, c.waitingSince, c.resolvedAt, c.closedAt, c.reopenedAt, c.teamId, c.assigneeId, "
            + "c.executiveAckBy, c.executiveAckAt, c.slaDueAt, c.slaBreached, c.spreadRisk, cu.layer, "
            + "(case when cu.layer = com.cxops.portal.customers.CustomerLayer.HIGH_NET_WORTH or cu.highNetWorth = true or cu.manualVip = true then true else false end), c.subject) "
            + "from Complaint c, Customer cu where cu.id = c.customerId and ";

    @Query(SLA_FACTS + "c.id = :id")
    Optional<SlaFacts> slaFacts(@Param("id") long id);
}

interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {
    List<TimelineEntry> findByComplaintIdOrderByOccurredAtAscIdAsc(long complaintId);
}

interface CompensationRepository extends JpaRepository<Compensation, Long> {
    List<Compensation> findByComplaintIdOrderByCreatedAtAscIdAsc(long complaintId);
}

interface RcaFindingRepository extends JpaRepository<RcaFinding, Long> {
    List<RcaFinding> findByComplaintIdOrderByDimensionAscIdAsc(long complaintId);
}

interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {
    List<CorrectiveAction> findByComplaintIdOrderByIdAsc(long complaintId);

    List<CorrectiveAction> findByFindingIdIn(Collection<Long> findingIds);

    /** Overdue actions first (not done, due before today), then by due date. */
    @Query("select new com.cxops.portal.complaints.ActionRow(a, c.number, f.dimension, f.finding) "
            + "from CorrectiveAction a, Complaint c, RcaFinding f where c.id = a.complaintId and f.id = a.findingId "
            + "and (:openOnly = false or a.status <> com.cxops.portal.complaints.ActionStatus.DONE) "
            + "order by case when a.status <> com.cxops.portal.complaints.ActionStatus.DONE and a.dueDate < :today then 0 else 1 end, "
            + "a.dueDate, a.id")
    Slice<ActionRow> overdueFirst(@Param("today") LocalDate today, @Param("openOnly") boolean openOnly, Pageable pageable);
}

interface TeamRepository extends JpaRepository<Team, Long> {
    List<Team> findAllByOrderByNameAscIdAsc();

    boolean existsByNameIgnoreCase(String name);

    @Query("select t.id from Team t join t.memberIds m where m = :staffId")
    List<Long> teamIdsOf(@Param("staffId") long staffId);

    boolean existsByLeadId(long staffId);
}

interface TieringRuleRepository extends JpaRepository<TieringRule, Long> {
    List<TieringRule> findAllByOrderByPositionAscIdAsc();

    Optional<TieringRule> findByNameIgnoreCase(String name);

    @Query("select coalesce(max(r.position), 0) from TieringRule r")
    int maxPosition();
}

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {
    List<SavedFilter> findByOwnerOrderByNameAsc(String owner);

    Optional<SavedFilter> findByOwnerAndName(String owner, String name);
}

interface TierCorrectionRepository extends JpaRepository<TierCorrection, Long> {
    /** The newest corrections first (the report reads a bounded window of them). */
    org.springframework.data.domain.Slice<TierCorrection> findAllByOrderByUpdatedAtDescIdDesc(org.springframework.data.domain.Pageable page);

    long countByComplaintId(long complaintId);
}
