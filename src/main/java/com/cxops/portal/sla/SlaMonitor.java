package com.cxops.portal.sla;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.ComplaintCreated;
import com.cxops.portal.complaints.ComplaintSlaService;
import com.cxops.portal.complaints.ComplaintTierChanged;
import com.cxops.portal.complaints.SlaFacts;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.notifications.NotificationTypes;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Escalates service-level targets: a warning at the warning point (assignee, or the team lead when unassigned;
 * the team's managers too from urgent up, DOMAIN.md), a breach at the due instant (team lead and the team's
 * managers; every manager when the complaint has no team or its team has neither), and for a major complaint the
 * executive(s) on duty at once, then every executive not yet alerted when the acknowledgement is late (the managers
 * when all executives were alerted already).
 * <p>
 * Exactly once: each escalation first inserts its row into sla_escalation, unique per (complaint, target, cycle,
 * level); a duplicate key means another node (or an earlier run) did it, and this one sends nothing. The row and the
 * notifications (with their outbox mails) commit together, one target per transaction. ShedLock keeps the scheduled
 * run to one node, but the constraint alone already holds when two run at once. After downtime the monitor catches
 * up in bounded batches: a target past both points gets only the breach; its warning is recorded as SKIPPED.
 * <p>
 * No floods ({@link SlaAlerts}): the warnings and breaches of one tick are told when it ends, per person one each or,
 * past the setting {@code sla.monitor.digest-threshold}, one digest. Each of them commits a pending row per recipient
 * with its escalation row; telling claims (deletes) it, so a node killed in between loses nothing: the next tick (on
 * any node) tells what is still pending, once. The executive's alerts commit with their rows, as before.
 */
@Component
public class SlaMonitor {

    public static final String LOCK = "sla-monitor";
    static final String WARNING = "WARNING";
    static final String BREACH = "BREACH";
    static final String EXEC_ALERT = "EXEC_ALERT";
    static final String EXEC_ESCALATION = "EXEC_ESCALATION";
    static final String SENT = "SENT";
    static final String SKIPPED = "SKIPPED";

    private static final Logger log = LoggerFactory.getLogger(SlaMonitor.class);

    private final SlaClockRepository clocks;
    private final SlaClockService clockService;
    private final ComplaintSlaService complaints;
    private final TeamService teams;
    private final DutyRosterService roster;
    private final StaffDirectory staff;
    private final SlaAlerts alerts;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    SlaMonitor(SlaClockRepository clocks, SlaClockService clockService, ComplaintSlaService complaints, TeamService teams,
               DutyRosterService roster, StaffDirectory staff, SlaAlerts alerts, SettingsService settings, AuditTrail audit, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.clocks = clocks;
        this.clockService = clockService;
        this.complaints = complaints;
        this.teams = teams;
        this.roster = roster;
        this.staff = staff;
        this.alerts = alerts;
        this.settings = settings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        // each escalation commits on its own; after the complaint's commit (the alert at once) a joined transaction
        // would be the finished one and never commit again
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What one tick did; {@code digests}: recipients who got one digest instead of their many alerts. */
    public record TickResult(int warnings, int breaches, int executiveAlerts, int skipped, int digests) {
        public int total() {
            return warnings + breaches + executiveAlerts;
        }
    }

    /** The scheduled run (see {@link SlaMonitorSchedule}); jobs have no person, so it runs as "system". */
    // A node that dies inside a tick holds the lock until lockAtMostFor; then another node's tick redoes what the dead
    // one had not committed (each escalation commits on its own, insert-first). Keep it above the longest tick.
    @SchedulerLock(name = LOCK, lockAtMostFor = "${portal.sla.monitor.lock-at-most-for:PT10M}")
    public void scheduledTick() {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(new UsernamePasswordAuthenticationToken("system", null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM")));
        SecurityContextHolder.setContext(system);
        try {
            tick();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * One pass: breaches first (so a catch-up skips warnings that are too late), then warnings, then missing executive
     * alerts. The warnings and breaches are told at the end of the pass, per person one each or one digest; the
     * executive's alerts at once.
     */
    public TickResult tick() {
        Instant now = clock.instant();
        int batch = settings.getInt(SlaSettings.MONITOR_BATCH);
        int maxBatches = settings.getInt(SlaSettings.MONITOR_MAX_BATCHES);
        int[] counts = new int[4];
        SlaAlerts.Tick told = alerts.tick();
        try {
            tx.executeWithoutResult(s -> told.resume());
        } catch (DataAccessException e) {
            log.warn("Pending SLA alerts left to the next tick: {}", e.getMessage());
        }
        walk(maxBatches, () -> clocks.breachesDue(now, PageRequest.of(0, batch)), batch, c -> breach(c.getId(), now, counts, told));
        walk(maxBatches, () -> clocks.warningsDue(now, PageRequest.of(0, batch)), batch, c -> warn(c.getId(), now, counts, told));
        walk(maxBatches, () -> clocks.executiveAlertsMissing(batch), batch, c -> alertExecutives(c.getId(), now, counts));
        int digests = told.send(send -> {
            try {
                tx.executeWithoutResult(s -> send.run());
            } catch (DataAccessException e) {
                // nothing was claimed: this person's pending rows stay, and the next tick tells them
                log.warn("SLA alerts of one recipient not sent: {}", e.getMessage());
            }
        });
        TickResult result = new TickResult(counts[0], counts[1], counts[2], counts[3], digests);
        if (result.total() > 0 || result.skipped() > 0) {
            log.info("SLA monitor: {}", result);
        }
        return result;
    }

    /** The executive is alerted at once (DOMAIN.md), right after the major complaint is saved, not at the next tick. */
    @TransactionalEventListener
    public void afterCreated(ComplaintCreated e) {
        if (e.tier() == Tier.MAJOR) {
            alertNow(e.complaintId());
        }
    }

    @TransactionalEventListener
    public void afterTierChanged(ComplaintTierChanged e) {
        if (e.to() == Tier.MAJOR) {
            alertNow(e.complaintId());
        }
    }

    private void alertNow(long complaintId) {
        try {
            tx.execute(s -> clocks.findByComplaintIdAndKind(complaintId, SlaTargetKind.EXECUTIVE_ACK)).ifPresent(c ->
                    alertExecutives(c.getId(), clock.instant(), new int[4]));
        } catch (DataAccessException e) {
            // the monitor's safety net sends it at its next tick
            log.warn("Executive alert for complaint {} left to the monitor: {}", complaintId, e.getMessage());
        }
    }

    private void walk(int maxBatches, java.util.function.Supplier<List<SlaClock>> query, int batch, java.util.function.Consumer<SlaClock> action) {
        for (int round = 0; round < maxBatches; round++) {
            List<SlaClock> found = tx.execute(s -> query.get());
            for (SlaClock c : found) {
                try {
                    action.accept(c);
                } catch (DataAccessException e) {
                    // e.g. a lock wait with another node; the constraint keeps it once, the next tick retries
                    log.warn("SLA escalation of clock {} deferred: {}", c.getId(), e.getMessage());
                }
            }
            if (found.size() < batch) {
                return;
            }
        }
    }

    private void breach(long clockId, Instant now, int[] counts, SlaAlerts.Tick told) {
        Long complaintId = tx.execute(s -> {
            SlaClock c = clocks.findById(clockId).orElse(null);
            if (c == null || !c.isBreachPending() || c.getDueAt() == null || c.getDueAt().isAfter(now)) {
                return null;
            }
            SlaFacts facts = complaints.slaFacts(c.getComplaintId()).orElseThrow();
            boolean executive = c.getKind() == SlaTargetKind.EXECUTIVE_ACK;
            if (executive) {
                // down when it was logged: nobody was alerted, so the escalation goes to every executive
                if (insert(c, EXEC_ALERT, SKIPPED, List.of(), now)) {
                    counts[3]++;
                }
            } else if (c.isWarnPending()) {
                if (insert(c, WARNING, SKIPPED, List.of(), now)) {
                    counts[3]++;
                }
            }
            List<String> to = executive ? nextExecutives(c) : breachRecipients(facts);
            boolean mine = insert(c, executive ? EXEC_ESCALATION : BREACH, SENT, to, now);
            clocks.markBreached(c.getId(), c.getCycle());
            if (!mine) {
                return null;
            }
            if (executive) {
                alerts.sendNow(to, SlaAlerts.Alert.of(NotificationTypes.SLA_EXECUTIVE_ESCALATION, "notification.sla.executive-escalation-about", facts, c));
            } else {
                told.add(to, escalationId(c, BREACH), SlaAlerts.Alert.of(NotificationTypes.SLA_BREACH, "notification.sla.breach-about", facts, c));
            }
            audit.recordAs("system", executive ? "SLA_EXECUTIVE_ESCALATED" : "SLA_BREACHED", "Complaint", c.getComplaintId(),
                    AuditDetails.of("audit.detail.escalated", AuditDetails.label(c.getKind().messageKey()), c.getDueAt(), to.stream().map(AuditDetails::person).toList()));
            counts[executive ? 2 : 1]++;
            return c.getComplaintId();
        });
        if (complaintId != null) {
            tx.executeWithoutResult(s -> clockService.syncSummary(complaintId));
        }
    }

    private void warn(long clockId, Instant now, int[] counts, SlaAlerts.Tick told) {
        tx.executeWithoutResult(s -> {
            SlaClock c = clocks.findById(clockId).orElse(null);
            if (c == null || !c.isWarnPending() || c.getWarnAt() == null || c.getWarnAt().isAfter(now)) {
                return;
            }
            SlaFacts facts = complaints.slaFacts(c.getComplaintId()).orElseThrow();
            List<String> to = warningRecipients(facts);
            boolean mine = insert(c, WARNING, SENT, to, now);
            clocks.markWarned(c.getId(), c.getCycle(), now);
            if (mine) {
                told.add(to, escalationId(c, WARNING), SlaAlerts.Alert.of(NotificationTypes.SLA_WARNING, "notification.sla.warning-about", facts, c));
                counts[0]++;
            }
        });
    }

    private void alertExecutives(long clockId, Instant now, int[] counts) {
        tx.executeWithoutResult(s -> {
            SlaClock c = clocks.findById(clockId).orElse(null);
            if (c == null || !c.isRunning() || c.getKind() != SlaTargetKind.EXECUTIVE_ACK) {
                return;
            }
            SlaFacts facts = complaints.slaFacts(c.getComplaintId()).orElseThrow();
            List<String> to = roster.executivesOnDuty(now);
            if (insert(c, EXEC_ALERT, SENT, to, now)) {
                alerts.sendNow(to, SlaAlerts.Alert.of(NotificationTypes.SLA_EXECUTIVE_ALERT, "notification.sla.executive-alert-about", facts, c));
                audit.recordAs("system", "SLA_EXECUTIVE_ALERTED", "Complaint", c.getComplaintId(), AuditDetails.of("audit.detail.alerted", to.stream().map(AuditDetails::person).toList()));
                counts[2]++;
            }
        });
    }

    /** Insert-first: true when this call created the escalation row, false when it already existed. */
    private boolean insert(SlaClock c, String level, String outcome, List<String> recipients, Instant now) {
        String who = String.join(",", recipients);
        try {
            jdbc.update("insert into sla_escalation (complaint_id, kind, cycle, level, outcome, recipients, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                    c.getComplaintId(), c.getKind().name(), c.getCycle(), level, outcome,
                    who.length() > 2000 ? who.substring(0, 2000) : who, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            return true;
        } catch (DataIntegrityViolationException duplicate) {
            return false;
        }
    }

    private long escalationId(SlaClock c, String level) {
        return jdbc.queryForObject("select id from sla_escalation where complaint_id = ? and kind = ? and cycle = ? and level = ?",
                Long.class, c.getComplaintId(), c.getKind().name(), c.getCycle(), level);
    }

    /**
     * Warning: the assignee, or the team lead when unassigned; from urgent up also the team's managers (DOMAIN.md:
     * manager on warning). Nobody of these: every manager, so a warning is never lost.
     */
    private List<String> warningRecipients(SlaFacts f) {
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
    private List<String> breachRecipients(SlaFacts f) {
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

    private Optional<String> lead(Team t) {
        return Optional.ofNullable(t.getLeadId()).flatMap(staff::find)
                .filter(StaffDirectory.StaffContact::enabled).map(StaffDirectory.StaffContact::username);
    }

    private List<String> managersOf(Team t) {
        return t.getMemberIds().stream().sorted().map(staff::find).flatMap(Optional::stream)
                .filter(s -> s.enabled() && s.roles().contains(Role.MANAGER)).map(StaffDirectory.StaffContact::username).toList();
    }

    /** Every executive not alerted in this cycle; when all were, the managers (someone must act). */
    private List<String> nextExecutives(SlaClock c) {
        List<String> alerted = jdbc.queryForList("select recipients from sla_escalation where complaint_id = ? and kind = ? and cycle = ? and level = ?",
                String.class, c.getComplaintId(), c.getKind().name(), c.getCycle(), EXEC_ALERT);
        Set<String> done = new LinkedHashSet<>();
        alerted.stream().filter(r -> r != null && !r.isBlank()).forEach(r -> done.addAll(Arrays.asList(r.split(","))));
        List<String> next = new ArrayList<>();
        staff.withRole(Role.EXECUTIVE).stream().map(StaffDirectory.StaffContact::username).filter(u -> !done.contains(u)).forEach(next::add);
        if (next.isEmpty()) {
            staff.withRole(Role.MANAGER).forEach(m -> next.add(m.username()));
        }
        return next;
    }
}
