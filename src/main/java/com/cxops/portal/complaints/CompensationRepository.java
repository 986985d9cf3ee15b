package com.cxops.portal.complaints;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CompensationRepository extends JpaRepository<Compensation, Long> {
    List<Compensation> findByComplaintIdOrderByCreatedAtAscIdAsc(long complaintId);
}
