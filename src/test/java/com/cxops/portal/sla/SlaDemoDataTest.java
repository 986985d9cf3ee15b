package com.cxops.portal.sla;

import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo complaints are written in bulk; replaying their recorded moments gives the clocks the events would have. */
class SlaDemoDataTest extends SlaTestSupport {

    @Autowired
    SlaDemoData demo;
    @Autowired
    SlaClockReadService clockService;

    private record Snapshot(SlaTargetKind kind, Instant due, Instant met, boolean running) {
    }

    private List<Snapshot> snapshot(long complaintId) {
        actAsNew(Role.MANAGER);
        return clockService.clocksOf(complaintId).stream()
                .map(c -> new Snapshot(c.getKind(), c.getDueAt(), c.getMetAt(), c.isRunning())).toList();
    }

    @Test
    void replaying_a_complaint_s_moments_rebuilds_the_clocks_its_events_built() {
        Instant t = Instant.parse("1998-03-02T01:00:00Z");
        clock.set(t);
        Complaint c = complaint(crew(), SpreadRisk.PUBLIC_POST);
        clock.set(t.plusSeconds(15 * 60));
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        clock.set(t.plusSeconds(25 * 60));
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        clock.set(t.plusSeconds(3 * 3600));
        move(c.getId(), ComplaintStatus.RESOLVED);
        List<Snapshot> fromEvents = snapshot(c.getId());
        assertThat(fromEvents).isNotEmpty();

        jdbc.update("DELETE FROM sla_clock WHERE complaint_id = ?", c.getId());
        jdbc.update("DELETE FROM sla_pause WHERE complaint_id = ?", c.getId());
        demo.replay(c.getId());

        assertThat(snapshot(c.getId())).containsExactlyInAnyOrderElementsOf(fromEvents);
    }
}
