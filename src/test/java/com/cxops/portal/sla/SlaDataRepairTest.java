package com.cxops.portal.sla;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SpreadRisk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows stored before a target met straight out of a wait got its due instant: the data check reports them, the repair fixes them once. */
class SlaDataRepairTest extends SlaTestSupport {

    @Autowired
    SlaSelfCheck selfCheck;
    @Autowired
    SlaDataRepair repair;

    @Test
    void a_resolution_met_out_of_a_wait_without_a_due_is_reported_then_repaired_once_and_audited() {
        Instant t = Instant.parse("1995-03-06T02:00:00Z");  // Monday 10:00 Shanghai
        clock.set(t);
        Complaint c = complaint(crew(), SpreadRisk.PRIVATE);
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        clock.set(t.plusSeconds(3600));
        move(c.getId(), ComplaintStatus.WAITING_CUSTOMER);
        clock.set(t.plusSeconds(5L * 24 * 3600));  // the following Saturday: resolved straight out of the wait
        move(c.getId(), ComplaintStatus.RESOLVED);
        SlaClock live = clock(c.getId(), SlaTargetKind.RESOLUTION);
        assertThat(live.getDueAt()).isNotNull();
        // as stored before the fix: met, but neither due nor decided
        jdbc.update("update sla_clock set due_at = null, warn_at = null, breached = false, breached_at = null where complaint_id = ? and kind = 'RESOLUTION'",
                c.getId());

        actAsNew(Role.ADMIN);
        SlaSelfCheck.Report before = selfCheck.checkComplaints(c.getId(), c.getId(), null);
        assertThat(before.differences()).extracting(SlaSelfCheck.Difference::field).contains("dueAt", "warnAt");
        assertThat(repair.countMetWithoutDue()).isPositive();

        SlaDataRepair.Result first = repair.repairMetWithoutDue();

        assertThat(first.repaired()).isPositive();
        SlaClock repaired = clock(c.getId(), SlaTargetKind.RESOLUTION);
        assertThat(repaired.getDueAt()).isEqualTo(live.getDueAt());
        assertThat(repaired.getWarnAt()).isEqualTo(live.getWarnAt());
        assertThat(repaired.isBreached()).isEqualTo(live.isBreached());
        assertThat(repaired.getMetAt()).isEqualTo(t.plusSeconds(5L * 24 * 3600));
        assertThat(selfCheck.checkComplaints(c.getId(), c.getId(), null).differences()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SLA_CLOCKS_REPAIRED'", Integer.class)).isPositive();

        SlaDataRepair.Result again = repair.repairMetWithoutDue();
        assertThat(again.repaired()).isZero();
        assertThat(clock(c.getId(), SlaTargetKind.RESOLUTION).getDueAt()).isEqualTo(live.getDueAt());
    }

    @Test
    void only_an_administrator_repairs() {
        actAsNew(Role.MANAGER);
        assertThatThrownBy(() -> repair.repairMetWithoutDue()).isInstanceOf(AccessDeniedException.class);
    }
}
