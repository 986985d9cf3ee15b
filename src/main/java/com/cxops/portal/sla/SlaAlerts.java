package com.cxops.portal.sla;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.ComplaintSlaService;
import com.cxops.portal.complaints.SlaFacts;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.notifications.NotificationTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The texts of the monitor's alerts, and the digest (UI.md: many alerts for one person in one go become one). Each
 * alert names the complaint's number, subject, tier and what is due when, in the recipient's language and zone.
 * Warnings and breaches of one monitor tick are collected per recipient ({@link Tick}) and sent when the tick ends:
 * one each, or, past the setting {@code sla.monitor.digest-threshold}, one digest notification (and so one mail)
 * that counts them by target and links to the at-risk list. The executive's alerts for major complaints are sent at
 * once and never digested. A system component: the monitor calls it inside its own transactions.
 * <p>
 * Crash-safe, exactly once (outbox): with each warning or breach row one sla_alert_pending row per recipient commits.
 * Telling a person first deletes their pending rows and tells only those this transaction deleted, in the same
 * transaction as the notifications and mails; so two nodes telling the same rows tell them once. A tick starts by
 * taking up the rows a dead node left behind.
 */
@Component
class SlaAlerts {

    /** One warning or breach for one person: what the texts need, copied out of the clock's transaction. */
    record Alert(String type, String messageKey, long complaintId, String number, String subject, Tier tier, SlaTargetKind kind,
                 Instant dueAt) {

        static Alert of(String type, String messageKey, SlaFacts f, SlaClock c) {
            return new Alert(type, messageKey, f.complaintId(), f.number(), f.subject(), c.getTier() == null ? f.tier() : c.getTier(),
                    c.getKind(), c.getDueAt());
        }
    }

    static final String AT_RISK_LINK = "sla/at-risk";

    private static final Logger log = LoggerFactory.getLogger(SlaAlerts.class);

    private final Notifier notifier;
    private final StaffDirectory staff;
    private final TranslationProvider i18n;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final ComplaintSlaService complaints;
    private final SlaClockRepository clocks;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SlaAlerts(Notifier notifier, StaffDirectory staff, TranslationProvider i18n, SettingsService settings, AuditTrail audit,
              ComplaintSlaService complaints, SlaClockRepository clocks, JdbcTemplate jdbc, Clock clock) {
        this.notifier = notifier;
        this.staff = staff;
        this.i18n = i18n;
        this.settings = settings;
        this.audit = audit;
        this.complaints = complaints;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A just inserted escalation's alert and its recipients (for {@link Tick#addAll}). */
    record Raised(List<String> recipients, long escalationId, Alert alert) {
    }

    /** An alert waiting in the outbox for one escalation. */
    private record Pending(long escalationId, Alert alert) {
    }

    /** The warnings and breaches of one tick, by recipient, in the order they were raised. */
    final class Tick {
        private final Map<String, List<Pending>> byRecipient = new LinkedHashMap<>();

        /**
         * Collects the alert of a just inserted escalation and writes its pending rows; call it in the transaction
         * that inserted the escalation, so both commit (or neither).
         */
        void add(List<String> recipients, long escalationId, Alert alert) {
            addAll(List.of(new Raised(recipients, escalationId, alert)));
        }

        /** {@link #add} for a batch of escalations: their pending rows in one JDBC batch. */
        void addAll(List<Raised> raised) {
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            List<Object[]> rows = new ArrayList<>();
            for (Raised r : raised) {
                for (String to : new LinkedHashSet<>(r.recipients())) {
                    rows.add(new Object[]{r.escalationId(), to, now});
                }
            }
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into sla_alert_pending (escalation_id, recipient, created_at) values (?, ?, ?)", rows);
            }
            for (Raised r : raised) {
                new LinkedHashSet<>(r.recipients()).forEach(to -> collect(to, r.escalationId(), r.alert()));
            }
        }

        private void collect(String recipient, long escalationId, Alert alert) {
            byRecipient.computeIfAbsent(recipient, k -> new ArrayList<>()).add(new Pending(escalationId, alert));
        }

        /**
         * Takes up the pending rows present now (left by a tick that died before telling them; this tick has written
         * none yet), rebuilt from their escalation, the complaint and its clock. Returns how many.
         */
        int resume() {
            List<Map<String, Object>> rows = jdbc.queryForList("select p.escalation_id, p.recipient, e.complaint_id, e.kind, e.cycle, e.level "
                    + "from sla_alert_pending p join sla_escalation e on e.id = p.escalation_id order by p.created_at, p.escalation_id, p.recipient");
            Map<Long, Optional<Alert>> rebuilt = new LinkedHashMap<>();
            int n = 0;
            for (Map<String, Object> row : rows) {
                long escalationId = ((Number) row.get("escalation_id")).longValue();
                Optional<Alert> alert = rebuilt.computeIfAbsent(escalationId, id -> rebuild(((Number) row.get("complaint_id")).longValue(),
                        SlaTargetKind.valueOf((String) row.get("kind")), ((Number) row.get("cycle")).intValue(), (String) row.get("level")));
                if (alert.isPresent()) {
                    collect((String) row.get("recipient"), escalationId, alert.get());
                    n++;
                }
            }
            return n;
        }

        /**
         * Sends what was collected, all recipients in one transaction ({@code inTransaction}; it must let a failure
         * through): first claims (deletes) the pending rows, then tells each person only the alerts whose row this
         * transaction deleted, the notifications and mails written in bulk. When that fails (e.g. a lock wait with
         * another node), each person in a transaction of their own; a person whose one fails keeps the pending rows
         * for the next tick. Returns how many digests replaced single alerts.
         */
        int send(Consumer<Runnable> inTransaction) {
            int threshold = settings.getInt(SlaSettings.MONITOR_DIGEST_THRESHOLD);
            List<String> recipients = List.copyOf(byRecipient.keySet());
            int[] digests = new int[1];
            try {
                inTransaction.accept(() -> digests[0] = tell(recipients, threshold));
            } catch (DataAccessException | TransactionException all) {
                digests[0] = 0;
                for (String r : recipients) {
                    try {
                        inTransaction.accept(() -> digests[0] += tell(List.of(r), threshold));
                    } catch (DataAccessException | TransactionException e) {
                        // nothing was claimed: this person's pending rows stay, and the next tick tells them
                        log.warn("SLA alerts of one recipient not sent: {}", e.getMessage());
                    }
                }
            }
            byRecipient.clear();
            return digests[0];
        }

        private int tell(List<String> recipients, int threshold) {
            List<Object[]> keys = new ArrayList<>();
            recipients.forEach(r -> byRecipient.get(r).forEach(p -> keys.add(new Object[]{p.escalationId(), r})));
            int[] deleted = jdbc.batchUpdate("delete from sla_alert_pending where escalation_id = ? and recipient = ?", keys);
            List<Notifier.Notice> notices = new ArrayList<>();
            List<AuditTrail.Entry> digested = new ArrayList<>();
            int i = 0;
            for (String username : recipients) {
                List<Alert> claimed = new ArrayList<>();
                for (Pending p : byRecipient.get(username)) {
                    if (deleted[i] == Statement.SUCCESS_NO_INFO) {
                        throw new IllegalStateException("The driver did not say which pending SLA alerts it deleted");
                    }
                    if (deleted[i++] > 0) {
                        claimed.add(p.alert());
                    }
                }
                if (claimed.size() > threshold) {
                    digested.add(digest(username, claimed, notices));
                } else {
                    claimed.forEach(a -> notices.add(one(username, a)));
                }
            }
            notifier.notifyAll(notices);
            audit.recordAllAs("system", digested);
            return digested.size();
        }
    }

    /** The alert of a pending warning or breach, as the monitor raised it; empty when it cannot be told any more. */
    private Optional<Alert> rebuild(long complaintId, SlaTargetKind kind, int cycle, String level) {
        boolean breach = SlaMonitor.BREACH.equals(level);
        if (!breach && !SlaMonitor.WARNING.equals(level)) {
            return Optional.empty();
        }
        Optional<SlaFacts> facts = complaints.slaFacts(complaintId);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        SlaFacts f = facts.get();
        SlaClock c = clocks.findByComplaintIdAndKind(complaintId, kind).orElse(null);
        // a clock restarted since (a later cycle) no longer knows that cycle's due instant
        Instant due = c != null && c.getCycle() == cycle ? c.getDueAt() : null;
        Tier tier = c != null && c.getTier() != null ? c.getTier() : f.tier();
        return Optional.of(breach
                ? new Alert(NotificationTypes.SLA_BREACH, "notification.sla.breach-about", complaintId, f.number(), f.subject(), tier, kind, due)
                : new Alert(NotificationTypes.SLA_WARNING, "notification.sla.warning-about", complaintId, f.number(), f.subject(), tier, kind, due));
    }

    Tick tick() {
        return new Tick();
    }

    /** Sends one alert to each recipient at once (the executive's alerts, never digested). */
    void sendNow(List<String> recipients, Alert alert) {
        notifier.notifyAll(recipients.stream().map(r -> one(r, alert)).toList());
    }

    /** "Complaint CX-… “subject” (Urgent): First response is due at …": number, kind, due, subject, tier. */
    private Notifier.Notice one(String username, Alert a) {
        Recipient to = recipient(username);
        String due = a.dueAt() == null ? "" : Formats.dateTime(a.dueAt(), to.zone(), to.locale());
        return new Notifier.Notice(username, a.type(), a.messageKey(), List.of(a.number(), i18n.translate(to.locale(), a.kind().messageKey()), due,
                a.subject() == null ? "" : a.subject(), i18n.translate(to.locale(), a.tier().messageKey())), "complaints/" + a.complaintId());
    }

    /**
     * One notification for many alerts: "27 complaints breached their first response target; 3 complaints are close to
     * their resolution target", linking to the at-risk list. Its type is the breach type when it holds a breach (so
     * the person's mail preference for breaches decides its mail), else the warning type.
     */
    private AuditTrail.Entry digest(String username, List<Alert> alerts, List<Notifier.Notice> notices) {
        Recipient to = recipient(username);
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean anyBreach = alerts.stream().anyMatch(a -> NotificationTypes.SLA_BREACH.equals(a.type()));
        // breaches first, then warnings; within each, in the order of the targets
        for (String type : List.of(NotificationTypes.SLA_BREACH, NotificationTypes.SLA_WARNING)) {
            for (SlaTargetKind kind : SlaTargetKind.values()) {
                int n = (int) alerts.stream().filter(a -> a.type().equals(type) && a.kind() == kind).map(Alert::complaintId).distinct().count();
                if (n > 0) {
                    counts.put(type + "|" + kind.name(), n);
                }
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] typeAndKind = k.split("\\|");
            String part = NotificationTypes.SLA_BREACH.equals(typeAndKind[0]) ? "notification.sla.digest.breached" : "notification.sla.digest.warned";
            parts.add(i18n.translate(to.locale(), part, n,
                    i18n.translate(to.locale(), SlaTargetKind.valueOf(typeAndKind[1]).messageKey()).toLowerCase(to.locale())));
        });
        notices.add(new Notifier.Notice(username, anyBreach ? NotificationTypes.SLA_BREACH : NotificationTypes.SLA_WARNING, "notification.sla.digest",
                List.of(String.join(i18n.translate(to.locale(), "notification.sla.digest.separator"), parts)), AT_RISK_LINK));
        return new AuditTrail.Entry("SLA_ALERTS_DIGESTED", "StaffMember", null, AuditDetails.of("audit.detail.alerts-digested", AuditDetails.person(username), alerts.size()));
    }

    private record Recipient(Locale locale, ZoneId zone) {
    }

    private Recipient recipient(String username) {
        StaffDirectory.StaffContact contact = staff.find(username).orElse(null);
        Locale locale = contact == null ? TranslationProvider.ENGLISH : TranslationProvider.fromTag(contact.language());
        ZoneId zone = contact == null || contact.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(contact.timeZone());
        return new Recipient(locale, zone);
    }
}
