package com.cxops.portal.sla;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SlaCalendarRepository extends JpaRepository<SlaCalendar, Long> {

    Optional<SlaCalendar> findByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByName(String name);
}
