package com.cxops.portal.complaints;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the complaint events published during tests (assert with contains: other tests publish too). */
@Component
public class CapturedComplaintEvents {

    private static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

    public static void clear() {
        EVENTS.clear();
    }

    public static List<Object> all() {
        return List.copyOf(EVENTS);
    }

    @EventListener
    void on(ComplaintCreated e) {
        EVENTS.add(e);
    }

    @EventListener
    void on(ComplaintStatusChanged e) {
        EVENTS.add(e);
    }

    @EventListener
    void on(ComplaintTierChanged e) {
        EVENTS.add(e);
    }

    @EventListener
    void on(ComplaintResolved e) {
        EVENTS.add(e);
    }

    @EventListener
    void on(ComplaintAcknowledgedByExecutive e) {
        EVENTS.add(e);
    }
}
