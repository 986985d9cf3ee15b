package com.cxops.portal.complaints;

import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerOrder;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads customers and orders for complaint rules inside the complaint services' own access checks. It reads the
 * entities directly because the API caller (ROLE_INTEGRATION) is not a staff member, and CustomerService
 * admits staff only.
 */
@Component
class CustomerLookup {

    private final EntityManager em;

    CustomerLookup(EntityManager em) {
        this.em = em;
    }

    Optional<Customer> customer(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    Optional<Customer> customerByExternalId(String externalId) {
        return em.createQuery("select c from Customer c where c.externalId = :x", Customer.class)
                .setParameter("x", externalId).setMaxResults(1).getResultList().stream().findFirst();
    }

    Optional<CustomerOrder> order(String externalId) {
        return em.createQuery("select o from CustomerOrder o join fetch o.customer where o.externalId = :x", CustomerOrder.class)
                .setParameter("x", externalId).setMaxResults(1).getResultList().stream().findFirst();
    }

    Long accountManagerOf(long customerId) {
        return customer(customerId).map(Customer::getAccountManagerId).orElse(null);
    }
}
