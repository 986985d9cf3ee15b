package com.cxops.portal.surveys;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    boolean existsByComplaintIdAndResolvedAt(long complaintId, Instant resolvedAt);

    @Query("select i.id from Invitation i where i.status = com.cxops.portal.surveys.InvitationStatus.SCHEDULED "
            + "and i.sendAt <= :now order by i.sendAt, i.id")
    List<Long> dueIds(@Param("now") Instant now, Pageable pageable);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Invitation i set i.status = com.cxops.portal.surveys.InvitationStatus.CANCELLED, i.version = i.version + 1 "
            + "where i.complaintId = :complaintId and i.status = com.cxops.portal.surveys.InvitationStatus.SCHEDULED")
    int cancelScheduledOfComplaint(@Param("complaintId") long complaintId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Invitation i set i.status = com.cxops.portal.surveys.InvitationStatus.CANCELLED, i.version = i.version + 1 "
            + "where i.customerId = :customerId and i.status = com.cxops.portal.surveys.InvitationStatus.SCHEDULED")
    int cancelScheduledOfCustomer(@Param("customerId") long customerId);

    /** Marks the invitation answered, only if it is still open; 0 when another answer got there first. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Invitation i set i.status = com.cxops.portal.surveys.InvitationStatus.ANSWERED, i.answeredAt = :at, "
            + "i.version = i.version + 1 where i.id = :id and i.status = com.cxops.portal.surveys.InvitationStatus.SENT")
    int markAnswered(@Param("id") long id, @Param("at") Instant at);

    Slice<Invitation> findByCustomerIdOrderByCreatedAtDescIdDesc(long customerId, Pageable pageable);

    List<Invitation> findByComplaintIdOrderByIdAsc(long complaintId);

    long countByCampaignId(long campaignId);
}
