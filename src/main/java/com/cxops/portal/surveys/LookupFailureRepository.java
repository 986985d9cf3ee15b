package com.cxops.portal.surveys;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

interface LookupFailureRepository extends JpaRepository<LookupFailure, Long> {

    @Query("select count(f) from LookupFailure f where f.address = :address and f.failedAt >= :since")
    long countSince(@Param("address") String address, @Param("since") Instant since);

    @Modifying
    @Query("delete from LookupFailure f where f.failedAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
