package com.cxops.portal.complaints;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintAssignmentTest extends ComplaintTestSupport {

    @Test
    void two_agents_taking_the_same_complaint_at_once_one_wins_and_the_other_is_told() throws Exception {
        String a = newStaff(Role.AGENT);
        String b = newStaff(Role.AGENT);
        Team team = team(null, staffId(a), staffId(b));
        ComplaintForm f = form(customer(), "Race");
        f.setTeamId(team.getId());
        Complaint c = intake(f);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (String agent : List.of(a, b)) {
            results.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(agent, null,
                        List.of(new SimpleGrantedAuthority("ROLE_AGENT"))));
                start.await();
                try {
                    assignment.take(c.getId());
                    return "won";
                } catch (ConcurrentEditException e) {
                    return "told:" + e.getChangedBy();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> r : results) {
            outcomes.add(r.get());
        }
        pool.shutdown();
        Collections.sort(outcomes);
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(1)).isEqualTo("won");
        assertThat(outcomes.get(0)).startsWith("told:").isIn("told:" + a, "told:" + b);
        String winner = outcomes.get(0).equals("told:" + a) ? a : b;
        Complaint taken = asManager(() -> service.get(c.getId()));
        assertThat(taken.getAssigneeId()).isEqualTo(staffId(winner));
        assertThat(asManager(() -> timeline(c.getId()))).filteredOn(e -> e.getKind() == TimelineKind.ASSIGNMENT).hasSize(1);
    }

    @Test
    void agent_cannot_take_a_complaint_of_another_team() {
        String agent = newStaff(Role.AGENT);
        Team other = team(null);
        ComplaintForm f = form(customer(), "Other team");
        f.setTeamId(other.getId());
        Complaint c = intake(f);
        actAs(agent, Role.AGENT);
        assertThatThrownBy(() -> assignment.take(c.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void lead_assigns_and_bulk_assigns_and_the_assignee_is_notified() {
        String lead = newStaff(Role.AGENT);
        String agent = newStaff(Role.AGENT);
        team(staffId(lead), staffId(agent));
        Complaint one = intake(customer());
        Complaint two = intake(customer());
        actAs(lead, Role.AGENT);
        Complaint assigned = assignment.assign(one.getId(), staffId(agent), null, one.getVersion());
        assertThat(assigned.getAssigneeId()).isEqualTo(staffId(agent));
        assertThat(assignment.bulkAssign(List.of(one.getId(), two.getId()), staffId(agent), null)).as("one was already theirs").isEqualTo(1);

        actAs(agent, Role.AGENT);
        assertThat(service.page(ComplaintFilter.myOpen(staffId(agent)), ZoneOffset.UTC, PageRequest.of(0, 10, Sort.by("id"))).getContent())
                .extracting(ComplaintRow::id).containsExactlyInAnyOrder(one.getId(), two.getId());
        assertThatThrownBy(() -> assignment.assign(two.getId(), null, null, 0)).as("agents do not assign").isInstanceOf(AccessDeniedException.class);
    }
}
