package com.cxops.portal.complaints;

import com.cxops.portal.complaints.tiering.TierReason;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintWorkflowServiceTest extends ComplaintTestSupport {

    private Complaint move(Complaint c, ComplaintStatus to) {
        return workflow.transition(c.getId(), to, c.getVersion());
    }

    @Test
    void complaint_is_worked_through_to_closed_recording_each_instant_and_event() {
        Complaint c = intake(customer());
        actAsNew(Role.MANAGER);
        CapturedComplaintEvents.clear();
        Instant t0 = Instant.parse("2026-04-01T09:00:00Z");
        clock.set(t0);
        c = move(c, ComplaintStatus.ACKNOWLEDGED);
        clock.set(t0.plusSeconds(60));
        c = move(c, ComplaintStatus.IN_PROGRESS);
        clock.set(t0.plusSeconds(120));
        c = move(c, ComplaintStatus.WAITING_CUSTOMER);
        assertThat(c.getWaitingSince()).isEqualTo(t0.plusSeconds(120));
        clock.set(t0.plusSeconds(180));
        c = move(c, ComplaintStatus.IN_PROGRESS);
        assertThat(c.getWaitingSince()).isNull();
        clock.set(t0.plusSeconds(240));
        c = move(c, ComplaintStatus.RESOLVED);
        clock.set(t0.plusSeconds(300));
        c = move(c, ComplaintStatus.CLOSED);

        assertThat(c.getAcknowledgedAt()).isEqualTo(t0);
        assertThat(c.getInProgressAt()).isEqualTo(t0.plusSeconds(180));
        assertThat(c.getResolvedAt()).isEqualTo(t0.plusSeconds(240));
        assertThat(c.getClosedAt()).isEqualTo(t0.plusSeconds(300));
        assertThat(CapturedComplaintEvents.all()).contains(
                new ComplaintStatusChanged(c.getId(), ComplaintStatus.NEW, ComplaintStatus.ACKNOWLEDGED, t0),
                new ComplaintStatusChanged(c.getId(), ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED, t0.plusSeconds(300)),
                new ComplaintResolved(c.getId(), c.getCustomerId(), t0.plusSeconds(240)));
        assertThat(timeline(c.getId())).filteredOn(e -> e.getKind() == TimelineKind.STATUS).hasSize(6)
                .allMatch(TimelineEntry::isCustomerVisible);
    }

    @Test
    void refused_transition_says_why_and_changes_nothing() {
        Complaint c = intake(customer());
        actAsNew(Role.MANAGER);
        assertThatThrownBy(() -> move(c, ComplaintStatus.RESOLVED)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsEntry("status", "workflow.error.to.RESOLVED"));
        assertThat(service.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.NEW);
        assertThat(service.get(c.getId()).getVersion()).isEqualTo(c.getVersion());
    }

    @Test
    void reopen_is_refused_after_the_set_number_of_days() {
        Complaint c = intake(customer());
        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("2026-04-01T09:00:00Z"));
        c = move(move(move(c, ComplaintStatus.ACKNOWLEDGED), ComplaintStatus.IN_PROGRESS), ComplaintStatus.RESOLVED);
        clock.advance(Duration.ofDays(15));
        Complaint resolved = c;
        assertThatThrownBy(() -> move(resolved, ComplaintStatus.REOPENED)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsEntry("status", "workflow.error.reopen-expired"));
        clock.set(Instant.parse("2026-04-10T09:00:00Z"));
        Complaint reopened = move(resolved, ComplaintStatus.REOPENED);
        assertThat(reopened.getReopenedAt()).isEqualTo(Instant.parse("2026-04-10T09:00:00Z"));
        assertThat(move(reopened, ComplaintStatus.IN_PROGRESS).getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    }

    @Test
    void major_complaint_cannot_close_until_its_root_cause_analysis_is_complete() {
        ComplaintForm f = form(customer(), "Charger caught fire");
        Complaint c = intake(f);
        assertThat(c.getTier()).isEqualTo(Tier.MAJOR);
        String manager = actAsNew(Role.MANAGER).getName();
        Complaint resolved = move(move(move(c, ComplaintStatus.ACKNOWLEDGED), ComplaintStatus.IN_PROGRESS), ComplaintStatus.RESOLVED);
        assertThatThrownBy(() -> move(resolved, ComplaintStatus.CLOSED)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsEntry("status", "workflow.error.rca-incomplete"));

        long owner = staffId(manager);
        LocalDate due = LocalDate.of(2026, 7, 1);
        RcaFinding process = rca.addFinding(c.getId(), RcaDimension.PROCESS, "No incoming inspection of chargers");
        RcaFinding system = rca.addFinding(c.getId(), RcaDimension.SYSTEM, "Supplier batch not tracked");
        RcaFinding people = rca.addFinding(c.getId(), RcaDimension.PEOPLE, "Warehouse staff not trained");
        rca.addAction(process.getId(), "Inspect every batch", owner, due);
        rca.addAction(system.getId(), "Track batches", owner, due);
        assertThat(rca.isComplete(c.getId())).isFalse();
        assertThatThrownBy(() -> move(resolved, ComplaintStatus.CLOSED)).isInstanceOf(InvalidInputException.class);
        rca.addAction(people.getId(), "Train warehouse staff", owner, due);
        assertThat(rca.isComplete(c.getId())).isTrue();
        assertThat(move(resolved, ComplaintStatus.CLOSED).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void two_agents_saving_the_same_complaint_the_second_is_told_who_and_when() {
        Complaint c = intake(customer());
        String first = actAsNew(Role.MANAGER).getName();
        clock.set(Instant.parse("2026-04-02T08:00:00Z"));
        ComplaintForm mine = ComplaintForm.of(c);
        ComplaintForm theirs = ComplaintForm.of(c);
        mine.setSubject("Edited by the first");
        intakeService.update(c.getId(), mine);
        actAsNew(Role.MANAGER);
        theirs.setSubject("Edited by the second");
        assertThatThrownBy(() -> intakeService.update(c.getId(), theirs)).isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
            assertThat(e.getChangedBy()).isEqualTo(first);
            assertThat(e.getChangedAt()).isEqualTo(Instant.parse("2026-04-02T08:00:00Z"));
        });
        assertThat(service.get(c.getId()).getSubject()).isEqualTo("Edited by the first");
    }

    @Test
    void raising_spread_risk_raises_the_tier_but_lowering_it_never_lowers_the_tier() {
        Complaint c = intake(customer());
        actAsNew(Role.MANAGER);
        CapturedComplaintEvents.clear();
        ComplaintForm f = ComplaintForm.of(c);
        f.setSpreadRisk(SpreadRisk.MEDIA_VIRAL);
        Complaint raised = intakeService.update(c.getId(), f);
        assertThat(raised.getTier()).isEqualTo(Tier.MAJOR);
        assertThat(TierReason.summary(raised.getTierReason())).isEqualTo("Major: media or viral exposure");
        assertThat(CapturedComplaintEvents.all()).anyMatch(e -> e instanceof ComplaintTierChanged t && t.complaintId() == c.getId()
                && t.from() == Tier.NORMAL && t.to() == Tier.MAJOR);

        ComplaintForm back = ComplaintForm.of(raised);
        back.setSpreadRisk(SpreadRisk.PRIVATE);
        assertThat(intakeService.update(c.getId(), back).getTier()).isEqualTo(Tier.MAJOR);
    }

    @Test
    void more_affected_customers_raise_the_tier() {
        Complaint c = intake(customer());
        actAsNew(Role.MANAGER);
        ComplaintForm f = ComplaintForm.of(c);
        f.setAffectedCount(25);
        assertThat(intakeService.update(c.getId(), f).getTier()).isEqualTo(Tier.MAJOR);
    }

    @Test
    void manual_tier_change_needs_a_reason_and_is_recorded() {
        Complaint c = intake(customer());
        String who = actAsNew(Role.MANAGER).getName();
        assertThatThrownBy(() -> workflow.changeTier(c.getId(), Tier.URGENT, "  ", c.getVersion()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors()).containsEntry("reason", "complaint.error.tier-reason"));
        Complaint changed = workflow.changeTier(c.getId(), Tier.URGENT, "Customer is a journalist", c.getVersion());
        assertThat(changed.getTier()).isEqualTo(Tier.URGENT);
        assertThat(changed.getTierReason()).isEqualTo("Urgent: set by " + who + ": Customer is a journalist");
        assertThat(timeline(c.getId())).last().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(TimelineKind.TIER);
            assertThat(e.getFromValue()).isEqualTo("NORMAL");
            assertThat(e.getBody()).isEqualTo("Customer is a journalist");
        });
        Complaint lowered = workflow.changeTier(c.getId(), Tier.NORMAL, "Misread", changed.getVersion());
        assertThat(lowered.getTier()).as("a person may lower it").isEqualTo(Tier.NORMAL);
    }

    @Test
    void progress_summary_lists_only_customer_visible_steps_in_the_customers_language() {
        Complaint c = intake(customer());
        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("2026-04-03T08:00:00Z"));
        c = move(c, ComplaintStatus.ACKNOWLEDGED);
        workflow.addNote(c.getId(), "Internal: supplier suspected", false);
        workflow.addNote(c.getId(), "Parcel received, inspecting", true);
        String en = service.progressSummary(c.getId(), Locale.ENGLISH, ZoneOffset.UTC);
        assertThat(en).startsWith("Progress of your complaint " + c.getNumber())
                .contains("We received your complaint", "We contacted you and are looking into it", "Parcel received, inspecting")
                .doesNotContain("supplier");
        String zh = service.progressSummary(c.getId(), Locale.SIMPLIFIED_CHINESE, ZoneOffset.UTC);
        assertThat(zh).contains("我们已收到您的投诉", "已与您联系，正在核实");
    }

    @Test
    void compensation_is_validated_and_recorded_on_the_timeline() {
        Complaint c = intake(customer());
        actAsNew(Role.MANAGER);
        CompensationForm bad = new CompensationForm();
        bad.setKind(CompensationKind.COUPON);
        bad.setAmount(new java.math.BigDecimal("-5"));
        bad.setCurrency("yuan");
        assertThatThrownBy(() -> workflow.addCompensation(c.getId(), bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsKeys("amount", "currency", "reason"));
        CompensationForm ok = new CompensationForm();
        ok.setKind(CompensationKind.COUPON);
        ok.setAmount(new java.math.BigDecimal("20.00"));
        ok.setCurrency("cny");
        ok.setReason("Parcel two days late");
        Compensation comp = workflow.addCompensation(c.getId(), ok);
        assertThat(comp.getCurrency()).isEqualTo("CNY");
        assertThat(service.details(c.getId(), 0).compensations()).hasSize(1);
        assertThat(timeline(c.getId())).last().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(TimelineKind.COMPENSATION);
            assertThat(e.getBody()).isEqualTo("COUPON 20.00 CNY: Parcel two days late");
        });
    }

    @Test
    void executive_acknowledges_a_major_complaint_once() {
        ComplaintForm f = form(customer(), "Viral video");
        f.setSpreadRisk(SpreadRisk.MEDIA_VIRAL);
        Complaint major = intake(f);
        Complaint normal = intake(customer());
        String exec = actAsNew(Role.EXECUTIVE).getName();
        clock.set(Instant.parse("2026-04-05T07:00:00Z"));
        Complaint acked = workflow.acknowledgeAsExecutive(major.getId());
        assertThat(acked.getExecutiveAckBy()).isEqualTo(exec);
        assertThat(acked.getExecutiveAckAt()).isEqualTo(Instant.parse("2026-04-05T07:00:00Z"));
        assertThatThrownBy(() -> workflow.acknowledgeAsExecutive(major.getId())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workflow.acknowledgeAsExecutive(normal.getId())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsValue("complaint.error.exec-ack-major-only"));
    }

    @Test
    void corrective_action_is_tracked_to_done_by_its_owner_with_conflict_detection() {
        Complaint c = intake(form(customer(), "Injury from a broken chair"));
        String owner = newStaff(Role.AGENT);
        actAsNew(Role.MANAGER);
        RcaFinding finding = rca.addFinding(c.getId(), RcaDimension.PEOPLE, "Assembly instructions unclear");
        assertThatThrownBy(() -> rca.addAction(finding.getId(), " ", null, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsKeys("what", "owner", "dueDate"));
        CorrectiveAction action = rca.addAction(finding.getId(), "Rewrite the instructions", staffId(owner), LocalDate.of(2026, 8, 1));

        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> rca.setStatus(action.getId(), ActionStatus.DONE, action.getVersion()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        actAs(owner, Role.AGENT);
        clock.set(Instant.parse("2026-07-20T10:00:00Z"));
        CorrectiveAction done = rca.setStatus(action.getId(), ActionStatus.DONE, action.getVersion());
        assertThat(done.getDoneAt()).isEqualTo(Instant.parse("2026-07-20T10:00:00Z"));
        assertThatThrownBy(() -> rca.setStatus(action.getId(), ActionStatus.OPEN, action.getVersion()))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.getChangedBy()).isEqualTo(owner));
    }
}
