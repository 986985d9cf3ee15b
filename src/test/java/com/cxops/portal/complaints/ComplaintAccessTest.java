package com.cxops.portal.complaints;

import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Access is checked in the services, per role and per record. */
class ComplaintAccessTest extends ComplaintTestSupport {

    private List<Long> queue(ComplaintFilter filter) {
        return service.page(filter, ZoneOffset.UTC, PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "id"))).getContent()
                .stream().map(ComplaintRow::id).toList();
    }

    @Test
    void agent_works_complaints_of_their_team_and_only_reads_those_assigned_to_colleagues() {
        String me = newStaff(Role.AGENT);
        String colleague = newStaff(Role.AGENT);
        Team mine = team(null, staffId(me), staffId(colleague));
        Team other = team(null);
        long customer = customer();
        ComplaintForm inMine = form(customer, "Mine");
        inMine.setTeamId(mine.getId());
        Complaint unassigned = intake(inMine);
        Complaint colleagues = intake(inMine);
        ComplaintForm inOther = form(customer, "Other");
        inOther.setTeamId(other.getId());
        Complaint foreign = intake(inOther);
        actAs(colleague, Role.AGENT);
        assignment.take(colleagues.getId());

        actAs(me, Role.AGENT);
        Complaint c = service.get(unassigned.getId());
        assertThat(workflow.transition(c.getId(), ComplaintStatus.ACKNOWLEDGED, c.getVersion()).getStatus()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        Complaint theirs = service.get(colleagues.getId());
        assertThatThrownBy(() -> workflow.transition(theirs.getId(), ComplaintStatus.ACKNOWLEDGED, theirs.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.addNote(theirs.getId(), "hi", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(foreign.getId())).isInstanceOf(AccessDeniedException.class);
        ComplaintFilter byCustomer = new ComplaintFilter();
        byCustomer.setCustomerId(customer);
        assertThat(queue(byCustomer)).containsExactlyInAnyOrder(unassigned.getId(), colleagues.getId());
    }

    /** The queue's SQL visibility and ComplaintAccess.canRead (what get() enforces) agree for every kind of viewer. */
    @Test
    void the_queue_lists_exactly_the_complaints_each_viewer_may_open() {
        String me = newStaff(Role.AGENT);
        String colleague = newStaff(Role.AGENT);
        String lead = newStaff(Role.AGENT);
        String vipManager = newStaff(Role.VIP_MANAGER);
        String agentAndVip = newStaff(Role.AGENT, Role.VIP_MANAGER);
        Team mine = team(null, staffId(me), staffId(colleague));
        Team other = team(staffId(lead));
        String marker = unique("Agree");
        long plain = customer();
        List<Complaint> all = new java.util.ArrayList<>();
        ComplaintForm inMine = form(plain, marker + " mine");
        inMine.setTeamId(mine.getId());
        all.add(intake(inMine));
        all.add(intake(inMine));
        ComplaintForm inOther = form(plain, marker + " other");
        inOther.setTeamId(other.getId());
        all.add(intake(inOther));
        all.add(intake(inOther));
        all.add(intake(form(plain, marker + " no team")));
        all.add(intake(form(vipCustomer(staffId(vipManager)), marker + " vip")));
        all.add(intake(form(vipCustomer(staffId(agentAndVip)), marker + " vip2")));
        asManager(() -> assignment.assign(all.get(1).getId(), staffId(colleague), mine.getId(), all.get(1).getVersion()));
        asManager(() -> assignment.assign(all.get(3).getId(), staffId(me), other.getId(), all.get(3).getVersion()));
        ComplaintFilter byMarker = new ComplaintFilter();
        byMarker.setText(marker);

        for (String viewer : List.of(me, colleague, lead, vipManager, agentAndVip)) {
            actAs(viewer, testStaff.get(viewer).getRoles().toArray(Role[]::new));
            List<Long> readable = all.stream().map(Complaint::getId).filter(id -> {
                try {
                    service.get(id);
                    return true;
                } catch (AccessDeniedException refused) {
                    return false;
                }
            }).toList();
            assertThat(queue(byMarker)).as(viewer).containsExactlyInAnyOrderElementsOf(readable);
        }
        actAsNew(Role.EXECUTIVE);
        assertThat(queue(byMarker)).hasSize(all.size());
        actAs(me, Role.AGENT);
        assertThat(queue(byMarker)).as("own team, the pool (no team), and the one assigned to me in another team")
                .containsExactlyInAnyOrder(all.get(0).getId(), all.get(1).getId(), all.get(3).getId(), all.get(4).getId(),
                        all.get(5).getId(), all.get(6).getId());
        actAs(vipManager, Role.VIP_MANAGER);
        assertThat(queue(byMarker)).as("a VIP manager: their customers' complaints only").containsExactly(all.get(5).getId());
        actAs(lead, Role.AGENT);
        assertThat(queue(byMarker)).as("a team lead reads every complaint").hasSize(all.size());
    }

    @Test
    void the_complaint_page_gets_its_parts_in_one_call_with_the_other_complaints_the_viewer_may_read() {
        String me = newStaff(Role.AGENT);
        Team mine = team(null, staffId(me));
        Team other = team(null);
        long customer = customer();
        ComplaintForm inMine = form(customer, "Mine");
        inMine.setTeamId(mine.getId());
        Complaint first = intake(inMine);
        clock.advance(java.time.Duration.ofMinutes(1));
        Complaint second = intake(inMine);
        ComplaintForm inOther = form(customer, "Other");
        inOther.setTeamId(other.getId());
        Complaint foreign = intake(inOther);

        actAs(me, Role.AGENT);
        ComplaintService.Details page = service.details(first.getId(), 20);
        assertThat(page.complaint().getId()).isEqualTo(first.getId());
        assertThat(page.can().take()).isTrue();
        assertThat(page.timeline()).extracting(TimelineEntry::getKind).containsExactly(TimelineKind.CREATED, TimelineKind.TIER);
        assertThat(page.compensations()).isEmpty();
        assertThat(page.otherComplaints()).as("not itself, not the other team's").extracting(ComplaintRow::id).containsExactly(second.getId());
        assertThat(service.details(second.getId(), 0).otherComplaints()).isEmpty();
        assertThatThrownBy(() -> service.details(foreign.getId(), 20)).isInstanceOf(AccessDeniedException.class);
    }

    /** Who is in which team is kept for a while per person; a team change through the portal counts at once. */
    @Test
    void joining_leaving_and_leading_a_team_count_from_the_next_request() {
        String me = newStaff(Role.AGENT);
        Team other = team(null);
        ComplaintForm inOther = form(customer(), "Other team's");
        inOther.setTeamId(other.getId());
        Complaint c = intake(inOther);
        actAs(me, Role.AGENT);
        assertThatThrownBy(() -> service.get(c.getId())).isInstanceOf(AccessDeniedException.class);

        TeamForm join = TeamForm.of(teams.find(other.getId()).orElseThrow());
        join.setMemberIds(java.util.Set.of(staffId(me)));
        Team joined = asAdmin(() -> teams.update(other.getId(), join));
        assertThat(service.get(c.getId()).getId()).isEqualTo(c.getId());

        TeamForm leave = TeamForm.of(joined);
        leave.setMemberIds(java.util.Set.of());
        Team left = asAdmin(() -> teams.update(other.getId(), leave));
        assertThatThrownBy(() -> service.get(c.getId())).isInstanceOf(AccessDeniedException.class);

        TeamForm lead = TeamForm.of(left);
        lead.setLeadId(staffId(me));
        asAdmin(() -> teams.update(other.getId(), lead));
        assertThat(assignment.canAssign()).as("a team lead assigns").isTrue();
        assertThat(service.get(c.getId()).getId()).isEqualTo(c.getId());
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        org.springframework.security.core.Authentication before = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        actAsNew(Role.ADMIN);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    @Test
    void vip_manager_reads_and_notes_on_their_customers_complaints_only() {
        String vipManager = newStaff(Role.VIP_MANAGER);
        Complaint theirs = intake(vipCustomer(staffId(vipManager)));
        Complaint other = intake(customer());
        actAs(vipManager, Role.VIP_MANAGER);
        assertThat(service.get(theirs.getId()).getId()).isEqualTo(theirs.getId());
        assertThat(workflow.addNote(theirs.getId(), "Called the customer personally", false).getActor()).isEqualTo(vipManager);
        assertThatThrownBy(() -> workflow.transition(theirs.getId(), ComplaintStatus.ACKNOWLEDGED, theirs.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(other.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(queue(new ComplaintFilter())).contains(theirs.getId()).doesNotContain(other.getId());
        assertThat(service.permissions(theirs.getId())).isEqualTo(new ComplaintService.Permissions(false, true, false, false, false));
    }

    @Test
    void executive_reads_all_but_does_not_work_complaints() {
        Complaint c = intake(customer());
        actAsNew(Role.EXECUTIVE);
        assertThat(service.get(c.getId()).getId()).isEqualTo(c.getId());
        assertThatThrownBy(() -> workflow.transition(c.getId(), ComplaintStatus.ACKNOWLEDGED, c.getVersion())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.addNote(c.getId(), "x", false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void admin_without_complaint_roles_is_refused() {
        Complaint c = intake(customer());
        actAsNew(Role.ADMIN);
        assertThatThrownBy(() -> service.get(c.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.page(new ComplaintFilter(), ZoneOffset.UTC, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void corrective_actions_list_is_for_managers_and_executives_with_overdue_first() {
        ComplaintForm f = form(customer(), "Fire at the depot");
        Complaint c = intake(f);
        String manager = actAsNew(Role.MANAGER).getName();
        clock.set(java.time.Instant.parse("2026-05-10T10:00:00Z"));
        RcaFinding finding = rca.addFinding(c.getId(), RcaDimension.PROCESS, "No checks");
        CorrectiveAction later = rca.addAction(finding.getId(), "Later action", staffId(manager), java.time.LocalDate.of(2026, 6, 1));
        CorrectiveAction overdue = rca.addAction(finding.getId(), "Overdue action", staffId(manager), java.time.LocalDate.of(2026, 5, 1));
        List<Long> ids = rca.overdueFirst(true, ZoneOffset.UTC, PageRequest.of(0, 500)).getContent().stream().map(r -> r.action().getId()).toList();
        assertThat(ids.indexOf(overdue.getId())).isLessThan(ids.indexOf(later.getId()));
        assertThat(overdue.isOverdue(java.time.LocalDate.of(2026, 5, 10))).isTrue();
        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> rca.overdueFirst(true, ZoneOffset.UTC, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }
}
