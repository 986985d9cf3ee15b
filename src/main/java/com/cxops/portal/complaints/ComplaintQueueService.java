package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.ComplaintReaders;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * What the queue screen needs besides its rows (those come from {@link ComplaintService#page}): how many complaints
 * match, and the person's saved filters.
 */
@Service
@Transactional
@Validated
public class ComplaintQueueService {

    /**
     * The queue counts up to this many matches; above it shows "More than 1,000 complaints". Every opening of the queue
     * counts, and counting to 10 000 was most of the queue screen's time on the large shop (1.5 s of it under load).
     */
    public static final int COUNT_CAP = 1_000;

    private final ComplaintQueue queue;
    private final Viewers viewers;
    private final SavedFilterRepository savedFilters;
    private final AuditTrail audit;
    private final Clock clock;

    ComplaintQueueService(ComplaintQueue queue, Viewers viewers, SavedFilterRepository savedFilters, AuditTrail audit, Clock clock) {
        this.queue = queue;
        this.viewers = viewers;
        this.savedFilters = savedFilters;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many complaints the caller may read match the filter; a value above {@link #COUNT_CAP} means "more". */
    @ComplaintReaders
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long count(ComplaintFilter filter, ZoneId zone) {
        return queue.count(viewers.current(), filter, zone, COUNT_CAP);
    }

    @ComplaintReaders
    @Transactional(readOnly = true)
    public List<SavedFilter> savedFilters() {
        return savedFilters.findByOwnerOrderByNameAsc(actor());
    }

    @ComplaintReaders
    public SavedFilter saveFilter(@NotBlank(message = "{filter.error.name}") @Size(max = SavedFilter.NAME_MAX) String name,
                                  ComplaintFilter filter) {
        String n = ComplaintService.trim(name);
        String definition = filter.serialize();
        if (definition.length() > SavedFilter.DEFINITION_MAX) {
            throw InvalidInputException.of("name", "filter.error.too-big");
        }
        String owner = actor();
        savedFilters.findByOwnerAndName(owner, n).ifPresent(savedFilters::delete);
        savedFilters.flush();
        SavedFilter saved = savedFilters.saveAndFlush(new SavedFilter(owner, n, definition, clock.instant()
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
        audit.record("COMPLAINT_FILTER_SAVED", "SavedFilter", saved.getId(), AuditDetails.of("audit.detail.text", n));
        return saved;
    }

    @ComplaintReaders
    public void deleteFilter(long id) {
        SavedFilter f = savedFilters.findById(id).filter(s -> s.getOwner().equals(actor()))
                .orElseThrow(() -> new AccessDeniedException("not your filter"));
        savedFilters.delete(f);
        audit.record("COMPLAINT_FILTER_DELETED", "SavedFilter", id, AuditDetails.of("audit.detail.text", f.getName()));
    }

    private static String actor() {
        return Actors.current();
    }
}
