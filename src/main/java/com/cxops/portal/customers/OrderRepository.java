package com.cxops.portal.customers;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface OrderRepository extends JpaRepository<CustomerOrder, Long> {

    Optional<CustomerOrder> findByExternalId(String externalId);

    Slice<CustomerOrder> findByCustomerIdOrderByPlacedAtDescIdDesc(long customerId, Pageable pageable);
}
