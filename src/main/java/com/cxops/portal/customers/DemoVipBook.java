package com.cxops.portal.customers;

import com.cxops.portal.base.settings.ShopSettings;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The concierge demo's VIP book (portal.demo.enabled only), written here because the rows are customers': the demo
 * customers of two VIP managers, topped up with gold and diamond members marked VIP, birthdays in the coming days and
 * one on 29 February, and some membership anniversaries soon, so that the occasions engine has work.
 */
@Component
public class DemoVipBook {

    private final EntityManager em;
    private final ShopSettings shop;
    private final Clock clock;

    DemoVipBook(EntityManager em, ShopSettings shop, Clock clock) {
        this.em = em;
        this.shop = shop;
        this.clock = clock;
    }

    /** The ids of the two managers' customers after topping them up to {@code target}, by id. */
    @Transactional
    public List<Long> topUp(long vip, long vip2, int target) {
        List<Customer> list = new ArrayList<>(em.createQuery(
                "select c from Customer c where c.accountManagerId in :managers order by c.id", Customer.class)
                .setParameter("managers", List.of(vip, vip2)).getResultList());
        if (list.size() < target) {
            List<Customer> more = em.createQuery("select c from Customer c where c.accountManagerId is null and c.membershipLevel in :levels "
                            + "order by c.id", Customer.class)
                    .setParameter("levels", List.of(MembershipLevel.DIAMOND, MembershipLevel.GOLD))
                    .setMaxResults(target - list.size()).getResultList();
            for (Customer c : more) {
                c.setManualVip(true, "Concierge demo");
                c.setAccountManagerId(list.size() % 2 == 0 ? vip : vip2);
                c.touch(clock.instant(), "demo");
                list.add(c);
            }
        }
        LocalDate today = clock.instant().atZone(shop.zone()).toLocalDate();
        Random r = new Random(20261130L);
        for (int i = 0; i < list.size(); i++) {
            Customer c = list.get(i);
            if (i == 0) {
                c.setBirthday(LocalDate.of(1992, 2, 29));
            } else if (i < 12) {
                // birthdays in the coming two weeks, so the occasions job has work a week ahead
                LocalDate day = today.plusDays(i);
                c.setBirthday(LocalDate.of(1960 + r.nextInt(40), day.getMonth(), Math.min(day.getDayOfMonth(), 28)));
            }
            if (i % 5 == 0) {
                c.setAnniversary(today.plusDays(3 + r.nextInt(20)).minusYears(1 + r.nextInt(8)));
            }
        }
        em.flush();
        return list.stream().map(Customer::getId).toList();
    }
}
