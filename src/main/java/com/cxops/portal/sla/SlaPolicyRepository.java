package com.cxops.portal.sla;

import com.cxops.portal.complaints.Tier;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

    Optional<SlaPolicy> findByTierAndScope(Tier tier, String scope);

    List<SlaPolicy> findByTierAndScopeIn(Tier tier, Collection<String> scopes);

    @Query("select count(p) > 0 from SlaPolicy p join p.targets t where t.calendarId = :calendarId")
    boolean usesCalendar(@Param("calendarId") long calendarId);
}
