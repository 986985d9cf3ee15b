package com.cxops.portal.customers;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByExternalId(String externalId);

    /** Prefix search on the indexed columns (name, email, phone, external id). */
    @Query("""
            select c from Customer c
            where (:prefix is null or c.name like :prefix or c.email like :prefix or c.phone like :prefix
                   or c.externalId like :prefix)
            """)
    Slice<Customer> search(@Param("prefix") String prefix, Pageable pageable);
}
