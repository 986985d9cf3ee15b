package com.cxops.portal.complaints;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface TierCorrectionRepository extends JpaRepository<TierCorrection, Long> {
    /** The newest corrections first (the report reads a bounded window of them). */
    org.springframework.data.domain.Slice<TierCorrection> findAllByOrderByUpdatedAtDescIdDesc(org.springframework.data.domain.Pageable page);

    long countByComplaintId(long complaintId);
}
