package com.cxops.portal.sla;

import com.cxops.portal.complaints.ComplaintHistory;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Service-level clocks for the demo complaints (which are written in bulk, without events): EVERY complaint that has
 * none gets its clocks computed from its whole recorded history ({@link SlaReplay}: every waiting interval, reopen
 * cycles, tier changes, the executive acknowledgement, published statements), written in bulk in batches, closed ones
 * too ({@link SlaBulkReplay}, which the large-shop generator uses as well). Most public-opinion complaints first get the
 * public statement the PR desk published. The queue summaries of the complaints with running targets follow; the
 * monitor then escalates what is overdue.
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
    private final boolean enabled;

    SlaDemoData(JdbcTemplate jdbc, SlaRecompute recompute, SlaBulkReplay bulk, PublicStatementService statements,
                Clock clock, @Value("${portal.demo.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
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
        int done = loadAll();
        if (done > 0) {
            log.info("SLA demo clocks: {} complaints replayed from their history in {} ms", done, System.currentTimeMillis() - started);
        }
    }

    /** Statements for the public-opinion complaints without clocks, then every complaint's clocks from its history. */
    int loadAll() {
        publishStatements();
        return replayMissing();
    }

    /**
     * Most public-opinion complaints (public post, media) get a public statement, published by the PR desk 20 minutes
     * to 3 hours after they were logged (some late, as in life; one in ten none at all), recorded as an integration
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
                    if (!h.publicOpinion() || done.contains(h.complaintId()) || random.nextInt(10) == 0) {
                        continue;
                    }
                    Instant at = h.createdAt().plusSeconds(60L * (20 + random.nextInt(160)));
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

    /** Every complaint without clocks gets them from its history, in batches; returns how many complaints got clocks. */
    int replayMissing() {
        return bulk.replayMissing(1, Long.MAX_VALUE).complaints();
    }

    /** Replays one complaint whose clocks do not exist (yet). */
    void replay(long complaintId) {
        bulk.replayMissing(complaintId, complaintId);
    }
}
