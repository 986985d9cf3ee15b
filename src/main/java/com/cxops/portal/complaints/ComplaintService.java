package com.cxops.portal.complaints;

import com.cxops.portal.base.access.ComplaintReaders;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Reading complaints: one complaint, its page's content, what the caller may do with it, the queue's rows and the
 * progress summary for the customer. Changes go through {@link ComplaintIntakeService} (new complaints and their
 * details), {@link ComplaintWorkflowService} (status, tier, notes, compensation) and
 * {@link ComplaintAssignmentService}; the SLA feature reads and records through {@link ComplaintSlaService}.
 * Every read checks record-level access (see {@link ComplaintAccess}).
 */
@Service
@Transactional
public class ComplaintService {


    private final ComplaintStore store;
    private final TimelineRepository timeline;
    private final CompensationRepository compensations;
    private final ComplaintQueue queue;
    private final TranslationProvider i18n;

    ComplaintService(ComplaintStore store, TimelineRepository timeline, CompensationRepository compensations,
                     ComplaintQueue queue, TranslationProvider i18n) {
        this.store = store;
        this.timeline = timeline;
        this.compensations = compensations;
        this.queue = queue;
        this.i18n = i18n;
    }

    /** What the caller may do with one complaint; the UI shows only these actions (the service checks again). */
    public record Permissions(boolean work, boolean note, boolean take, boolean assign, boolean executiveAck) {
    }

    /** The complaint page's content: see {@link #details(long, int)}. */
    public record Details(Complaint complaint, Permissions can, List<TimelineEntry> timeline, List<Compensation> compensations,
                          List<ComplaintRow> otherComplaints) {
    }

    @ComplaintReaders
    @Transactional(readOnly = true)
    public Complaint get(long id) {
        Complaint c = store.load(id);
        store.requireRead(store.viewer(), c);
        return c;
    }

    @ComplaintReaders
    @Transactional(readOnly = true)
    public Permissions permissions(long id) {
        Complaint c = store.load(id);
        ComplaintAccess.Viewer v = store.viewer();
        return permissions(v, c, store.accountManagerOf(c));
    }

    private static Permissions permissions(ComplaintAccess.Viewer v, Complaint c, Long manager) {
        return new Permissions(ComplaintAccess.canWork(v, c), ComplaintAccess.canNote(v, c, manager),
                c.getAssigneeId() == null && ComplaintAccess.canTake(v, c), ComplaintAccess.canAssign(v),
                ComplaintAccess.canAcknowledgeAsExecutive(v, c) && c.getExecutiveAckAt() == null);
    }

    /**
     * Everything the complaint page shows of the complaint itself, read in one transaction with one access check:
     * the complaint, what the caller may do, the timeline, the compensation and the customer's other complaints
     * the caller may read (newest first, at most {@code others}). Reading each part on its own checked access
     * again each time (about thirty small queries for one page).
     */
    @ComplaintReaders
    @Transactional(readOnly = true)
    public Details details(long id, int others) {
        Complaint c = store.load(id);
        ComplaintAccess.Viewer v = store.viewer();
        Long manager = store.accountManagerOf(c);
        ComplaintStore.requireRead(v, c, manager);
        ComplaintFilter sameCustomer = new ComplaintFilter();
        sameCustomer.setCustomerId(c.getCustomerId());
        List<ComplaintRow> otherRows = queue.page(v, sameCustomer, ZoneOffset.UTC, PageRequest.of(0, others + 1,
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))).getContent()
                .stream().filter(r -> r.id() != id).limit(others).toList();
        return new Details(c, permissions(v, c, manager), timeline.findByComplaintIdOrderByOccurredAtAscIdAsc(id),
                compensations.findByComplaintIdOrderByCreatedAtAscIdAsc(id), otherRows);
    }

    /**
     * The queue: the complaints the caller may read that match the filter, as list rows. Days are taken in
     * {@code zone}. No transaction of its own: two single statements (who is asking, the page) need none, and
     * the begin / commit round trips were a third of a page's time.
     */
    @ComplaintReaders // a plain authority check: evaluating a SpEL expression was a fifth of a queue page's CPU time
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Slice<ComplaintRow> page(ComplaintFilter filter, ZoneId zone, Pageable pageable) {
        return queue.page(store.viewer(), filter, zone, pageable);
    }

    /**
     * The customer-visible steps as text to paste into a message to the customer, one step a line, in the
     * customer's language ({@code locale}) and time zone ("received – inspecting – refund due in 4 h").
     */
    @ComplaintReaders
    @Transactional(readOnly = true)
    public String progressSummary(long id, Locale locale, ZoneId zone) {
        Complaint c = get(id);
        StringBuilder out = new StringBuilder(i18n.translate(locale, "progress.header", c.getNumber(), c.getSubject()));
        for (TimelineEntry e : timeline.findByComplaintIdOrderByOccurredAtAscIdAsc(id)) {
            if (!e.isCustomerVisible()) {
                continue;
            }
            String step = switch (e.getKind()) {
                case CREATED -> i18n.translate(locale, "progress.received");
                case STATUS -> i18n.translate(locale, "progress.status." + e.getToValue());
                case COMPENSATION -> i18n.translate(locale, "progress.compensation", e.getBody());
                default -> e.getBody();
            };
            out.append('\n').append(Formats.dateTime(e.getOccurredAt(), zone, locale)).append(" – ").append(step);
        }
        return out.toString();
    }

    /** A closed complaint is a record: only notes and reopening change it (UI.md: actions only where they can succeed). */
    static void requireNotClosed(Complaint c) {
        if (c.getStatus() == ComplaintStatus.CLOSED) {
            throw InvalidInputException.of("status", "complaint.error.closed");
        }
    }

    static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
