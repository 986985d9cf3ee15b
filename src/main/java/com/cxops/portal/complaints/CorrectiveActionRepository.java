package com.cxops.portal.complaints;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {
    List<CorrectiveAction> findByComplaintIdOrderByIdAsc(long complaintId);

    List<CorrectiveAction> findByFindingIdIn(Collection<Long> findingIds);

    /** Overdue actions first (not done, due before today), then by due date. */
    @Query("select new com.cxops.portal.complaints.ActionRow(a, c.number, f.dimension, f.finding) "
            + "from CorrectiveAction a, Complaint c, RcaFinding f where c.id = a.complaintId and f.id = a.findingId "
            + "and (:openOnly = false or a.status <> com.cxops.portal.complaints.ActionStatus.DONE) "
            + "order by case when a.status <> com.cxops.portal.complaints.ActionStatus.DONE and a.dueDate < :today then 0 else 1 end, "
            + "a.dueDate, a.id")
    Slice<ActionRow> overdueFirst(@Param("today") LocalDate today, @Param("openOnly") boolean openOnly, Pageable pageable);
}
