package com.cxops.portal.customers;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Customers and their orders, for every staff role (customers are the base every feature keys off). */
@Service
@Transactional
public class CustomerService {

    static final String ANY_STAFF = "hasAnyRole('AGENT','VIP_MANAGER','MANAGER','EXECUTIVE','ADMIN')";

    private final CustomerRepository customers;
    private final OrderRepository orders;

    public CustomerService(CustomerRepository customers, OrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @PreAuthorize(ANY_STAFF)
    @Transactional(readOnly = true)
    public Optional<Customer> find(long id) {
        return customers.findById(id);
    }

    @PreAuthorize(ANY_STAFF)
    @Transactional(readOnly = true)
    public Optional<Customer> findByExternalId(String externalId) {
        return customers.findByExternalId(externalId);
    }

    /** Search by the start of name, email, phone or external id. */
    @PreAuthorize(ANY_STAFF)
    @Transactional(readOnly = true)
    public Slice<Customer> search(String text, Pageable pageable) {
        String prefix = text == null || text.isBlank() ? null : text.trim().replace("%", "").replace("_", "") + "%";
        return customers.search(prefix, pageable);
    }

    @PreAuthorize(ANY_STAFF)
    @Transactional(readOnly = true)
    public Optional<CustomerOrder> findOrder(String externalId) {
        return orders.findByExternalId(externalId);
    }

    @PreAuthorize(ANY_STAFF)
    @Transactional(readOnly = true)
    public Slice<CustomerOrder> orders(long customerId, Pageable pageable) {
        return orders.findByCustomerIdOrderByPlacedAtDescIdDesc(customerId, pageable);
    }
}
