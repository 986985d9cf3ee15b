package com.cxops.portal.notifications;

import com.cxops.portal.base.Notifier;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** The in-app notification centre: stores notifications and lets each person read and mark their own. */
@Service
@Transactional
public class NotificationService implements Notifier {

    private final NotificationRepository repository;
    private final Clock clock;

    public NotificationService(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void notify(String recipient, String type, String messageKey, List<String> params, String link) {
        repository.save(new Notification(recipient, type, messageKey, params, link, clock.instant()));
    }

    /** The caller's own notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<Notification> mine(Pageable pageable) {
        return repository.findByRecipientOrderByCreatedAtDescIdDesc(me(), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return repository.countByRecipientAndReadAtIsNull(me());
    }

    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        Notification n = repository.findById(id).orElseThrow(() -> new AccessDeniedException("not yours"));
        if (!n.getRecipient().equals(me())) {
            throw new AccessDeniedException("not yours");
        }
        n.markRead(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return repository.markAllRead(me(), clock.instant());
    }

    private static String me() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
