package com.cxops.portal.complaints;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {
    List<TimelineEntry> findByComplaintIdOrderByOccurredAtAscIdAsc(long complaintId);
}
