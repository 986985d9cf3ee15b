package com.cxops.portal.notifications;

import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AnyCaller;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.settings.SettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The notification centre: stores notifications, queues their mail (in the same transaction) for people who want
 * that type by mail, and lets each person read and mark their own. Open browsers hear of changes after commit.
 */
@Service
@Transactional
public class NotificationService implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository repository;
    private final MailPreferenceRepository preferences;
    private final MailOutboxService outbox;
    private final StaffDirectory staff;
    private final TranslationProvider i18n;
    private final SettingsService settings;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotificationService(NotificationRepository repository, MailPreferenceRepository preferences, MailOutboxService outbox,
                        StaffDirectory staff, TranslationProvider i18n, SettingsService settings,
                        ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.repository = repository;
        this.preferences = preferences;
        this.outbox = outbox;
        this.staff = staff;
        this.i18n = i18n;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void notify(String recipient, String type, String messageKey, List<String> params, String link) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageKey, "messageKey");
        repository.save(new Notification(recipient, type, messageKey, params, link, clock.instant()));
        Optional<StaffDirectory.StaffContact> contact = staff.find(recipient);
        if (contact.isEmpty()) {
            log.warn("Notification {} for unknown staff member {}", type, recipient);
        } else if (contact.get().enabled() && contact.get().email() != null && !contact.get().email().isBlank()
                && wantsMail(recipient, type)) {
            queueMail(contact.get(), type, messageKey, params, link);
        }
        events.publishEvent(new NotificationSent(recipient, type));
        events.publishEvent(new UnreadCountChanged(recipient));
    }

    /**
     * Many notifications in one go (the SLA monitor's alerts of a tick): the same rows and mails as {@link #notify} for
     * each, written by two JDBC batches (notifications, then their mails) instead of two inserts each; each person's
     * mail preference and contact read once.
     */
    @Override
    public void notifyAll(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        List<MailOutboxService.Draft> mails = new ArrayList<>();
        Map<String, Optional<StaffDirectory.StaffContact>> contacts = new HashMap<>();
        Map<String, Boolean> wants = new HashMap<>();
        for (Notice n : notices) {
            Objects.requireNonNull(n.recipient(), "recipient");
            Objects.requireNonNull(n.type(), "type");
            Objects.requireNonNull(n.messageKey(), "messageKey");
            rows.add(new Object[]{n.recipient(), n.type(), n.messageKey(), Notification.joined(n.params()), n.link(), now});
            Optional<StaffDirectory.StaffContact> contact = contacts.computeIfAbsent(n.recipient(), staff::find);
            if (contact.isEmpty()) {
                log.warn("Notification {} for unknown staff member {}", n.type(), n.recipient());
            } else if (contact.get().enabled() && contact.get().email() != null && !contact.get().email().isBlank()
                    && wants.computeIfAbsent(n.recipient() + "|" + n.type(), k -> wantsMail(n.recipient(), n.type()))) {
                mails.add(mail(contact.get(), n.type(), n.messageKey(), n.params(), n.link()));
            }
        }
        jdbc.batchUpdate("insert into notification (recipient, type, message_key, params, link, created_at) values (?, ?, ?, ?, ?, ?)", rows);
        outbox.queueAll(mails);
        notices.forEach(n -> events.publishEvent(new NotificationSent(n.recipient(), n.type())));
        new LinkedHashSet<>(notices.stream().map(Notice::recipient).toList()).forEach(r -> events.publishEvent(new UnreadCountChanged(r)));
    }

    private void queueMail(StaffDirectory.StaffContact to, String type, String messageKey, List<String> params, String link) {
        MailOutboxService.Draft m = mail(to, type, messageKey, params, link);
        outbox.queue(m.recipient(), m.email(), m.subject(), m.body(), m.sourceType());
    }

    /** The mail of one notification, in the recipient's language. */
    private MailOutboxService.Draft mail(StaffDirectory.StaffContact to, String type, String messageKey, List<String> params, String link) {
        Locale locale = TranslationProvider.fromTag(to.language());
        String text = i18n.translate(locale, messageKey, i18n.params(locale, params));
        String portal = portalUrl();
        StringBuilder body = new StringBuilder(i18n.translate(locale, "mail.notification.greeting", to.displayName()))
                .append("\n\n").append(text).append("\n\n");
        if (link != null && !link.isBlank()) {
            body.append(i18n.translate(locale, "mail.notification.open", portal + link)).append("\n\n");
        }
        body.append("-- \n").append(i18n.translate(locale, "mail.notification.footer", portal + "account/notifications"));
        String subject = i18n.translate(locale, "mail.notification.subject", i18n.translate(locale, "app.name"),
                text.replaceAll("\\s+", " ").strip());
        return new MailOutboxService.Draft(to.username(), to.email(), subject, body.toString(), type);
    }

    private String portalUrl() {
        String url = settings.get(NotificationSettings.PORTAL_URL).trim();
        return url.endsWith("/") ? url : url + "/";
    }

    boolean wantsMail(String username, String type) {
        return preferences.findByUsernameAndType(username, type).map(MailPreference::isByMail)
                .orElseGet(() -> settings.getBoolean(NotificationSettings.MAIL_DEFAULT_ON));
    }

    /** The caller's own notifications, newest first; only unread ones when asked. */
    @AnyCaller
    @Transactional(readOnly = true)
    public Slice<Notification> mine(boolean unreadOnly, Pageable pageable) {
        return unreadOnly
                ? repository.findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(me(), pageable)
                : repository.findByRecipientOrderByCreatedAtDescIdDesc(me(), pageable);
    }

    @AnyCaller
    @Transactional(readOnly = true)
    public Slice<Notification> mine(Pageable pageable) {
        return mine(false, pageable);
    }

    /** The newest few, for the bell's list (their number is a setting). */
    @AnyCaller
    @Transactional(readOnly = true)
    public List<Notification> newest() {
        return repository.findByRecipientOrderByCreatedAtDescIdDesc(me(),
                PageRequest.of(0, settings.getInt(NotificationSettings.POPOVER_SIZE))).getContent();
    }

    @AnyCaller
    @Transactional(readOnly = true)
    public long unreadCount() {
        return repository.countByRecipientAndReadAtIsNull(me());
    }

    @AnyCaller
    public void markRead(long id) {
        Notification n = repository.findById(id).orElseThrow(() -> new AccessDeniedException("not yours"));
        if (!n.getRecipient().equals(me())) {
            throw new AccessDeniedException("not yours");
        }
        if (n.getReadAt() == null) {
            n.markRead(clock.instant());
            events.publishEvent(new UnreadCountChanged(n.getRecipient()));
        }
    }

    @AnyCaller
    public int markAllRead() {
        int changed = repository.markAllRead(me(), clock.instant());
        if (changed > 0) {
            events.publishEvent(new UnreadCountChanged(me()));
        }
        return changed;
    }

    private static String me() {
        return Actors.current();
    }
}
