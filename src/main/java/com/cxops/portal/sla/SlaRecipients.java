package com.cxops.portal.sla;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.complaints.SlaFacts;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who the monitor's escalations go to (DOMAIN.md): a warning to the assignee, or the team lead when unassigned, and
 * the team's managers from urgent up; a breach to the team lead and the team's managers; every manager when nobody of
 * these is there. An executive escalation to every executive not yet alerted in the cycle.
 */
@Component
class SlaRecipients {

    private final StaffDirectory staff;
    private final TeamService teams;
    private final JdbcTemplate jdbc;

    SlaRecipients(StaffDirectory staff, TeamService teams, JdbcTemplate jdbc) {
        this.staff = staff;
        this.teams = teams;
        this.jdbc = jdbc;
    }

    /**
     * Warning: the assignee, or the team lead when unassigned; from urgent up also the team's managers (DOMAIN.md:
     * manager on warning). Nobody of these: every manager, so a warning is never lost.
     */
    List<String> warning(SlaFacts f) {
        Set<String> to = new LinkedHashSet<>();
        if (f.assigneeId() != null) {
            staff.find(f.assigneeId()).filter(StaffDirectory.StaffContact::enabled).ifPresent(s -> to.add(s.username()));
        }
        Optional<Team> team = f.teamId() == null ? Optional.empty() : teams.find(f.teamId());
        if (to.isEmpty()) {
            team.ifPresent(t -> lead(t).ifPresent(to::add));
        }
        if (f.tier().isAbove(Tier.NORMAL)) {
            team.ifPresent(t -> to.addAll(managersOf(t)));
        }
        if (to.isEmpty()) {
            staff.withRole(Role.MANAGER).forEach(m -> to.add(m.username()));
        }
        return List.copyOf(to);
    }

    /**
     * Breach: the team lead and the managers of the complaint's team ("the" manager of the queue); a complaint in no
     * team, or a team with neither, goes to every manager.
     */
    List<String> breach(SlaFacts f) {
        Set<String> to = new LinkedHashSet<>();
        if (f.teamId() != null) {
            teams.find(f.teamId()).ifPresent(t -> {
                lead(t).ifPresent(to::add);
                to.addAll(managersOf(t));
            });
        }
        if (to.isEmpty()) {
            staff.withRole(Role.MANAGER).forEach(m -> to.add(m.username()));
        }
        return List.copyOf(to);
    }

    /** Recipients for one batch of escalations: the same rules, each team and assignee looked up once per batch. */
    Batch batch() {
        return new Batch();
    }

    final class Batch {
        private final Map<String, List<String>> memo = new HashMap<>();

        /** As {@link SlaRecipients#warning}, which depends only on the assignee, the team and whether above normal. */
        List<String> warning(SlaFacts f) {
            return memo.computeIfAbsent("W" + f.assigneeId() + "|" + f.teamId() + "|" + f.tier().isAbove(Tier.NORMAL),
                    k -> SlaRecipients.this.warning(f));
        }

        /** As {@link SlaRecipients#breach}, which depends only on the team. */
        List<String> breach(SlaFacts f) {
            return memo.computeIfAbsent("B" + f.teamId(), k -> SlaRecipients.this.breach(f));
        }
    }

    /** Every executive not alerted in this cycle; when all were, the managers (someone must act). */
    List<String> nextExecutives(SlaClock c) {
        List<String> alerted = jdbc.queryForList("select recipients from sla_escalation where complaint_id = ? and kind = ? and cycle = ? and level = ?",
                String.class, c.getComplaintId(), c.getKind().name(), c.getCycle(), SlaMonitor.EXEC_ALERT);
        Set<String> done = new LinkedHashSet<>();
        alerted.stream().filter(r -> r != null && !r.isBlank()).forEach(r -> done.addAll(Arrays.asList(r.split(","))));
        List<String> next = new ArrayList<>();
        staff.withRole(Role.EXECUTIVE).stream().map(StaffDirectory.StaffContact::username).filter(u -> !done.contains(u)).forEach(next::add);
        if (next.isEmpty()) {
            staff.withRole(Role.MANAGER).forEach(m -> next.add(m.username()));
        }
        return next;
    }

    private Optional<String> lead(Team t) {
        return Optional.ofNullable(t.getLeadId()).flatMap(staff::find)
                .filter(StaffDirectory.StaffContact::enabled).map(StaffDirectory.StaffContact::username);
    }

    private List<String> managersOf(Team t) {
        return t.getMemberIds().stream().sorted().map(staff::find).flatMap(Optional::stream)
                .filter(s -> s.enabled() && s.roles().contains(Role.MANAGER)).map(StaffDirectory.StaffContact::username).toList();
    }
}
