package com.cxops.portal.customers;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other features need to know of a customer, read without a staff caller: surveys' sender job and the public
 * survey page act for no staff member, the complaint API's caller is an integration key, and {@link CustomerService}
 * admits staff only; the calling service checks its own caller. Reads only, except two acts without a staff caller: the
 * customer's own survey opt-out, and the first account manager the concierge gives a new high-net-worth customer.
 */
@Component
@Transactional(readOnly = true)
public class CustomerFacts {

    /** A customer as another feature sees it: name, address, layer, membership, VIP mark, account manager, opt-out. */
    public record Snapshot(long id, String name, String email, CustomerLayer layer, MembershipLevel membershipLevel,
                           boolean vip, Long accountManagerId, boolean surveyOptOut) {
    }

    /** The dates the concierge's occasions engine looks at, with the customer's account manager. */
    public record Dates(long id, String name, LocalDate birthday, Instant registeredAt, LocalDate anniversary,
                        Long accountManagerId) {
    }

    private static final int IDS_PER_QUERY = 500;

    private final EntityManager em;

    CustomerFacts(EntityManager em) {
        this.em = em;
    }

    public Optional<Snapshot> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id)).map(CustomerFacts::snapshot);
    }

    /**
     * Snapshots of the customers, by id; unknown ids are missing. One query per 500 ids, of columns only: batch work
     * (the SLA replay over every complaint) calls it inside one long transaction, where entities would pile up.
     */
    public Map<Long, Snapshot> snapshots(Collection<Long> ids) {
        Map<Long, Snapshot> found = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            for (Object[] r : em.createQuery("select c.id, c.name, c.email, c.layer, c.membershipLevel, c.highNetWorth, "
                            + "c.manualVip, c.accountManagerId, c.surveyOptOut from Customer c where c.id in :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))).getResultList()) {
                CustomerLayer layer = (CustomerLayer) r[3];
                found.put((Long) r[0], new Snapshot((Long) r[0], (String) r[1], (String) r[2], layer, (MembershipLevel) r[4],
                        Customer.isVip(layer, (Boolean) r[5], (Boolean) r[6]), (Long) r[7], (Boolean) r[8]));
            }
        }
        return found;
    }

    /** The first {@code limit} customers by id (demo data of other features picks among them). */
    public List<Snapshot> first(int limit) {
        return first("select c.id from Customer c order by c.id", limit);
    }

    /** The first {@code limit} customers with an email address, by id (survey demo data invites them). */
    public List<Snapshot> firstWithEmail(int limit) {
        return first("select c.id from Customer c where c.email is not null order by c.id", limit);
    }

    private List<Snapshot> first(String idsQuery, int limit) {
        List<Long> ids = em.createQuery(idsQuery, Long.class).setMaxResults(limit).getResultList();
        Map<Long, Snapshot> byId = snapshots(ids);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The customers of an account manager's book, by id. Entities, in the caller's transaction: the concierge's book
     * shows most of their columns, and moving a book hands each customer on by its version.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Customer> ofAccountManager(long managerId) {
        return em.createQuery("select c from Customer c where c.accountManagerId = :m order by c.id", Customer.class)
                .setParameter("m", managerId).getResultList();
    }

    /** Book size per account manager, counted in SQL. */
    public Map<Long, Long> bookSizes() {
        Map<Long, Long> sizes = new HashMap<>();
        em.createQuery("select c.accountManagerId, count(c) from Customer c where c.accountManagerId is not null group by c.accountManagerId",
                Object[].class).getResultList().forEach(r -> sizes.put((Long) r[0], ((Number) r[1]).longValue()));
        return sizes;
    }

    /**
     * The next {@code limit} VIPs after a customer id, in id order, with gold and diamond members if asked: the
     * occasions engine walks them in keyset pages.
     */
    public List<Dates> vipDatesAfter(long afterId, boolean goldAndDiamond, int limit) {
        return em.createQuery("""
                        select c.id, c.name, c.birthday, c.registeredAt, c.anniversary, c.accountManagerId from Customer c
                        where c.id > :after and (c.highNetWorth = true or c.manualVip = true or c.layer = :hnw
                              or (:goldDiamond = true and c.membershipLevel in :levels))
                        order by c.id""", Object[].class)
                .setParameter("after", afterId).setParameter("hnw", CustomerLayer.HIGH_NET_WORTH)
                .setParameter("goldDiamond", goldAndDiamond).setParameter("levels", List.of(MembershipLevel.GOLD, MembershipLevel.DIAMOND))
                .setMaxResults(limit).getResultList().stream()
                .map(r -> new Dates((Long) r[0], (String) r[1], (LocalDate) r[2], (Instant) r[3], (LocalDate) r[4], (Long) r[5]))
                .toList();
    }

    /**
     * The concierge gives a new high-net-worth customer without an account manager the one it chose; true when it did
     * (false for an unknown customer or one that has a manager). The caller audits it.
     */
    @Transactional
    public boolean assignFirstAccountManager(long id, long managerId, Instant at, String actor) {
        Customer c = em.find(Customer.class, id);
        if (c == null || c.getAccountManagerId() != null) {
            return false;
        }
        c.setAccountManagerId(managerId);
        c.touch(at, actor);
        return true;
    }

    /**
     * The customer entity, for complaint rules that take it. No transaction of its own (the caller's, if any), as a
     * complaint service reads it in the transaction it saves in.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Customer> customer(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Customer> customerByExternalId(String externalId) {
        return em.createQuery("select c from Customer c where c.externalId = :x", Customer.class)
                .setParameter("x", externalId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The order with its customer. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CustomerOrder> order(String externalId) {
        return em.createQuery("select o from CustomerOrder o join fetch o.customer where o.externalId = :x", CustomerOrder.class)
                .setParameter("x", externalId).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Long accountManagerOf(long customerId) {
        return customer(customerId).map(Customer::getAccountManagerId).orElse(null);
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
