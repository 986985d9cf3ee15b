package com.cxops.portal.bench;

import com.cxops.portal.sla.SlaClockService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The SLA monitor's tick with work: before each run (untimed) a set number of the shop's running targets get a cycle
 * of their own (nothing warned, breached or escalated yet) in which half are due a minute ago (their warning point two
 * minutes ago: a breach, the warning skipped) and half past their warning point a minute ago (a warning), and the
 * complaints' summaries are written as the clock service keeps them; the run is the scheduled tick that escalates them,
 * digests, notifications and mails included. After each run (untimed) everything the run wrote for them is deleted and the
 * clocks and complaints get their stored values back, so a shared shop is left as it was.
 * <p>
 * Floor: the hand-written SQL that writes the same rows in one transaction: the escalation rows, the clocks' marks, the
 * complaints' breached flag, the notifications (one per alert, or one digest per person past the threshold), their
 * mails and the audit rows, each one multi-row statement, with the recipients read by four small queries. It does
 * not render texts in the recipients' languages (the portal's Java work). The comparison run checks both wrote the
 * same escalation rows, marks and summaries for the planted targets and as many notifications, mails and audit rows.
 */
final class SlaWorkOperations {

    static final String NAME = "SLA monitor tick with work";
    /** Issue 18: at most 2 s for 1 000 escalations (the same ceiling is kept for 100). */
    static final double TARGET_SECONDS = 2;
    private static final List<String> TYPES = List.of("SLA_WARNING", "SLA_BREACH");
    private static final List<String> AUDITED = List.of("SLA_BREACHED", "COMPLAINT_SLA_BREACHED", "SLA_ALERTS_DIGESTED");
    /** Added to a planted clock's cycle for the run. */
    private static final int CYCLE = 1_000;
    private static final String KINDS = "('FIRST_RESPONSE','RESOLUTION','PUBLIC_STATEMENT','NEXT_UPDATE')";

    private SlaWorkOperations() {
    }

    /** What one run planted and what it must put back. */
    private static final class Planted {
        final List<Map<String, Object>> clocks = new ArrayList<>();
        final List<Map<String, Object>> complaints = new ArrayList<>();
        long escalation;
        long notification;
        long mail;
        long audit;

        String clockIds() {
            return BenchContext.inList(clocks.stream().map(r -> ((Number) r.get("id")).longValue()).toList());
        }

        String complaintIds() {
            return BenchContext.inList(complaints.stream().map(r -> ((Number) r.get("id")).longValue()).toList());
        }
    }

    static List<BenchOperation> all(BenchContext ctx, int... sizes) {
        List<BenchOperation> ops = new ArrayList<>();
        for (int size : sizes) {
            ops.add(tick(ctx, size));
        }
        return ops;
    }

    static String name(int targets) {
        return String.format(Locale.ROOT, "%s (%,d targets)", NAME, targets).replace(',', ' ');
    }

    private static BenchOperation tick(BenchContext ctx, int targets) {
        Planted[] planted = new Planted[1];
        return BenchOperation.job(name(targets), run -> {
            SlaOperations.scheduledTick(ctx);
            return run == 0 ? written(ctx, planted[0]) : null;
        }, run -> {
            floor(ctx, planted[0]);
            return run == 0 ? written(ctx, planted[0]) : null;
        }, TARGET_SECONDS).around(run -> {
            planted[0] = plant(ctx, targets);
            return null;
        }, run -> {
            restore(ctx, planted[0]);
            return null;
        });
    }

    /**
     * Catches up first (what fell due by itself is the ordinary tick's work, not this one's), then gives {@code targets}
     * running targets of generated complaints (not paused) a cycle of their own: every other one due a minute ago, the
     * others past their warning point.
     */
    private static Planted plant(BenchContext ctx, int targets) {
        SlaOperations.scheduledTick(ctx);
        Planted p = new Planted();
        LocalDateTime now = utc(ctx);
        p.clocks.addAll(ctx.jdbc.queryForList("SELECT c.id, c.complaint_id, c.cycle, c.due_at, c.warn_at, c.warn_pending, c.breach_pending, "
                + "c.warned_at, c.breached, c.breached_at FROM sla_clock c JOIN complaint co ON co.id = c.complaint_id "
                + "WHERE c.running = TRUE AND c.due_at IS NOT NULL AND c.kind IN " + KINDS + " AND co.number LIKE ? "
                + "ORDER BY c.id LIMIT " + targets, ctx.prefix + "CX-%"));
        if (p.clocks.size() < targets) {
            throw new IllegalStateException("Only " + p.clocks.size() + " running targets to plant, " + targets + " wanted");
        }
        Set<Long> complaintIds = new LinkedHashSet<>();
        p.clocks.forEach(r -> complaintIds.add(((Number) r.get("complaint_id")).longValue()));
        p.complaints.addAll(ctx.jdbc.queryForList("SELECT id, sla_due_at, sla_due_sort, sla_warn_at, sla_breached FROM complaint WHERE id IN ("
                + BenchContext.inList(List.copyOf(complaintIds)) + ")"));
        p.escalation = max(ctx, "sla_escalation");
        p.notification = max(ctx, "notification");
        p.mail = max(ctx, "mail_outbox");
        p.audit = max(ctx, "audit_entry");
        List<Object[]> moves = new ArrayList<>();
        for (int i = 0; i < p.clocks.size(); i++) {
            Map<String, Object> c = p.clocks.get(i);
            Object due = i % 2 == 0 ? now.minusMinutes(1) : now.plusHours(1);
            Object warnAt = i % 2 == 0 ? now.minusMinutes(2) : now.minusMinutes(1);
            moves.add(new Object[]{due, warnAt, c.get("id")});
        }
        // a cycle of their own: nothing of it is warned, breached or escalated yet (the stored cycle comes back after)
        ctx.jdbc.batchUpdate("UPDATE sla_clock SET due_at = ?, warn_at = ?, cycle = cycle + " + CYCLE + ", warn_pending = TRUE, "
                + "breach_pending = TRUE, warned_at = NULL, breached = FALSE, breached_at = NULL WHERE id = ?", moves);
        ctx.spring.getBean(SlaClockService.class).syncSummaries(complaintIds);
        return p;
    }

    /** Deletes what the run wrote for the planted targets and gives clocks and complaints their stored values back. */
    private static void restore(BenchContext ctx, Planted p) {
        String types = "('" + String.join("','", TYPES) + "')";
        ctx.jdbc.update("DELETE FROM sla_alert_pending WHERE escalation_id > ?", p.escalation);
        ctx.jdbc.update("DELETE FROM sla_escalation WHERE id > ? AND complaint_id IN (" + p.complaintIds() + ")", p.escalation);
        ctx.jdbc.update("DELETE FROM notification WHERE id > ? AND type IN " + types, p.notification);
        ctx.jdbc.update("DELETE FROM mail_outbox WHERE id > ? AND source_type IN " + types, p.mail);
        ctx.jdbc.update("DELETE FROM audit_entry WHERE id > ? AND actor = 'system' AND action IN ('" + String.join("','", AUDITED) + "')", p.audit);
        ctx.jdbc.batchUpdate("UPDATE sla_clock SET cycle = ?, due_at = ?, warn_at = ?, warn_pending = ?, breach_pending = ?, warned_at = ?, "
                + "breached = ?, breached_at = ? WHERE id = ?", p.clocks.stream().map(r -> new Object[]{r.get("cycle"), r.get("due_at"),
                r.get("warn_at"), r.get("warn_pending"), r.get("breach_pending"), r.get("warned_at"), r.get("breached"), r.get("breached_at"),
                r.get("id")}).toList());
        ctx.jdbc.batchUpdate("UPDATE complaint SET sla_due_at = ?, sla_due_sort = ?, sla_warn_at = ?, sla_breached = ? WHERE id = ?",
                p.complaints.stream().map(r -> new Object[]{r.get("sla_due_at"), r.get("sla_due_sort"), r.get("sla_warn_at"),
                        r.get("sla_breached"), r.get("id")}).toList());
    }

    /** What a run wrote for the planted targets: their escalation rows, marks and summaries; how many notifications, mails, audit rows. */
    private static List<String> written(BenchContext ctx, Planted p) {
        List<String> out = new ArrayList<>(new TreeSet<>(ctx.jdbc.query("SELECT e.complaint_id, e.kind, e.level, e.outcome FROM sla_escalation e "
                + "WHERE e.id > ? AND e.complaint_id IN (" + p.complaintIds() + ")", (rs, i) -> rs.getLong(1) + "/" + rs.getString(2) + " "
                + rs.getString(3) + " " + rs.getString(4), p.escalation)));
        out.addAll(new TreeSet<>(ctx.jdbc.query("SELECT id, warn_pending, breach_pending, breached, warned_at IS NOT NULL FROM sla_clock WHERE id IN ("
                + p.clockIds() + ")", (rs, i) -> "clock " + rs.getLong(1) + " " + rs.getBoolean(2) + " " + rs.getBoolean(3) + " "
                + rs.getBoolean(4) + " " + rs.getBoolean(5))));
        out.addAll(new TreeSet<>(ctx.jdbc.query("SELECT id, sla_breached FROM complaint WHERE id IN (" + p.complaintIds() + ")",
                (rs, i) -> "complaint " + rs.getLong(1) + " " + rs.getBoolean(2))));
        String types = "('" + String.join("','", TYPES) + "')";
        out.add("notifications " + ctx.jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE id > ? AND type IN " + types, Long.class, p.notification));
        out.add("mails " + ctx.jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE id > ? AND source_type IN " + types, Long.class, p.mail));
        out.add("audit " + ctx.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE id > ? AND action IN ('" + String.join("','", AUDITED)
                + "')", Long.class, p.audit));
        return out;
    }

    /** One alert of the floor: for whom, which complaint and target, breach or warning. */
    private record Alert(String to, long complaintId, String number, String kind, String type, Object dueAt, String subject, String tier) {
    }

    /** The rows the tick writes for the planted targets, by hand-written SQL in one transaction. */
    private static void floor(BenchContext ctx, Planted p) {
        new TransactionTemplate(ctx.spring.getBean(PlatformTransactionManager.class)).executeWithoutResult(s -> {
            LocalDateTime now = utc(ctx);
            Recipients who = new Recipients(ctx);
            List<String> escalations = new ArrayList<>();
            List<Long> breached = new ArrayList<>();
            List<Long> warned = new ArrayList<>();
            Set<Long> newlyBreached = new LinkedHashSet<>();
            List<String> audit = new ArrayList<>();
            List<Alert> alerts = new ArrayList<>();
            String at = lit(now);
            ctx.jdbc.query("SELECT c.id, c.complaint_id, c.kind, c.cycle, c.due_at, c.warn_at, c.warn_pending, c.breach_pending, co.team_id, "
                    + "co.assignee_id, co.tier, co.number, co.subject, co.sla_breached FROM sla_clock c JOIN complaint co ON co.id = c.complaint_id "
                    + "WHERE c.id IN (" + p.clockIds() + ")", rs -> {
                LocalDateTime due = rs.getObject("due_at", LocalDateTime.class);
                LocalDateTime warnAt = rs.getObject("warn_at", LocalDateTime.class);
                boolean breach = rs.getBoolean("breach_pending") && !due.isAfter(now);
                boolean warn = !breach && rs.getBoolean("warn_pending") && !warnAt.isAfter(now);
                if (!breach && !warn) {
                    return;
                }
                long complaint = rs.getLong("complaint_id");
                String kind = rs.getString("kind");
                String head = "(" + complaint + ", '" + kind + "', " + rs.getInt("cycle") + ", ";
                Long team = (Long) rs.getObject("team_id", Long.class);
                String tier = rs.getString("tier");
                List<String> to = breach ? who.breach(team) : who.warning(rs.getObject("assignee_id", Long.class), team, !"NORMAL".equals(tier));
                if (breach && rs.getBoolean("warn_pending")) {
                    escalations.add(head + "'WARNING', 'SKIPPED', '', " + at + ")");
                }
                escalations.add(head + (breach ? "'BREACH'" : "'WARNING'") + ", 'SENT', " + InsertRows.q(String.join(",", to)) + ", " + at + ")");
                (breach ? breached : warned).add(rs.getLong("id"));
                if (breach) {
                    audit.add("'SLA_BREACHED', 'Complaint', '" + complaint + "', " + InsertRows.q(kind + " due " + due + " -> " + to));
                    if (!rs.getBoolean("sla_breached")) {
                        newlyBreached.add(complaint);
                    }
                }
                for (String r : to) {
                    alerts.add(new Alert(r, complaint, rs.getString("number"), kind, breach ? "SLA_BREACH" : "SLA_WARNING", due,
                            rs.getString("subject"), tier));
                }
            });
            insert(ctx, "sla_escalation (complaint_id, kind, cycle, level, outcome, recipients, created_at)", escalations);
            if (!breached.isEmpty()) {
                ctx.jdbc.update("UPDATE sla_clock SET breach_pending = FALSE, warn_pending = FALSE, breached = TRUE, breached_at = due_at "
                        + "WHERE id IN (" + BenchContext.inList(breached) + ")");
            }
            if (!warned.isEmpty()) {
                ctx.jdbc.update("UPDATE sla_clock SET warn_pending = FALSE, warned_at = ? WHERE id IN (" + BenchContext.inList(warned) + ")", now);
            }
            if (!newlyBreached.isEmpty()) {
                ctx.jdbc.update("UPDATE complaint SET sla_breached = TRUE WHERE id IN (" + BenchContext.inList(List.copyOf(newlyBreached)) + ")");
                newlyBreached.forEach(id -> audit.add("'COMPLAINT_SLA_BREACHED', 'Complaint', '" + id + "', 'due'"));
            }
            notify(ctx, who, alerts, audit, at);
            insert(ctx, "audit_entry (occurred_at, actor, action, record_type, record_id, details)",
                    audit.stream().map(a -> "(" + at + ", 'system', " + a + ")").toList());
        });
    }

    /** Per person one notification per alert, or one digest past the threshold; a mail with each for those who want it. */
    private static void notify(BenchContext ctx, Recipients who, List<Alert> alerts, List<String> audit, String at) {
        int threshold = ctx.settings.getInt("sla.monitor.digest-threshold");
        Map<String, List<Alert>> byPerson = new LinkedHashMap<>();
        alerts.forEach(a -> byPerson.computeIfAbsent(a.to(), k -> new ArrayList<>()).add(a));
        Map<String, String> mailTo = who.mailTo(byPerson.keySet());
        List<String> notifications = new ArrayList<>();
        List<String> mails = new ArrayList<>();
        byPerson.forEach((person, list) -> {
            List<String[]> notes = new ArrayList<>();  // type, params, link
            if (list.size() > threshold) {
                boolean anyBreach = list.stream().anyMatch(a -> a.type().equals("SLA_BREACH"));
                notes.add(new String[]{anyBreach ? "SLA_BREACH" : "SLA_WARNING", list.size() + " alerts", "sla/at-risk"});
                audit.add("'SLA_ALERTS_DIGESTED', 'StaffMember', NULL, " + InsertRows.q(person + ": " + list.size() + " alerts"));
            } else {
                list.forEach(a -> notes.add(new String[]{a.type(), a.number() + "\u001F" + a.kind() + "\u001F" + a.dueAt() + "\u001F"
                        + a.subject() + "\u001F" + a.tier(), "complaints/" + a.complaintId()}));
            }
            for (String[] n : notes) {
                notifications.add("(" + InsertRows.q(person) + ", '" + n[0] + "', 'notification.sla', " + InsertRows.q(n[1]) + ", "
                        + InsertRows.q(n[2]) + ", " + at + ")");
                String email = mailTo.get(person + "|" + n[0]);
                if (email != null) {
                    mails.add("(0, " + InsertRows.q(person) + ", " + InsertRows.q(email) + ", " + InsertRows.q("CX Ops: " + n[1]) + ", "
                            + InsertRows.q(n[1] + "\n\n" + n[2]) + ", '" + n[0] + "', 'PENDING', 0, 0, " + at + ", " + at + ")");
                }
            }
        });
        insert(ctx, "notification (recipient, type, message_key, params, link, created_at)", notifications);
        insert(ctx, "mail_outbox (version, recipient, email, subject, body, source_type, status, attempts, rejections, next_attempt_at, "
                + "created_at)", mails);
    }

    private static void insert(BenchContext ctx, String into, List<String> rows) {
        for (int from = 0; from < rows.size(); from += InsertRows.ROWS_PER_STATEMENT) {
            ctx.jdbc.update("INSERT INTO " + into + " VALUES " + String.join(",", rows.subList(from, Math.min(rows.size(),
                    from + InsertRows.ROWS_PER_STATEMENT))));
        }
    }

    /** The monitor's recipient rules over the staff tables, each read once. */
    private static final class Recipients {
        private final BenchContext ctx;
        private final Map<Long, String> leads = new HashMap<>();
        private final Map<Long, List<String>> managers = new TreeMap<>();
        private final Map<Long, String> enabled = new HashMap<>();
        private final List<String> allManagers;

        Recipients(BenchContext ctx) {
            this.ctx = ctx;
            ctx.jdbc.query("SELECT id, username FROM staff_member WHERE enabled = TRUE", rs -> { enabled.put(rs.getLong(1), rs.getString(2)); });
            ctx.jdbc.query("SELECT t.id, t.lead_id FROM team t WHERE t.lead_id IS NOT NULL", rs -> {
                String lead = enabled.get(rs.getLong(2));
                if (lead != null) {
                    leads.put(rs.getLong(1), lead);
                }
            });
            ctx.jdbc.query("SELECT tm.team_id, s.username FROM team_member tm JOIN staff_member s ON s.id = tm.staff_id AND s.enabled = TRUE "
                    + "JOIN staff_role r ON r.staff_id = s.id AND r.role = 'MANAGER' ORDER BY tm.team_id, s.id",
                    rs -> { managers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)); });
            allManagers = ctx.jdbc.queryForList("SELECT s.username FROM staff_member s JOIN staff_role r ON r.staff_id = s.id "
                    + "AND r.role = 'MANAGER' WHERE s.enabled = TRUE ORDER BY s.username", String.class);
        }

        List<String> breach(Long team) {
            Set<String> to = new LinkedHashSet<>();
            if (team != null) {
                if (leads.containsKey(team)) {
                    to.add(leads.get(team));
                }
                to.addAll(managers.getOrDefault(team, List.of()));
            }
            return to.isEmpty() ? allManagers : List.copyOf(to);
        }

        List<String> warning(Long assignee, Long team, boolean aboveNormal) {
            Set<String> to = new LinkedHashSet<>();
            if (assignee != null && enabled.containsKey(assignee)) {
                to.add(enabled.get(assignee));
            }
            if (to.isEmpty() && team != null && leads.containsKey(team)) {
                to.add(leads.get(team));
            }
            if (aboveNormal && team != null) {
                to.addAll(managers.getOrDefault(team, List.of()));
            }
            return to.isEmpty() ? allManagers : List.copyOf(to);
        }

        /** "person|type" to the e-mail address of those who get that type by mail (their preference, else the default). */
        Map<String, String> mailTo(Set<String> people) {
            Map<String, String> out = new HashMap<>();
            if (people.isEmpty()) {
                return out;
            }
            String in = "('" + String.join("','", people.stream().map(u -> u.replace("'", "''")).toList()) + "')";
            boolean byDefault = ctx.settings.getBoolean("notifications.mail.default-on");
            Map<String, Boolean> prefs = new HashMap<>();
            ctx.jdbc.query("SELECT username, type, by_mail FROM notification_mail_preference WHERE username IN " + in,
                    rs -> { prefs.put(rs.getString(1) + "|" + rs.getString(2), rs.getBoolean(3)); });
            ctx.jdbc.query("SELECT username, email FROM staff_member WHERE enabled = TRUE AND email <> '' AND username IN " + in, rs -> {
                for (String type : TYPES) {
                    String key = rs.getString(1) + "|" + type;
                    if (prefs.getOrDefault(key, byDefault)) {
                        out.put(key, rs.getString(2));
                    }
                }
            });
            return out;
        }
    }

    private static long max(BenchContext ctx, String table) {
        return ctx.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
    }

    private static LocalDateTime utc(BenchContext ctx) {
        return LocalDateTime.ofInstant(ctx.clock.instant(), ZoneOffset.UTC);
    }

    private static String lit(LocalDateTime t) {
        return InsertRows.qt(t.toInstant(ZoneOffset.UTC));
    }
}
