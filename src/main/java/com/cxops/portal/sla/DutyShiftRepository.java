package com.cxops.portal.sla;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

interface DutyShiftRepository extends JpaRepository<DutyShift, Long> {

    @Query("select s from DutyShift s where s.startsAt <= :at and s.endsAt > :at order by s.startsAt, s.id")
    List<DutyShift> findOnDuty(@Param("at") Instant at);

    @Query("select s from DutyShift s where s.startsAt < :to and s.endsAt > :from order by s.startsAt, s.id")
    List<DutyShift> findOverlapping(@Param("from") Instant from, @Param("to") Instant to);

    @Query("select s from DutyShift s where s.endsAt > :from")
    Slice<DutyShift> findEndingAfter(@Param("from") Instant from, Pageable pageable);
}
