package com.cxops.portal.notifications;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Slice<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable pageable);

    Slice<Notification> findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(String recipient, Pageable pageable);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Query("select distinct n.type from Notification n where n.recipient = :recipient")
    List<String> findTypesOf(@Param("recipient") String recipient);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Notification n set n.readAt = :when where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("when") Instant when);
}
