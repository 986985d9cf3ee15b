package com.cxops.portal.complaints;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RcaFindingRepository extends JpaRepository<RcaFinding, Long> {
    List<RcaFinding> findByComplaintIdOrderByDimensionAscIdAsc(long complaintId);
}
