package com.cxops.portal.sla;

import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.SlaFacts;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.notifications.NotificationTypes;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The texts of the monitor's alerts, and the digest (UI.md: many alerts for one person in one go become one). Each
 * alert names the complaint's number, subject, tier and what is due when, in the recipient's language and zone.
 * Warnings and breaches of one monitor tick are collected per recipient ({@link Tick}) and sent when the tick ends:
 * one each, or, past the setting {@code sla.monitor.digest-threshold}, one digest notification (and so one mail)
 * that counts them by target and links to the at-risk list. The executive's alerts for major complaints are sent at
 * once and never digested. A system component: the monitor calls it inside its own transactions.
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

    private final Notifier notifier;
    private final StaffDirectory staff;
    private final TranslationProvider i18n;
    private final SettingsService settings;
    private final AuditTrail audit;

    SlaAlerts(Notifier notifier, StaffDirectory staff, TranslationProvider i18n, SettingsService settings, AuditTrail audit) {
        this.notifier = notifier;
        this.staff = staff;
        this.i18n = i18n;
        this.settings = settings;
        this.audit = audit;
    }

    /** The warnings and breaches of one tick, by recipient, in the order they were raised. */
    final class Tick {
        private final Map<String, List<Alert>> byRecipient = new LinkedHashMap<>();

        void add(List<String> recipients, Alert alert) {
            recipients.forEach(r -> byRecipient.computeIfAbsent(r, k -> new ArrayList<>()).add(alert));
        }

        /**
         * Sends what was collected, each recipient in a transaction of its own ({@code inTransaction}); returns how
         * many digests replaced single alerts.
         */
        int send(Consumer<Runnable> inTransaction) {
            int threshold = settings.getInt(SlaSettings.MONITOR_DIGEST_THRESHOLD);
            int digests = 0;
            for (Map.Entry<String, List<Alert>> e : byRecipient.entrySet()) {
                List<Alert> alerts = e.getValue();
                if (alerts.size() > threshold) {
                    inTransaction.accept(() -> digest(e.getKey(), alerts));
                    digests++;
                } else {
                    inTransaction.accept(() -> alerts.forEach(a -> one(e.getKey(), a)));
                }
            }
            byRecipient.clear();
            return digests;
        }
    }

    Tick tick() {
        return new Tick();
    }

    /** Sends one alert to each recipient at once (the executive's alerts, never digested). */
    void sendNow(List<String> recipients, Alert alert) {
        recipients.forEach(r -> one(r, alert));
    }

    /** "Complaint CX-… “subject” (Urgent): First response is due at …": number, kind, due, subject, tier. */
    private void one(String username, Alert a) {
        Recipient to = recipient(username);
        String due = a.dueAt() == null ? "" : Formats.dateTime(a.dueAt(), to.zone(), to.locale());
        notifier.notify(username, a.type(), a.messageKey(), List.of(a.number(), i18n.translate(to.locale(), a.kind().messageKey()), due,
                a.subject() == null ? "" : a.subject(), i18n.translate(to.locale(), a.tier().messageKey())), "complaints/" + a.complaintId());
    }

    /**
     * One notification for many alerts: "27 complaints breached their first response target; 3 complaints are close to
     * their resolution target", linking to the at-risk list. Its type is the breach type when it holds a breach (so
     * the person's mail preference for breaches decides its mail), else the warning type.
     */
    private void digest(String username, List<Alert> alerts) {
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
        notifier.notify(username, anyBreach ? NotificationTypes.SLA_BREACH : NotificationTypes.SLA_WARNING, "notification.sla.digest",
                List.of(String.join(i18n.translate(to.locale(), "notification.sla.digest.separator"), parts)), AT_RISK_LINK);
        audit.recordAs("system", "SLA_ALERTS_DIGESTED", "StaffMember", null, username + ": " + alerts.size() + " alerts " + counts);
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
