package com.cxops.portal.complaints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface TieringRuleRepository extends JpaRepository<TieringRule, Long> {
    List<TieringRule> findAllByOrderByPositionAscIdAsc();

    Optional<TieringRule> findByNameIgnoreCase(String name);

    @Query("select coalesce(max(r.position), 0) from TieringRule r")
    int maxPosition();
}
