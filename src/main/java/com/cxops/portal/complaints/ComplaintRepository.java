package com.cxops.portal.complaints;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
    @Query("update Complaint c set c.sla.dueAt = :due, c.sla.dueSort = :sort, c.sla.warnAt = :warn, c.sla.breached = :breached where c.id = :id")
    int updateSla(@Param("id") long id, @Param("due") @Nullable Instant due, @Param("sort") @Nullable Instant sort, @Param("warn") @Nullable Instant warn,
                  @Param("breached") boolean breached);

    @Query("select max(c.createdAt) from Complaint c where c.customerId = :customerId and c.createdAt <= :at and c.id <> :excludeId")
    /** Null when the customer never complained before (Spring Data refuses an unannotated null under @NullMarked). */
    @Nullable Instant previousComplaintAt(@Param("customerId") long customerId, @Param("at") Instant at, @Param("excludeId") long excludeId);

    String SLA_FACTS = "select new com.cxops.portal.complaints.SlaFacts(c.id, c.number, c.tier, c.status, c.createdAt, "
            + "c.acknowledgedAt, c.inProgressAt, c.waitingSince, c.resolvedAt, c.closedAt, c.reopenedAt, c.teamId, c.assigneeId, "
            + "c.executiveAckBy, c.executiveAckAt, c.sla.dueAt, c.sla.breached, c.spreadRisk, cu.layer, "
            + "(case when cu.layer = com.cxops.portal.customers.CustomerLayer.HIGH_NET_WORTH or cu.highNetWorth = true or cu.manualVip = true then true else false end), c.subject) "
            + "from Complaint c, Customer cu where cu.id = c.customerId and ";

    @Query(SLA_FACTS + "c.id = :id")
    Optional<SlaFacts> slaFacts(@Param("id") long id);

    @Query(SLA_FACTS + "c.id in :ids")
    List<SlaFacts> slaFacts(@Param("ids") Collection<Long> ids);

    /** Which of these complaints are marked breached now (the summary's audit tells only the newly breached). */
    @Query("select c.id from Complaint c where c.id in :ids and c.sla.breached = true")
    List<Long> slaBreachedAmong(@Param("ids") Collection<Long> ids);
}
