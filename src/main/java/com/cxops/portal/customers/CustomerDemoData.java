package com.cxops.portal.customers;

import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.settings.ShopSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo customers for the embedded default (portal.demo.enabled): about 2 000 customers with Chinese and English
 * names and 12 months of orders, shaped so that every layer has members. Loaded once, into an empty customer
 * table, after the demo staff accounts exist (VIPs get the demo account managers "vip" and "vip2"), with batched
 * JDBC inserts; then the layers are computed.
 */
@Component
class CustomerDemoData {

    static final int CUSTOMERS = 2000;
    /** Months of layer history (month starts in the shop zone), so that a pack of last year's period has layers. */
    static final int HISTORY_MONTHS = 16;
    private static final Logger log = LoggerFactory.getLogger(CustomerDemoData.class);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "晨", "欣怡", "子轩", "浩然"};
    private static final String[] FIRST = {"Emma", "Liam", "Olivia", "Noah", "Ava", "James", "Sophia", "Lucas", "Mia", "Ethan", "Grace", "Henry", "Chloe", "Daniel", "Zoe", "Oscar"};
    private static final String[] LAST = {"Smith", "Chen", "Brown", "Wong", "Taylor", "Lee", "Wilson", "Ng", "Martin", "Lam", "Clark", "Ho", "Walker", "Tan"};
    private static final String[] CATEGORIES = {"handbags", "shoes", "cosmetics", "watches", "jewellery", "apparel", "home", "electronics"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final LayerRecomputation recomputation;
    private final StaffDirectory staff;
    private final ShopSettings shop;
    private final Clock clock;
    private final CustomerKpiStore kpiStore;
    private final boolean enabled;

    CustomerDemoData(JdbcTemplate jdbc, PlatformTransactionManager transactions, LayerRecomputation recomputation,
                     StaffDirectory staff, ShopSettings shop, Clock clock, CustomerKpiStore kpiStore,
                     @Value("${portal.demo.enabled:false}") boolean enabled) {
        this.kpiStore = kpiStore;
        this.shop = shop;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.recomputation = recomputation;
        this.staff = staff;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** After InitialAccounts (order 0), so that the demo account managers exist. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void load() {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class);
        if (!enabled || existing == null || existing > 0) {
            return;
        }
        loadWithPrefix("D");
    }

    /**
     * Inserts the demo customers with external ids starting with the prefix, gives them the layer history the layer
     * rules give at each of the last {@value #HISTORY_MONTHS} month starts, then computes today's layers.
     */
    void loadWithPrefix(String prefix) {
        Instant now = clock.instant();
        long[] range = insertWithPrefix(prefix);
        LayerRecomputation.Result result = recomputation.replayThenRun(historyMoments(now, shop.zone()), range[0], range[1],
                (done, total) -> { });
        log.info("Demo customers loaded: {} customers, {} months of layer history, layers computed for {}", CUSTOMERS,
                HISTORY_MONTHS, result.customers());
    }

    /** Inserts the demo customers and their orders; returns the lowest and highest customer id. */
    long[] insertWithPrefix(String prefix) {
        tx.executeWithoutResult(s -> {
            insert(clock.instant(), prefix);
            // two years of back-dated orders: no stored review figure holds any more
            kpiStore.clear();
        });
        Map<String, Object> range = jdbc.queryForMap("SELECT MIN(id) AS lo, MAX(id) AS hi FROM customer WHERE external_id LIKE ?", prefix + "%");
        return new long[]{((Number) range.get("lo")).longValue(), ((Number) range.get("hi")).longValue()};
    }

    /**
     * Just before each of the last months' starts (shop zone), oldest first: the layer at a moment is the latest
     * change strictly before it (docs/kpis.md), so a change written a second before a month starts is the layer at
     * that start.
     */
    static List<Instant> historyMoments(Instant now, ZoneId zone) {
        LocalDate thisMonth = LocalDate.ofInstant(now, zone).withDayOfMonth(1);
        List<Instant> moments = new ArrayList<>();
        for (int i = HISTORY_MONTHS - 1; i >= 0; i--) {
            moments.add(thisMonth.minusMonths(i).atStartOfDay(zone).toInstant().minusSeconds(1));
        }
        return moments;
    }

    private enum Shape { NEW, ACTIVE, AT_RISK, DORMANT, VIP, REGULAR }

    private void insert(Instant now, String prefix) {
        Random random = new Random(20261123L);
        Long vip = staff.find("vip").map(StaffDirectory.StaffContact::id).orElse(null);
        Long vip2 = staff.find("vip2").map(StaffDirectory.StaffContact::id).orElse(null);
        List<Object[]> customers = new ArrayList<>();
        Map<String, Shape> shapes = new HashMap<>();
        int vips = 0;
        for (int i = 1; i <= CUSTOMERS; i++) {
            Shape shape = shape(random.nextInt(100));
            String externalId = prefix + (100000 + i);
            boolean chinese = random.nextInt(100) < 70;
            String name = chinese ? SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                    : FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            // before the oldest order (up to 560 days ago), so the customer exists at every month of the layer history
            long registeredDaysAgo = shape == Shape.NEW ? random.nextInt(25) : 600 + random.nextInt(1300);
            Long manager = null;
            if (shape == Shape.VIP) {
                manager = vips++ % 2 == 0 ? vip : vip2;
            }
            String membership = shape == Shape.VIP ? "DIAMOND" : random.nextInt(10) < 2 ? "GOLD" : "ORDINARY";
            LocalDate birthday = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
            customers.add(new Object[]{externalId, name, "demo" + prefix.toLowerCase() + i + "@example.com", "+86 138 " + String.format("%04d %04d", random.nextInt(10000), i),
                    utc(now.minus(Duration.ofDays(registeredDaysAgo)).minusSeconds(random.nextInt(86400))),
                    java.sql.Date.valueOf(birthday), membership, random.nextInt(20) == 0, manager, utc(now), "demo"});
            shapes.put(externalId, shape);
        }
        jdbc.batchUpdate("INSERT INTO customer (external_id, name, email, phone, registered_at, birthday, membership_level, "
                + "survey_opt_out, account_manager_id, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", customers);

        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT external_id, id FROM customer WHERE external_id LIKE ?", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        }, prefix + "%");
        List<Object[]> orders = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Shape> e : shapes.entrySet()) {
            long customerId = ids.get(e.getKey());
            List<Long> days = orderDays(e.getValue(), random);
            for (int k = 0; k < days.size(); k++) {
                long daysAgo = days.get(k);
                BigDecimal amount = amount(e.getValue(), random);
                // the first order of each shape decides it, so it is always paid; others are sometimes refunded or cancelled
                String status = k == 0 ? "PAID" : random.nextInt(100) < 6 ? "REFUNDED" : random.nextInt(100) < 3 ? "CANCELLED" : "PAID";
                orders.add(new Object[]{prefix + "O" + (1000000 + ++n), customerId, utc(now.minus(Duration.ofDays(daysAgo)).minusSeconds(random.nextInt(80000))),
                        amount, "CNY", status, CATEGORIES[random.nextInt(CATEGORIES.length)], utc(now), "demo"});
                if (orders.size() == 1000) {
                    insertOrders(orders);
                }
            }
        }
        insertOrders(orders);
    }

    private void insertOrders(List<Object[]> orders) {
        if (!orders.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO customer_order (external_id, customer_id, placed_at, amount, currency, status, category, "
                    + "updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", orders);
            orders.clear();
        }
    }

    private static Shape shape(int percent) {
        if (percent < 6) {
            return Shape.NEW;
        }
        if (percent < 30) {
            return Shape.ACTIVE;
        }
        if (percent < 40) {
            return Shape.AT_RISK;
        }
        if (percent < 58) {
            return Shape.DORMANT;
        }
        if (percent < 61) {
            return Shape.VIP;
        }
        return Shape.REGULAR;
    }

    /** Days ago of each order, newest last order fitting the shape; refunds make no difference to the shape. */
    private static List<Long> orderDays(Shape shape, Random r) {
        List<Long> days = new ArrayList<>();
        switch (shape) {
            case NEW -> {
                if (r.nextBoolean()) {
                    days.add((long) r.nextInt(20));
                }
            }
            case ACTIVE -> {
                int recent = 5 + r.nextInt(4); // a few may be refunded, so well over three
                for (int i = 0; i < recent; i++) {
                    days.add(1L + r.nextInt(85));
                }
                days.add(100L + r.nextInt(250));
            }
            case AT_RISK -> {
                days.add(151L + r.nextInt(26));
                days.add(200L + r.nextInt(150));
            }
            case DORMANT -> {
                days.add(186L + r.nextInt(170));
                if (r.nextBoolean()) {
                    days.add(360L + r.nextInt(200));
                }
            }
            case VIP -> {
                int count = 3 + r.nextInt(4);
                for (int i = 0; i < count; i++) {
                    days.add(2L + r.nextInt(110));
                }
            }
            case REGULAR -> {
                days.add(35L + r.nextInt(100));
                if (r.nextBoolean()) {
                    days.add(140L + r.nextInt(200));
                }
            }
        }
        return days;
    }

    private static BigDecimal amount(Shape shape, Random r) {
        double value = shape == Shape.VIP ? 2500 + r.nextInt(6000) : 40 + r.nextInt(560);
        return BigDecimal.valueOf(value + r.nextInt(100) / 100.0).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
