package com.cxops.portal.customers;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other features need to know of a customer, read without a staff caller: surveys' sender job and the public
 * survey page act for no staff member, and {@link CustomerService} admits staff only. Reads only, except the
 * customer's own survey opt-out.
 */
@Component
@Transactional(readOnly = true)
public class CustomerFacts {

    /** A customer as another feature sees it: name, address, layer, membership, VIP mark, account manager, opt-out. */
    public record Snapshot(long id, String name, String email, CustomerLayer layer, MembershipLevel membershipLevel,
                           boolean vip, Long accountManagerId, boolean surveyOptOut) {
    }

    private static final int IDS_PER_QUERY = 500;

    private final EntityManager em;

    CustomerFacts(EntityManager em) {
        this.em = em;
    }

    public Optional<Snapshot> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id)).map(CustomerFacts::snapshot);
    }

    /** Names of the customers, by id; unknown ids are missing. One query per 500 ids. */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            for (Object[] r : em.createQuery("select c.id, c.name from Customer c where c.id in :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))).getResultList()) {
                names.put((Long) r[0], (String) r[1]);
            }
        }
        return names;
    }

    /**
     * The customer opts out of surveys (the link in a survey mail); true when the flag changed. The caller audits it
     * as the customer's own act.
     */
    @Transactional
    public boolean optOutOfSurveys(long id) {
        Customer c = em.find(Customer.class, id);
        if (c == null || c.isSurveyOptOut()) {
            return false;
        }
        c.setSurveyOptOut(true);
        return true;
    }

    private static Snapshot snapshot(Customer c) {
        return new Snapshot(c.getId(), c.getName(), c.getEmail(), c.getLayer(), c.getMembershipLevel(), c.isVip(),
                c.getAccountManagerId(), c.isSurveyOptOut());
    }
}
