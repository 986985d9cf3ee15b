package com.cxops.portal.customers;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByExternalId(String externalId);

    List<Customer> findByExternalIdIn(Collection<String> externalIds);

    /** Prefix search on the indexed columns (name, email, phone, external id). */
    @Query("""
            select c from Customer c
            where (:prefix is null or c.name like :prefix or c.email like :prefix or c.phone like :prefix
                   or c.externalId like :prefix)
            """)
    Slice<Customer> search(@Param("prefix") @Nullable String prefix, Pageable pageable);

    @Query("""
            select c from Customer c
            where (:prefix is null or c.name like :prefix or c.email like :prefix or c.phone like :prefix
                   or c.externalId like :prefix)
              and (:layer is null or c.layer = :layer)
              and (:membership is null or c.membershipLevel = :membership)
              and (:manager is null or c.accountManagerId = :manager)
            """)
    Slice<Customer> filter(@Param("prefix") @Nullable String prefix, @Param("layer") @Nullable CustomerLayer layer,
                           @Param("membership") @Nullable MembershipLevel membership, @Param("manager") @Nullable Long manager,
                           Pageable pageable);

    /** Soonest to turn dormant first: the oldest last order. */
    @Query("select c from Customer c where c.layer = com.cxops.portal.customers.CustomerLayer.AT_RISK order by c.lastOrderAt asc, c.id asc")
    Slice<Customer> atRisk(Pageable pageable);
}
