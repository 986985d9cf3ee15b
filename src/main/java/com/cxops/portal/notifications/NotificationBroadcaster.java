package com.cxops.portal.notifications;

import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * Tells the open browser sessions of a person that their unread count changed. UIs register on attach and
 * unregister on detach; the broadcast runs only after the transaction that stored the change has committed, so an
 * unsaved (rolled back) notification is never announced. Listeners must hand the work to their UI (UI.access).
 */
@Component
public class NotificationBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(NotificationBroadcaster.class);

    private final Map<String, List<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final NotificationRepository repository;

    NotificationBroadcaster(NotificationRepository repository) {
        this.repository = repository;
    }

    /** Calls the listener with the person's new unread count whenever it changes. */
    public Registration register(String username, LongConsumer unreadCountListener) {
        listeners.computeIfAbsent(username, u -> new CopyOnWriteArrayList<>()).add(unreadCountListener);
        return () -> listeners.computeIfPresent(username, (u, list) -> {
            list.remove(unreadCountListener);
            return list.isEmpty() ? null : list;
        });
    }

    /** The people with a screen open on this node. */
    java.util.Set<String> listening() {
        return java.util.Set.copyOf(listeners.keySet());
    }

    /** Tells the person's open screens on this node their current unread count (e.g. a change made on another node). */
    @Transactional(readOnly = true)
    public void announce(String username) {
        onUnreadCountChanged(new UnreadCountChanged(username));
    }

    int listenerCount(String username) {
        List<LongConsumer> list = listeners.get(username);
        return list == null ? 0 : list.size();
    }

    // REQUIRES_NEW: after commit the original transaction is finished; the count is read in a fresh one.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void onUnreadCountChanged(UnreadCountChanged event) {
        List<LongConsumer> targets = listeners.get(event.username());
        if (targets == null || targets.isEmpty()) {
            return;
        }
        long count = repository.countByRecipientAndReadAtIsNull(event.username());
        for (LongConsumer listener : targets) {
            try {
                listener.accept(count);
            } catch (RuntimeException e) {
                // a browser that went away (its UI detached) must not keep the others from hearing
                log.debug("Could not tell an open session of {} about its unread count", event.username(), e);
            }
        }
    }
}
