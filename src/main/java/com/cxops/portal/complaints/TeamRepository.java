package com.cxops.portal.complaints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface TeamRepository extends JpaRepository<Team, Long> {
    List<Team> findAllByOrderByNameAscIdAsc();

    boolean existsByNameIgnoreCase(String name);

    @Query("select t.id from Team t join t.memberIds m where m = :staffId")
    List<Long> teamIdsOf(@Param("staffId") long staffId);

    boolean existsByLeadId(long staffId);
}
