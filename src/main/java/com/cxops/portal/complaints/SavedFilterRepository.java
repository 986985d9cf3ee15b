package com.cxops.portal.complaints;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {
    List<SavedFilter> findByOwnerOrderByNameAsc(String owner);

    Optional<SavedFilter> findByOwnerAndName(String owner, String name);
}
