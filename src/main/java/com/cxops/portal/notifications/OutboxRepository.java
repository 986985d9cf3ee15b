package com.cxops.portal.notifications;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

    @Query("select m.id from OutboxMail m where m.status = com.cxops.portal.notifications.OutboxStatus.PENDING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> findDueIds(@Param("now") Instant now, Pageable pageable);

    Slice<OutboxMail> findByStatus(OutboxStatus status, Pageable pageable);

    Slice<OutboxMail> findAllBy(Pageable pageable);

    List<OutboxMail> findByEmail(String email);

    long countByStatus(OutboxStatus status);

    @Query("select min(m.createdAt) from OutboxMail m where m.status = com.cxops.portal.notifications.OutboxStatus.PENDING")
    /** Null when nothing is pending (Spring Data would otherwise refuse the null under @NullMarked). */
    @Nullable Instant oldestPendingCreatedAt();
}
