package com.cxops.portal.surveys;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {
    Slice<Campaign> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);
}
