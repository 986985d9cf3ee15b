package com.cxops.portal.sla;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.complaints.ComplaintHistory;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.TimelineKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Service-level clocks for the demo complaints (which are written in bulk, without events): EVERY complaint that has
 * none gets its clocks computed from its whole recorded history ({@link SlaReplay}: every waiting interval, reopen
 * cycles, tier changes, the executive acknowledgement, published statements), written in bulk in batches, closed ones
 * too ({@link SlaBulkReplay}, which the large-shop generator uses as well). Every public-opinion complaint first gets
 * the public statement the PR desk published (the open ones in time). The queue summaries of the complaints with
 * running targets follow; the monitor then escalates what is overdue, once each: only the few the complaint demo data
 * placed past their due instant today. The duty roster is filled for the weeks ahead.
 */
@Component
class SlaDemoData {

    private static final Logger log = LoggerFactory.getLogger(SlaDemoData.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final SlaRecompute recompute;
    private final SlaBulkReplay bulk;
    private final PublicStatementService statements;
    private final Clock clock;
    private final StaffDirectory staff;
    private final SettingsService settings;
    private final ShopSettings shop;
    private final boolean enabled;

    SlaDemoData(JdbcTemplate jdbc, SlaRecompute recompute, SlaBulkReplay bulk, PublicStatementService statements,
                Clock clock, StaffDirectory staff, SettingsService settings,
                ShopSettings shop, @Value("${portal.demo.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.settings = settings;
        this.shop = shop;
        this.statements = statements;
        this.recompute = recompute;
        this.bulk = bulk;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void load() {
        if (!enabled) {
            return;
        }
        long started = System.currentTimeMillis();
        int shifts = roster();
        publishStatements();
        long statementsDone = System.currentTimeMillis();
        int done = replayMissing();
        if (done > 0) {
            log.info("SLA demo clocks: {} complaints replayed from their history in {} ms (statements first: {} ms), {} duty shifts",
                    done, System.currentTimeMillis() - statementsDone, statementsDone - started, shifts);
        }
    }

    /** Statements for the public-opinion complaints without clocks, then every complaint's clocks from its history. */
    int loadAll() {
        publishStatements();
        return replayMissing();
    }

    /**
     * Every public-opinion complaint (public post, media) gets a public statement, published by the PR desk 20 minutes
     * to 3 hours after it was logged (some late, as in life; the open ones in time), recorded as an integration
     * would report it: through the statement service, so it is in the timeline too. Only complaints without clocks yet.
     */
    void publishStatements() {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext demo = SecurityContextHolder.createEmptyContext();
        demo.setAuthentication(new UsernamePasswordAuthenticationToken("demo", null, AuthorityUtils.createAuthorityList("ROLE_INTEGRATION")));
        SecurityContextHolder.setContext(demo);
        try {
            SlaRecompute.Run run = recompute.run();
            Instant now = clock.instant();
            long after = 0;
            while (true) {
                List<ComplaintHistory.History> page = run.page(after, Instant.EPOCH, now.plusSeconds(1), BATCH);
                if (page.isEmpty()) {
                    return;
                }
                after = page.getLast().complaintId();
                List<Long> ids = page.stream().filter(ComplaintHistory.History::publicOpinion).map(ComplaintHistory.History::complaintId).toList();
                if (ids.isEmpty()) {
                    continue;
                }
                Set<Long> done = new HashSet<>(jdbc.queryForList("SELECT complaint_id FROM sla_clock WHERE complaint_id IN (" + SlaRecompute.in(ids)
                        + ") UNION SELECT complaint_id FROM sla_statement WHERE complaint_id IN (" + SlaRecompute.in(ids) + ")", Long.class));
                for (ComplaintHistory.History h : page) {
                    java.util.Random random = new java.util.Random(h.complaintId());
                    boolean open = open(h);
                    // every one got its statement, so that no target of a finished complaint is left running (a
                    // statement owed for months would be escalated at the first monitor tick); the open ones in time
                    if (!h.publicOpinion() || done.contains(h.complaintId())) {
                        continue;
                    }
                    Instant at = h.createdAt().plusSeconds(60L * (20 + random.nextInt(open ? 80 : 160)));
                    if (at.isAfter(now)) {
                        continue;
                    }
                    StatementChannel channel = StatementChannel.values()[random.nextInt(StatementChannel.values().length)];
                    statements.publish(h.complaintId(), new PublicStatementService.StatementForm(channel, null,
                            random.nextBoolean() ? "We are sorry. We are looking into this and will put it right." : "非常抱歉，我们正在核查，会尽快妥善处理。",
                            "PR desk 公关部", at));
                }
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static boolean open(ComplaintHistory.History h) {
        String status = "NEW";
        for (ComplaintHistory.Step s : h.steps()) {
            if (s.kind() == TimelineKind.STATUS) {
                status = s.to();
            }
        }
        return ComplaintStatus.valueOf(status).isOpen();
    }

    /**
     * The executives' duty roster from yesterday over the look-ahead period and two weeks more: each demo executive
     * in turn, a day each from 08:00 in the shop's time zone. Only when the roster is empty.
     */
    int roster() {
        Long shifts = jdbc.queryForObject("SELECT COUNT(*) FROM duty_shift", Long.class);
        List<String> executives = staff.withRole(Role.EXECUTIVE).stream()
                .map(StaffDirectory.StaffContact::username).sorted().toList();
        if (shifts == null || shifts > 0 || executives.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        ZonedDateTime first = now.atZone(shop.zone()).toLocalDate().minusDays(1).atTime(8, 0).atZone(shop.zone());
        int days = settings.getInt(SlaSettings.ROSTER_LOOKAHEAD_DAYS) + 15;
        List<Object[]> rows = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            rows.add(new Object[]{executives.get(d % executives.size()), SlaRecompute.utc(first.plusDays(d).toInstant()),
                    SlaRecompute.utc(first.plusDays(d + 1).toInstant()), "Executive direct line 高管直线", SlaRecompute.utc(now), "demo"});
        }
        jdbc.batchUpdate("INSERT INTO duty_shift (executive, starts_at, ends_at, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)", rows);
        return rows.size();
    }

    /** Every complaint without clocks gets them from its history, in batches; returns how many complaints got clocks. */
    int replayMissing() {
        return bulk.replayMissing(1, Long.MAX_VALUE).complaints();
    }

    /** Replays one complaint whose clocks do not exist (yet). */
    void replay(long complaintId) {
        bulk.replayMissing(complaintId, complaintId);
    }
}
