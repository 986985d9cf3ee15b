package com.cxops.portal.surveys;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.validation.ConstraintMessages;
import com.cxops.portal.customers.CustomerLayer;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * NPS campaigns: the reach of a segment with the reasons customers are left out (counted in SQL), and the creation of
 * the invitations in batches, in customer-id order and bounded memory, off the caller's thread. The sample is drawn in
 * the same single pass (selection sampling: each eligible customer is taken with probability
 * still-needed / still-left, which gives exactly the number asked for, uniformly).
 */
@Service
public class CampaignService {

    /** Progress of a campaign's invitation creation, for a progress bar. */
    public record Progress(long campaignId, long processed, long total, long invited, boolean done, boolean failed) {
        public double fraction() {
            return total == 0 ? 1.0 : Math.min(1.0, (double) processed / total);
        }
    }

    public record Started(long campaignId, CompletableFuture<Progress> done) {
    }

    private static final Logger log = LoggerFactory.getLogger(CampaignService.class);

    private final CampaignRepository campaigns;
    private final SurveySettings settings;
    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    /** CampaignForm's constraints are checked with its window and sample, so every wrong field shows at once. */
    private final Validator validator;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "survey-campaigns");
        t.setDaemon(true);
        return t;
    });

    CampaignService(CampaignRepository campaigns, SurveySettings settings,
                    EntityManager em, JdbcTemplate jdbc, AuditTrail audit, Clock clock, PlatformTransactionManager transactions,
                    Validator validator) {
        this.campaigns = campaigns;
        this.settings = settings;
        this.em = em;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.validator = validator;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public Reach preview(CampaignForm form) {
        return tx.execute(s -> reach(form, clock.instant()));
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.EXECUTIVE})
    public Slice<Campaign> page(Pageable pageable) {
        return tx.execute(s -> campaigns.findAllByOrderByCreatedAtDescIdDesc(pageable));
    }

    /**
     * Validates and starts a campaign: it is saved at once, and its invitations are created in the background; the
     * listener hears the progress after every batch (on the background thread).
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public Started start(CampaignForm form, Consumer<Progress> listener) {
        Instant now = clock.instant();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        ConstraintMessages.collect(validator.validate(form), errors);
        errors.addIf(form.getWindowStart() == null || form.getWindowEnd() == null, "windowStart", "surveys.campaign.error.window");
        errors.addIf(form.getWindowEnd() != null && form.getWindowEnd().isBefore(now), "windowEnd", "surveys.campaign.error.window-past");
        errors.addIf(form.getWindowStart() != null && form.getWindowEnd() != null
                && !form.getWindowEnd().isAfter(form.getWindowStart()), "windowEnd", "surveys.campaign.error.window-order");
        errors.addIf(form.getSampleKind() == SampleKind.PERCENT && (form.getSampleValue() < 1 || form.getSampleValue() > 100),
                "sampleValue", "surveys.campaign.error.percent");
        errors.addIf(form.getSampleKind() == SampleKind.COUNT && form.getSampleValue() < 1, "sampleValue", "surveys.campaign.error.count");
        errors.throwIfAny();
        String actor = Actors.current();
        Campaign campaign = tx.execute(s -> {
            Reach reach = reach(form, now);
            if (reach.willInvite() == 0) {
                throw InvalidInputException.of("layers", "surveys.campaign.error.empty");
            }
            Campaign c = campaigns.save(new Campaign(form, (int) Math.min(Integer.MAX_VALUE, reach.willInvite()), now, actor));
            audit.record("SURVEY_CAMPAIGN_STARTED", "SurveyCampaign", c.getId(), AuditDetails.of("audit.detail.campaign-started", c.getName(), reach.willInvite(), reach.inSegment()));
            return c;
        });
        long id = campaign.getId();
        long target = campaign.getEligible();
        CompletableFuture<Progress> done = CompletableFuture.supplyAsync(() -> createInvitations(id, form, target, listener), executor);
        return new Started(id, done);
    }

    /**
     * Walks the segment's eligible customers in id order, a chunk per transaction: one keyset query reads the chunk
     * with what an invitation copies (layer, membership, VIP mark, survey language), the sample is drawn in memory, and
     * the chosen invitations are written with one batched plain INSERT ... VALUES (MariaDB's bulk protocol cannot run
     * a batched INSERT ... SELECT). The unique key on (campaign, customer) keeps a customer to one invitation.
     */
    Progress createInvitations(long campaignId, CampaignForm form, long target, Consumer<Progress> listener) {
        int batch = settings.campaignBatch();
        Instant now = clock.instant();
        String defaultLanguage = settings.defaultLanguage();
        long eligible = tx.execute(s -> reach(form, now).eligible());
        SplittableRandom random = new SplittableRandom(campaignId * 7919L);
        long processed = 0;
        long invited = 0;
        long after = 0;
        Duration window = Duration.between(form.getWindowStart(), form.getWindowEnd());
        Instant firstSend = form.getWindowStart().isBefore(now) ? now : form.getWindowStart();
        try {
            while (true) {
                long afterId = after;
                long processedBefore = processed;
                long invitedBefore = invited;
                long[] counters = tx.execute(s -> {
                    List<Object[]> chunk = eligibleChunk(form, now, afterId, batch);

                    if (chunk.isEmpty()) {
                        return null;
                    }
                    long p = processedBefore;
                    long inv = invitedBefore;
                    List<Object[]> rows = new ArrayList<>();
                    for (Object[] c : chunk) {
                        long left = Math.max(1, eligible - p);
                        long needed = target - inv;
                        p++;
                        if (needed <= 0 || random.nextLong(left) >= needed) {
                            continue;
                        }
                        Instant sendAt = firstSend.plus(window.multipliedBy(inv).dividedBy(Math.max(1, target)));
                        if (sendAt.isAfter(form.getWindowEnd())) {
                            sendAt = form.getWindowEnd();
                        }
                        rows.add(invitationRow(c, campaignId, sendAt, now, defaultLanguage));
                        inv++;
                    }
                    if (!rows.isEmpty()) {
                        jdbc.batchUpdate("INSERT INTO survey_invitation (kind, status, customer_id, campaign_id, language, "
                                + "send_at, created_at, customer_layer, membership, vip) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
                    }
                    campaigns.findById(campaignId).orElseThrow()
                            .progress((int) Math.min(Integer.MAX_VALUE, p), (int) Math.min(Integer.MAX_VALUE, inv));
                    return new long[]{p, inv, (Long) chunk.getLast()[0]};
                });
                if (counters == null) {
                    break;
                }
                processed = counters[0];
                invited = counters[1];
                after = counters[2];
                listener.accept(new Progress(campaignId, processed, eligible, invited, false, false));
            }
            long invitedTotal = invited;
            tx.executeWithoutResult(s -> {
                Campaign c = campaigns.findById(campaignId).orElseThrow();
                c.finish(CampaignStatus.DONE, clock.instant());
                audit.recordAs("system", "SURVEY_CAMPAIGN_DONE", "SurveyCampaign", campaignId, AuditDetails.of("audit.detail.invitations", invitedTotal));
            });
            Progress p = new Progress(campaignId, processed, eligible, invited, true, false);
            listener.accept(p);
            return p;
        } catch (RuntimeException e) {
            log.error("Campaign {} stopped after {} invitations", campaignId, invited, e);
            tx.executeWithoutResult(s -> campaigns.findById(campaignId).ifPresent(c -> c.finish(CampaignStatus.FAILED, clock.instant())));
            Progress p = new Progress(campaignId, processed, eligible, invited, true, true);
            listener.accept(p);
            return p;
        }
    }

    /** An NPS invitation as the entity would be saved: scheduled, with the customer's facts of now (Invitation, Subject). */
    private static Object[] invitationRow(Object[] c, long campaignId, Instant sendAt, Instant now, String defaultLanguage) {
        CustomerLayer layer = (CustomerLayer) c[1];
        boolean vip = layer == CustomerLayer.HIGH_NET_WORTH || Boolean.TRUE.equals(c[3]) || Boolean.TRUE.equals(c[4]);
        String language = c[5] == null ? defaultLanguage : SurveySettings.normalizeLanguage((String) c[5]);
        return new Object[]{SurveyKind.NPS.name(), InvitationStatus.SCHEDULED.name(), c[0], campaignId, language,
                KpiSql.utc(sendAt), KpiSql.utc(now), layer.name(), ((Enum<?>) c[2]).name(), vip};
    }

    // ---- the segment in SQL -----------------------------------------------------------------------------------
    // These two queries read the customer table directly, on purpose: the reach is one COUNT over the whole segment
    // joined to surveys' own survey_customer (quiet period), and a campaign walks up to hundreds of thousands of
    // customers in keyset chunks with that join; through the customers feature's service every customer would be
    // loaded as an entity and the quiet period checked one by one. Only the columns an invitation copies are read.

    private Reach reach(CampaignForm form, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String where = segmentWhere(form, now, params);
        params.put("quietSince", now.minus(settings.quietPeriod()));
        TypedQuery<Object[]> q = em.createQuery("select count(c), "
                + "sum(case when c.surveyOptOut = true then 1 else 0 end), "
                + "sum(case when c.surveyOptOut = false and (c.email is null or c.email = '') then 1 else 0 end), "
                + "sum(case when c.surveyOptOut = false and c.email is not null and c.email <> '' "
                + "and sc.lastInvitedAt is not null and sc.lastInvitedAt > :quietSince then 1 else 0 end) "
                + "from Customer c left join SurveyCustomer sc on sc.customerId = c.id where " + where, Object[].class);
        params.forEach(q::setParameter);
        Object[] row = q.getSingleResult();
        long total = num(row[0]);
        long optedOut = num(row[1]);
        long noEmail = num(row[2]);
        long quiet = num(row[3]);
        long eligible = Math.max(0, total - optedOut - noEmail - quiet);
        long willInvite = switch (form.getSampleKind()) {
            case ALL -> eligible;
            case COUNT -> Math.min(eligible, form.getSampleValue());
            case PERCENT -> Math.round(eligible * Math.min(100, Math.max(0, form.getSampleValue())) / 100.0);
        };
        return new Reach(total, noEmail, optedOut, quiet, eligible, willInvite);
    }

    /** The next eligible customers after {@code afterId}: id, layer, membership level, high-net-worth, manual VIP, language. */
    private List<Object[]> eligibleChunk(CampaignForm form, Instant now, long afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = segmentWhere(form, now, params);
        params.put("quietSince", now.minus(settings.quietPeriod()));
        params.put("after", afterId);
        TypedQuery<Object[]> q = em.createQuery("select c.id, c.layer, c.membershipLevel, c.highNetWorth, c.manualVip, sc.language "
                + "from Customer c left join SurveyCustomer sc on sc.customerId = c.id where "
                + where + " and c.surveyOptOut = false and c.email is not null and c.email <> '' "
                + "and (sc.lastInvitedAt is null or sc.lastInvitedAt <= :quietSince) and c.id > :after order by c.id", Object[].class);
        params.forEach(q::setParameter);
        return q.setMaxResults(limit).getResultList();
    }

    private String segmentWhere(CampaignForm form, Instant now, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("1 = 1");
        if (!form.effectiveLayers().isEmpty()) {
            // VIP is a layer in the picker; a VIP whose layer is at risk is still a VIP (Customer.isVip)
            boolean vipLayer = form.effectiveLayers().contains(CustomerLayer.HIGH_NET_WORTH);
            w.append(" and (c.layer in :layers").append(vipLayer ? " or c.highNetWorth = true or c.manualVip = true" : "").append(")");
            params.put("layers", form.effectiveLayers());
        }
        if (!form.getLevels().isEmpty()) {
            w.append(" and c.membershipLevel in :levels");
            params.put("levels", form.getLevels());
        }
        String vip = "(c.layer = com.cxops.portal.customers.CustomerLayer.HIGH_NET_WORTH or c.highNetWorth = true or c.manualVip = true)";
        if (form.getVip() == VipFilter.VIP) {
            w.append(" and ").append(vip);
        } else if (form.getVip() == VipFilter.NOT_VIP) {
            w.append(" and not ").append(vip);
        }
        if (form.getLastOrderDays() != null) {
            w.append(" and c.lastOrderAt >= :lastOrderSince");
            params.put("lastOrderSince", now.minus(Duration.ofDays(form.getLastOrderDays())));
        }
        return w.toString();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
