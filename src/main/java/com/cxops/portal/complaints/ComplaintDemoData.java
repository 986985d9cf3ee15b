package com.cxops.portal.complaints;

import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.customers.CustomerLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Demo data (portal.demo.enabled): two teams and about 6 250 complaints over the last 15 months (so that a review
 * pack's "same period last year" has complaints for every month and quarter of the last year), in every tier and
 * state, with timelines, compensation and root-cause analyses. Runs once, after the customers' demo data
 * (ApplicationReadyEvent, order 20), with batched JDBC inserts; the tier of each comes from the real rules.
 */
@Component
class ComplaintDemoData {

    private static final Logger log = LoggerFactory.getLogger(ComplaintDemoData.class);
    private static final int COUNT = 6250;
    /** Fifteen months: last month's pack compares with the same month a year earlier, which must have complaints. */
    private static final Duration HISTORY = Duration.ofDays(457);
    /** Open complaints: about what three people work at once. */
    static final int OPEN = 60;
    private static final int BATCH = 500;

    private static final String[][] TOPICS = {
            {"Parcel arrived a week late", "The order was promised in 2 days and came after 9."},
            {"快递延迟一周", "说好两天到，结果九天才收到。"},
            {"Wrong size sent", "I ordered size M and received XL."},
            {"发错颜色", "下单黑色，收到的是白色。"},
            {"Refund not received", "Returned the item three weeks ago and still no refund."},
            {"退款未到账", "退货两周了还没收到退款。"},
            {"Kettle stopped working", "The kettle stopped heating after two days."},
            {"耳机质量问题", "用了三天左耳没有声音。"},
            {"Courier was rude", "The courier threw the parcel over the fence."},
            {"客服态度差", "电话客服直接挂断了我的电话。"},
            {"Charged twice", "My card was charged twice for one order."},
            {"Box crushed in transit", "The box was crushed and the glass inside broken."},
            {"Charger overheated and started to smoke", "The charger got very hot and smoke came out."},
            {"充电宝冒烟", "充电时充电宝冒烟，差点起火。"},
            {"I will contact my lawyer", "If this is not solved I will take legal action."},
            {"已向12315投诉", "问题一直没解决，我已经打了12315。"},
            {"Parcel lost", "Tracking has shown no movement for 10 days."},
    };

    private final JdbcTemplate jdbc;
    private final CustomerFacts customerFacts;
    private final Viewers viewers;
    private final TransactionTemplate tx;
    private final TieringRuleRepository rules;
    private final StaffDirectory staff;
    private final Clock clock;
    private final SettingsService settings;
    private final ObjectProvider<TargetTime> targetTime;
    private final boolean enabled;
    private final ComplaintKpiStore kept;

    ComplaintDemoData(JdbcTemplate jdbc, TransactionTemplate tx, TieringRuleRepository rules, StaffDirectory staff, Clock clock,
                      Viewers viewers, SettingsService settings, ObjectProvider<TargetTime> targetTime,
                      CustomerFacts customerFacts, @Value("${portal.demo.enabled:false}") boolean enabled,
                      ComplaintKpiStore kept) {
        this.jdbc = jdbc;
        this.customerFacts = customerFacts;
        this.settings = settings;
        this.targetTime = targetTime;
        this.viewers = viewers;
        this.tx = tx;
        this.rules = rules;
        this.staff = staff;
        this.clock = clock;
        this.enabled = enabled;
        this.kept = kept;
    }

    record Cust(long id, String name, CustomerLayer layer, boolean vip, Long managerId) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void load() {
        if (!enabled) {
            return;
        }
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        List<Cust> customers = customerFacts.first(3000).stream()
                .map(c -> new Cust(c.id(), c.name(), c.layer(), c.vip(), c.accountManagerId())).toList();
        if (customers.isEmpty()) {
            log.info("Complaint demo data skipped: there are no customers yet (customer demo data loads first).");
            return;
        }
        long started = System.currentTimeMillis();
        tx.executeWithoutResult(s -> generate(customers));
        log.info("Complaint demo data: {} complaints in {} ms", COUNT, System.currentTimeMillis() - started);
    }

    void generate(List<Cust> customers) {
        generate(customers, COUNT);
    }

    /** The demo set with {@code count} complaints (more than {@link #OPEN}): the last {@link #OPEN} of them open. */
    void generate(List<Cust> customers, int count) {
        Optional<StaffDirectory.StaffContact> agent = staff.find("agent");
        Optional<StaffDirectory.StaffContact> agent2 = staff.find("agent2");
        Optional<StaffDirectory.StaffContact> manager = staff.find("manager");
        Optional<StaffDirectory.StaffContact> exec = staff.find("exec");
        Long frontLine = team("Front line 一线", manager.map(StaffDirectory.StaffContact::id).orElse(null),
                agent.map(StaffDirectory.StaffContact::id).orElse(null), agent2.map(StaffDirectory.StaffContact::id).orElse(null));
        Long escalations = team("Escalations 升级处理", manager.map(StaffDirectory.StaffContact::id).orElse(null),
                agent2.map(StaffDirectory.StaffContact::id).orElse(null));
        List<StaffDirectory.StaffContact> workers = new ArrayList<>();
        agent.ifPresent(workers::add);
        agent2.ifPresent(workers::add);
        manager.ifPresent(workers::add);

        List<TieringEngine.RuleSpec> specs = rules.findAllByOrderByPositionAscIdAsc().stream().map(TieringRule::toSpec).toList();
        Random random = new Random(20260101L);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.minus(HISTORY);
        // the finished history ends a day ago; the open complaints are placed by their targets' time after it
        Instant historyEnd = now.minus(Duration.ofDays(1));
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count - OPEN; i++) {
            times.add(start.plusSeconds((long) (random.nextDouble() * Duration.between(start, historyEnd).getSeconds())));
        }
        times.sort(null);
        DemoSteps paths = new DemoSteps(now, settings.getInt(ComplaintSettings.REOPEN_DAYS), targetTime.getIfAvailable(WallTime::new), random);
        Map<Long, Instant> lastByCustomer = new HashMap<>();
        List<Object[]> complaintRows = new ArrayList<>();
        List<List<DemoSteps.Step>> stepsOf = new ArrayList<>();
        List<String[]> extra = new ArrayList<>();
        List<String> assignees = new ArrayList<>();
        ComplaintCategory[] categories = ComplaintCategory.values();
        ComplaintChannel[] channels = ComplaintChannel.values();

        for (int i = 0; i < count; i++) {
            boolean open = i >= count - OPEN;
            DemoSteps.Standing standing = open ? DemoSteps.standing(i - (count - OPEN)) : null;
            Instant created = open ? now : times.get(i);
            Cust c = customers.get(random.nextInt(customers.size()));
            // an open complaint comes from a customer without one in the last days, so that its tier (the repeat rule)
            // does not depend on where its targets place it
            for (int tries = 0; open && tries < 20 && recent(lastByCustomer.get(c.id()), now); tries++) {
                c = customers.get(random.nextInt(customers.size()));
            }
            int topic = random.nextInt(TOPICS.length);
            String subject = TOPICS[topic][0];
            String description = TOPICS[topic][1];
            ComplaintCategory category = categoryOf(topic, categories, random);
            ComplaintChannel channel = channels[random.nextInt(channels.length)];
            double r = random.nextDouble();
            SpreadRisk spread = r < 0.85 ? SpreadRisk.PRIVATE : r < 0.97 ? SpreadRisk.PUBLIC_POST : SpreadRisk.MEDIA_VIRAL;
            if (standing == DemoSteps.Standing.BREACHED) {
                // the breached ones are public posts (urgent, around the clock), so their breach fell today on any day
                spread = SpreadRisk.PUBLIC_POST;
            }
            int affected = random.nextDouble() < 0.02 ? 20 + random.nextInt(200) : 1;
            TieringEngine.Facts facts = new TieringEngine.Facts(category, channel, spread, affected,
                    c.layer(), c.vip(), subject, description, lastByCustomer.get(c.id()), created, null);
            TieringEngine.Result tier = TieringEngine.evaluate(specs, facts);
            List<DemoSteps.Step> steps;
            if (open) {
                DemoSteps.Open placed = paths.open(tier.tier(), c.layer().name(), c.vip(), standing);
                created = placed.created();
                steps = placed.steps();
                tier = TieringEngine.evaluate(specs, new TieringEngine.Facts(category, channel, spread, affected,
                        c.layer(), c.vip(), subject, description, lastByCustomer.get(c.id()), created, null));
            } else {
                steps = paths.history(created);
            }
            lastByCustomer.put(c.id(), created);
            ComplaintStatus status = steps.getLast().status();
            if (tier.tier() == Tier.MAJOR && status == ComplaintStatus.CLOSED) {
                extra.add(new String[]{"RCA", Integer.toString(i)});
            }
            boolean assigned = status != ComplaintStatus.NEW || random.nextBoolean();
            StaffDirectory.StaffContact assignee = assigned && !workers.isEmpty() ? workers.get(random.nextInt(workers.size())) : null;
            Long teamId = tier.tier() == Tier.MAJOR ? escalations : frontLine;
            Map<ComplaintStatus, Instant> firstAt = new HashMap<>();
            Map<ComplaintStatus, Instant> lastAt = new HashMap<>();
            for (DemoSteps.Step s : steps) {
                firstAt.putIfAbsent(s.status(), s.at());
                lastAt.put(s.status(), s.at());
            }
            boolean acked = tier.tier() == Tier.MAJOR && exec.isPresent() && status != ComplaintStatus.NEW;
            Instant lastChange = steps.getLast().at();
            complaintRows.add(new Object[]{"DEMO-" + i, c.id(), c.name(), channel.name(), category.name(), subject, description,
                    spread.name(), affected, tier.tier().name(), tier.reason(), status.name(), "PORTAL", ts(created), "demo",
                    ts(firstAt.get(ComplaintStatus.ACKNOWLEDGED)), ts(lastAt.get(ComplaintStatus.IN_PROGRESS)),
                    status == ComplaintStatus.WAITING_CUSTOMER ? ts(lastAt.get(ComplaintStatus.WAITING_CUSTOMER)) : null,
                    ts(lastAt.get(ComplaintStatus.RESOLVED)), ts(lastAt.get(ComplaintStatus.CLOSED)), ts(lastAt.get(ComplaintStatus.REOPENED)),
                    teamId, assignee == null ? null : assignee.id(), acked ? "exec" : null,
                    acked ? ts(earlier(created.plus(Duration.ofMinutes(3 + random.nextInt(20))), now)) : null, ts(lastChange), "demo"});
            stepsOf.add(steps);
            assignees.add(assignee == null ? null : assignee.username());
            extra.add(new String[]{"ASSIGNEE", Integer.toString(i), assignee == null ? "" : assignee.username(),
                    c.vip() && c.managerId() != null ? Long.toString(c.managerId()) : ""});
        }

        jdbc.batchUpdate("INSERT INTO complaint (number, customer_id, customer_name, channel, category, subject, description, spread_risk, "
                + "affected_count, tier, tier_reason, status, source, created_at, created_by, acknowledged_at, in_progress_at, waiting_since, "
                + "resolved_at, closed_at, reopened_at, team_id, assignee_id, exec_ack_by, exec_ack_at, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", complaintRows, BATCH,
                (ps, row) -> {
                    for (int k = 0; k < row.length; k++) {
                        ps.setObject(k + 1, row[k]);
                    }
                });
        Map<String, long[]> ids = new HashMap<>();
        jdbc.query("SELECT id, number, created_at FROM complaint WHERE number LIKE 'DEMO-%'", rs -> {
            ids.put(rs.getString(2), new long[]{rs.getLong(1), rs.getTimestamp(3).toInstant().atZone(ZoneOffset.UTC).getYear()});
        });
        List<Object[]> numbers = new ArrayList<>();
        ids.forEach((placeholder, v) -> numbers.add(new Object[]{Complaint.formatNumber((int) v[1], v[0]), v[0]}));
        jdbc.batchUpdate("UPDATE complaint SET number = ? WHERE id = ?", numbers, BATCH, (ps, row) -> {
            ps.setString(1, (String) row[0]);
            ps.setLong(2, (Long) row[1]);
        });

        List<Object[]> timeline = new ArrayList<>();
        List<Object[]> watchers = new ArrayList<>();
        List<Object[]> compensation = new ArrayList<>();
        List<Integer> rcaFor = new ArrayList<>();
        for (String[] e : extra) {
            if (e[0].equals("RCA")) {
                rcaFor.add(Integer.parseInt(e[1]));
            }
        }
        for (int i = 0; i < count; i++) {
            long id = ids.get("DEMO-" + i)[0];
            Object[] row = complaintRows.get(i);
            Instant created = ((Timestamp) row[13]).toInstant();
            timeline.add(new Object[]{id, ts(created), "demo", "CREATED", true, null, "NEW", null});
            timeline.add(new Object[]{id, ts(created), "demo", "TIER", false, null, row[9], row[10]});
            List<DemoSteps.Step> steps = stepsOf.get(i);
            String worker = assignees.get(i);
            if (worker != null) {
                timeline.add(new Object[]{id, ts(created.plusSeconds(60)), "manager", "ASSIGNMENT", false, null, worker, null});
            }
            ComplaintStatus previous = ComplaintStatus.NEW;
            for (DemoSteps.Step s : steps.subList(1, steps.size())) {
                timeline.add(new Object[]{id, ts(s.at()), worker == null ? "demo" : worker, "STATUS", true, previous.name(), s.status().name(), null});
                if (s.status() == ComplaintStatus.IN_PROGRESS && random.nextDouble() < 0.5) {
                    timeline.add(new Object[]{id, ts(s.at().plusSeconds(120)), worker == null ? "demo" : worker, "NOTE", true, null, null,
                            random.nextBoolean() ? "Received – inspecting" : "已收到退货，正在检验"});
                }
                previous = s.status();
            }
            if (row[23] != null) {
                timeline.add(new Object[]{id, row[24], "exec", "EXECUTIVE_ACK", false, null, "exec", null});
            }
            ComplaintCategory category = ComplaintCategory.valueOf((String) row[4]);
            if (category.isServiceFailure() && steps.getLast().status().ordinal() >= ComplaintStatus.RESOLVED.ordinal() && random.nextDouble() < 0.6) {
                Instant at = steps.getLast().at().minusSeconds(300);
                boolean coupon = random.nextBoolean();
                BigDecimal amount = coupon ? BigDecimal.valueOf(10 + random.nextInt(5) * 10L).setScale(2) : null;
                String reason = coupon ? "Service failure: " + category.name().toLowerCase().replace('_', ' ') : "Apology letter with a small gift";
                compensation.add(new Object[]{id, coupon ? "COUPON" : "APOLOGY_GIFT", amount, coupon ? "CNY" : null, reason, ts(at), "agent"});
                timeline.add(new Object[]{id, ts(at), "agent", "COMPENSATION", true, null, coupon ? "COUPON" : "APOLOGY_GIFT",
                        (coupon ? "COUPON " + amount.toPlainString() + " CNY" : "APOLOGY_GIFT") + ": " + reason});
            }
        }
        for (String[] e : extra) {
            if (e[0].equals("ASSIGNEE") && !e[3].isEmpty()) {
                long id = ids.get("DEMO-" + e[1])[0];
                watchers.add(new Object[]{id, Long.parseLong(e[3])});
                Instant created = ((Timestamp) complaintRows.get(Integer.parseInt(e[1]))[13]).toInstant();
                String username = staff.find(Long.parseLong(e[3])).map(StaffDirectory.StaffContact::username).orElse("system");
                timeline.add(new Object[]{id, ts(created), "system", "WATCHER", false, null, username, null});
            }
        }
        jdbc.batchUpdate("INSERT INTO complaint_timeline (complaint_id, occurred_at, actor, kind, customer_visible, from_value, to_value, body) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", timeline, BATCH, (ps, row) -> {
            for (int k = 0; k < row.length; k++) {
                ps.setObject(k + 1, row[k]);
            }
        });
        jdbc.batchUpdate("INSERT INTO complaint_watcher (complaint_id, staff_id) VALUES (?, ?)", watchers, BATCH, (ps, row) -> {
            ps.setLong(1, (Long) row[0]);
            ps.setLong(2, (Long) row[1]);
        });
        jdbc.batchUpdate("INSERT INTO complaint_compensation (complaint_id, kind, amount, currency, reason, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", compensation, BATCH, (ps, row) -> {
            for (int k = 0; k < row.length; k++) {
                ps.setObject(k + 1, row[k]);
            }
        });
        rootCauses(rcaFor, ids, complaintRows, manager.map(StaffDirectory.StaffContact::id).orElse(null), now, random);
        // written in plain SQL around the writers that keep the kept figures in step
        kept.clear();
    }

    /** Closed major complaints get a complete analysis; some actions are still open, a few overdue. */
    private void rootCauses(List<Integer> indexes, Map<String, long[]> ids, List<Object[]> rows, Long owner, Instant now, Random random) {
        if (owner == null) {
            return;
        }
        String[][] findings = {
                {"PROCESS", "No check of the carrier’s promised dates before confirming delivery times"},
                {"SYSTEM", "Order system did not flag the supplier batch for recall"},
                {"PEOPLE", "New warehouse staff not trained on fragile goods"}};
        for (int index : indexes) {
            long complaintId = ids.get("DEMO-" + index)[0];
            Instant at = ((Timestamp) rows.get(index)[19]).toInstant().minus(Duration.ofDays(1));
            for (String[] f : findings) {
                jdbc.update("INSERT INTO rca_finding (complaint_id, dimension, finding, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                        complaintId, f[0], f[1], ts(at), "manager");
                Long findingId = jdbc.queryForObject("SELECT MAX(id) FROM rca_finding WHERE complaint_id = ?", Long.class, complaintId);
                LocalDate due = at.atZone(ZoneOffset.UTC).toLocalDate().plusDays(14 + random.nextInt(60));
                boolean done = due.isBefore(now.atZone(ZoneOffset.UTC).toLocalDate()) && random.nextDouble() < 0.8;
                jdbc.update("INSERT INTO corrective_action (finding_id, complaint_id, what, owner_id, due_date, status, done_at, updated_at, updated_by) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", findingId, complaintId, "Fix: " + f[1].toLowerCase(), owner, due,
                        done ? "DONE" : random.nextBoolean() ? "IN_PROGRESS" : "OPEN", done ? ts(at.plus(Duration.ofDays(10))) : null, ts(at), "manager");
            }
        }
    }

    private Long team(String name, Long lead, Long... members) {
        List<Long> found = jdbc.queryForList("SELECT id FROM team WHERE name = ?", Long.class, name);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        jdbc.update("INSERT INTO team (name, lead_id, updated_by) VALUES (?, ?, 'demo')", name, lead);
        Long id = jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, name);
        for (Long m : java.util.Arrays.stream(members).filter(java.util.Objects::nonNull).distinct().toList()) {
            jdbc.update("INSERT INTO team_member (team_id, staff_id) VALUES (?, ?)", id, m);
        }
        viewers.forgetAll();
        return id;
    }

    private static ComplaintCategory categoryOf(int topic, ComplaintCategory[] all, Random random) {
        return switch (topic) {
            case 0, 1 -> ComplaintCategory.LATE_DELIVERY;
            case 2, 3 -> ComplaintCategory.WRONG_ITEM;
            case 4, 5 -> ComplaintCategory.REFUND_NOT_RECEIVED;
            case 6, 7 -> ComplaintCategory.PRODUCT_QUALITY;
            case 8, 9 -> ComplaintCategory.STAFF_ATTITUDE;
            case 10 -> ComplaintCategory.BILLING_ERROR;
            case 11 -> ComplaintCategory.DAMAGED_IN_TRANSIT;
            case 12, 13 -> ComplaintCategory.PRODUCT_SAFETY;
            case 14, 15 -> ComplaintCategory.LEGAL_REGULATORY;
            case 16 -> ComplaintCategory.LOST_PARCEL;
            default -> all[random.nextInt(all.length)];
        };
    }

    private static boolean recent(Instant last, Instant now) {
        return last != null && last.isAfter(now.minus(Duration.ofDays(14)));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Without service-level policies: targets count wall time, a day each. */
    private static final class WallTime implements TargetTime {
        @Override
        public Instant startFor(Tier tier, String customerLayer, boolean vip, Target target, double fraction, Instant at) {
            return at.minus(Duration.ofMinutes(Math.round(fraction * 24 * 60)));
        }

        @Override
        public Instant after(Tier tier, String customerLayer, boolean vip, Target target, double fraction, Instant start) {
            return start.plus(Duration.ofMinutes(Math.round(fraction * 24 * 60)));
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
