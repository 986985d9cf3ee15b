package com.cxops.portal.surveys;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.complaints.ComplaintFacts;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskWorkflowService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Demo data (portal.demo.enabled): 15 months of NPS and CSAT invitations and about 6 000 answers whose NPS differs by
 * layer (VIPs highest, at-risk and dormant lowest), with comments in Chinese and English tagged by theme, and a
 * follow-up task for each unhappy answer of the last 30 days, some of them already done with an outcome and a note. Loads after customers and complaints (order 40), with
 * batched JDBC inserts; the customer and complaint facts are read once, as the other demo loaders do.
 */
@Component
class SurveyDemoData {

    static final int NPS_ANSWERS = 3600;
    static final int CSAT_ANSWERS = 2400;
    static final double RESPONSE = 0.4;
    private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);
    private static final String[] HAPPY = {"Great service, thank you", "快递很快，服务很好", "客服很耐心", "Quality is excellent", null, null};
    private static final String[] UNHAPPY = {"The courier was late again", "快递太慢了", "质量有问题，坏了", "Refund took too long",
            "客服态度不好", "Too expensive for what you get", "等待很久没人理", null};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FollowUps followUps;
    private final ThemeRepository themes;
    private final Clock clock;
    private final boolean enabled;
    private final TaskService tasks;
    private final TaskWorkflowService workflow;
    private final StaffDirectory staff;
    private final SurveySettings settings;
    private final CustomerFacts customerFacts;
    private final ComplaintFacts complaintFacts;

    SurveyDemoData(JdbcTemplate jdbc, TransactionTemplate tx, FollowUps followUps, ThemeRepository themes, Clock clock,
                   @Value("${portal.demo.enabled:false}") boolean enabled, TaskService tasks, TaskWorkflowService workflow, StaffDirectory staff,
                   SurveySettings settings, SurveyRollups rollups, CustomerFacts customerFacts, ComplaintFacts complaintFacts) {
        this.rollups = rollups;
        this.customerFacts = customerFacts;
        this.complaintFacts = complaintFacts;
        this.tasks = tasks;
        this.workflow = workflow;
        this.staff = staff;
        this.settings = settings;
        this.jdbc = jdbc;
        this.tx = tx;
        this.followUps = followUps;
        this.themes = themes;
        this.clock = clock;
        this.enabled = enabled;
    }

    private final SurveyRollups rollups;

    record Cust(long id, CustomerLayer layer, String membership, boolean vip) {
    }

    record Resolved(long complaintId, long customerId, Instant resolvedAt, String tier, String category, Long teamId, Long agentId) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    public void load() {
        if (!enabled || jdbc.queryForObject("SELECT COUNT(*) FROM survey_answer", Integer.class) > 0) {
            return;
        }
        // the demo set is written in bulk: the customers' and resolved complaints' snapshot columns read once, from their owners
        List<Cust> customers = customerFacts.firstWithEmail(5000).stream()
                .map(c -> new Cust(c.id(), c.layer(), c.membershipLevel().name(), c.vip())).toList();
        if (customers.isEmpty()) {
            log.info("Survey demo data skipped: there are no customers yet.");
            return;
        }
        List<Resolved> resolved = complaintFacts.firstResolved((int) (CSAT_ANSWERS / RESPONSE)).stream()
                .map(r -> new Resolved(r.id(), r.customerId(), r.resolvedAt(), r.tier().name(), r.category().name(), r.teamId(),
                        r.assigneeId())).toList();
        long started = System.currentTimeMillis();
        tx.executeWithoutResult(s -> generate(customers, resolved));
        // written straight to the tables: the monthly rollups are recounted from them
        rollups.rebuild();
        List<Long> recentUnhappy = jdbc.queryForList("SELECT id FROM survey_answer WHERE answered_at >= ? AND "
                + "((kind = 'NPS' AND score <= 6) OR (kind = 'CSAT' AND score <= 2)) ORDER BY id", Long.class,
                Timestamp.from(clock.instant().minus(Duration.ofDays(30))));
        List<Long> followUpTasks = new ArrayList<>();
        recentUnhappy.forEach(id -> followUps.createFor(id).ifPresent(followUpTasks::add));
        int done = finishSome(followUpTasks);
        log.info("Survey demo data: {} answers, {} follow-up tasks ({} done) in {} ms",
                jdbc.queryForObject("SELECT COUNT(*) FROM survey_answer", Long.class), recentUnhappy.size(), done,
                System.currentTimeMillis() - started);
    }

    /**
     * Most follow-ups are already done, as their owners (or a manager for a pool's task) would record them, with each
     * outcome and a note: every one whose answer is older than a week (a team that works its pools has no follow-up
     * weeks overdue), and every second one of the last week older than two days; the rest stay open, a few overdue.
     */
    int finishSome(List<Long> taskIds) {
        String[][] outcomes = {{"RESOLVED", "已致电客户，补发优惠券，客户表示满意"}, {"NOT_RESOLVED", "Called back; the customer still wants a full refund"},
                {"NOT_REACHED", "电话三次未接通，已发短信"}, {"RESOLVED", "Apologised and re-sent the parcel; customer happy"}};
        Instant cut = clock.instant().minus(Duration.ofDays(2));
        Instant weekAgo = clock.instant().minus(Duration.ofDays(7));
        Optional<StaffDirectory.StaffContact> manager = staff.withRole(Role.MANAGER).stream().findFirst();
        int done = 0;
        try {
            for (int i = 0; i < taskIds.size(); i++) {
                long id = taskIds.get(i);
                as(manager.map(StaffDirectory.StaffContact::username).orElse("system"), Role.MANAGER);
                Optional<TaskRow> row = tasks.find(id);
                // the answer's moment is the due time less the follow-up time
                Instant answered = row.map(r -> r.dueAt().minus(settings.followUpDue())).orElse(null);
                if (answered == null || answered.isAfter(cut) || (!answered.isBefore(weekAgo) && i % 2 == 1)) {
                    continue;
                }
                TaskRow t = row.get();
                Optional<StaffDirectory.StaffContact> owner = t.ownerId() == null ? Optional.empty() : staff.find(t.ownerId());
                if (owner.isPresent()) {
                    Role role = owner.get().roles().contains(Role.AGENT) ? Role.AGENT
                            : owner.get().roles().contains(Role.VIP_MANAGER) ? Role.VIP_MANAGER : Role.MANAGER;
                    as(owner.get().username(), role);
                } else if (manager.isEmpty()) {
                    continue;
                }
                String[] outcome = outcomes[i % outcomes.length];
                workflow.complete(t.id(), t.version(), outcome[0], outcome[1]);
                done++;
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        return done;
    }

    private static void as(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }

    /** NPS score by layer: VIPs mostly promoters, at-risk and dormant customers more often detractors. */
    static int npsScore(Cust c, Random r) {
        double mean = c.vip() ? 8.9 : switch (c.layer()) {
            case AT_RISK -> 5.6;
            case DORMANT -> 6.0;
            case ACTIVE -> 8.2;
            case NEW -> 7.6;
            default -> 7.3;
        };
        return (int) Math.max(0, Math.min(10, Math.round(mean + r.nextGaussian() * 1.9)));
    }

    static int csatScore(Resolved c, Random r) {
        double mean = "MAJOR".equals(c.tier()) ? 3.2 : "URGENT".equals(c.tier()) ? 3.6 : 4.0;
        return (int) Math.max(1, Math.min(5, Math.round(mean + r.nextGaussian() * 1.0)));
    }

    void generate(List<Cust> customers, List<Resolved> resolved) {
        Random random = new Random(20261130L);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // fifteen months, as the complaints: last quarter's pack compares NPS with the same quarter a year earlier
        Instant start = now.minus(Duration.ofDays(457));
        List<ThemeMatcher.Theme> themeList = themes.findByActiveTrueOrderByCodeAsc().stream()
                .map(t -> new ThemeMatcher.Theme(t.getCode(), t.keywordList())).toList();
        List<Object[]> invitations = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        int npsInvitations = (int) (NPS_ANSWERS / RESPONSE);
        for (int i = 0; i < npsInvitations; i++) {
            Cust c = customers.get(random.nextInt(customers.size()));
            Instant sent = start.plusSeconds((long) (random.nextDouble() * Duration.between(start, now).minusDays(1).getSeconds()));
            boolean answered = random.nextDouble() < RESPONSE;
            String id = SurveyTokens.hash(SurveyTokens.newToken());
            invitations.add(invitation(id, "NPS", answered, c.id(), null, null, sent, c.layer().name(), c.membership(), c.vip(),
                    null, null, null, null, random));
            if (answered) {
                int score = npsScore(c, random);
                answers.add(answer(id, "NPS", score, sent.plus(Duration.ofHours(1 + random.nextInt(72))), c.id(), null,
                        c.layer().name(), c.membership(), c.vip(), null, null, null, null, random, themeList));
            }
        }
        for (Resolved r : resolved) {
            Cust c = customers.stream().filter(x -> x.id() == r.customerId()).findFirst()
                    .orElse(new Cust(r.customerId(), CustomerLayer.REGULAR, "ORDINARY", false));
            Instant sent = r.resolvedAt().plus(Duration.ofHours(2));
            if (sent.isAfter(now)) {
                continue;
            }
            boolean answered = random.nextDouble() < RESPONSE * 1.6;
            String id = SurveyTokens.hash(SurveyTokens.newToken());
            invitations.add(invitation(id, "CSAT", answered, c.id(), r.complaintId(), r.resolvedAt(), sent, c.layer().name(),
                    c.membership(), c.vip(), r.tier(), r.category(), r.teamId(), r.agentId(), random));
            if (answered) {
                Instant at = sent.plus(Duration.ofMinutes(10 + random.nextInt(3000)));
                if (at.isAfter(now)) {
                    at = now;
                }
                answers.add(answer(id, "CSAT", csatScore(r, random), at, c.id(), r.complaintId(), c.layer().name(),
                        c.membership(), c.vip(), r.tier(), r.category(), r.teamId(), r.agentId(), random, themeList));
            }
        }
        jdbc.batchUpdate("INSERT INTO survey_invitation (token_hash, kind, status, customer_id, complaint_id, resolved_at, "
                + "language, send_at, sent_at, expires_at, answered_at, created_at, customer_layer, membership, vip, tier, category, "
                + "team_id, agent_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", invitations);
        // the answer finds its invitation by the invitation's (unique) token hash; looked up first, because MariaDB's
        // bulk protocol cannot run a batched INSERT ... SELECT
        final java.util.Map<String, Long> invitationIds = new java.util.HashMap<>();
        final List<String> hashes = answers.stream().map(a -> (String) a[a.length - 1]).toList();
        for (int from = 0; from < hashes.size(); from += 500) {
            final List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + 500));
            jdbc.query("SELECT id, token_hash FROM survey_invitation WHERE token_hash IN ("
                            + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    row -> {
                        invitationIds.put(row.getString("token_hash"), row.getLong("id"));
                    }, chunk.toArray());
        }
        final List<Object[]> answerRows = answers.stream().map(a -> {
            final Object[] row = new Object[a.length];
            row[0] = invitationIds.get((String) a[a.length - 1]);
            System.arraycopy(a, 0, row, 1, a.length - 1);
            return row;
        }).toList();
        jdbc.batchUpdate("INSERT INTO survey_answer (invitation_id, kind, score, comment, themes, language, answered_at, customer_id, "
                + "complaint_id, customer_layer, membership, vip, tier, category, team_id, agent_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", answerRows);
        jdbc.update("UPDATE survey_invitation i SET answered_at = (SELECT a.answered_at FROM survey_answer a WHERE a.invitation_id = i.id) "
                + "WHERE i.status = 'ANSWERED' AND i.answered_at IS NULL");
        // each customer's last invitation, for the quiet period
        jdbc.update("INSERT INTO survey_customer (customer_id, language, last_invited_at) "
                + "SELECT customer_id, 'zh', MAX(sent_at) FROM survey_invitation WHERE customer_id NOT IN (SELECT customer_id FROM survey_customer) "
                + "GROUP BY customer_id");
    }

    private static Object[] invitation(String id, String kind, boolean answered, long customerId, Long complaintId, Instant resolvedAt,
                                       Instant sent, String layer, String membership, boolean vip, String tier, String category,
                                       Long teamId, Long agentId, Random random) {
        return new Object[]{id, kind, answered ? "ANSWERED" : "SENT", customerId, complaintId,
                resolvedAt == null ? null : Timestamp.from(resolvedAt),
                random.nextInt(5) == 0 ? "en" : "zh", Timestamp.from(sent), Timestamp.from(sent),
                Timestamp.from(sent.plus(Duration.ofDays(14))), null, Timestamp.from(sent), layer, membership, vip, tier, category,
                teamId, agentId};
    }

    private static Object[] answer(String invitationHash, String kind, int score, Instant at, long customerId, Long complaintId,
                                   String layer, String membership, boolean vip, String tier, String category, Long teamId,
                                   Long agentId, Random random, List<ThemeMatcher.Theme> themes) {
        boolean unhappy = SurveyKind.valueOf(kind).unhappy(score);
        String[] pool = unhappy ? UNHAPPY : HAPPY;
        String comment = random.nextInt(3) == 0 ? null : pool[random.nextInt(pool.length)];
        String tags = String.join(",", ThemeMatcher.match(comment, themes));
        return new Object[]{kind, score, comment, tags.isEmpty() ? null : tags, "zh", Timestamp.from(at), customerId,
                complaintId, layer, membership, vip, tier, category, teamId, agentId, invitationHash};
    }
}
