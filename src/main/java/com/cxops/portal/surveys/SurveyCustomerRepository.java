package com.cxops.portal.surveys;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SurveyCustomerRepository extends JpaRepository<SurveyCustomer, Long> {
    Optional<SurveyCustomer> findByCustomerId(long customerId);
}
