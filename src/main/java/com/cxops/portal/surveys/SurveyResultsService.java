package com.cxops.portal.surveys;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.customers.CustomerFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NPS and CSAT for managers, aggregated in SQL (GROUP BY score and the split's snapshot column on the answer and
 * invitation tables, read from their period indexes); only the histograms reach Java, where the calculators turn them
 * into scores with margins. An agent without a manager role sees only their own CSAT.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResultsService {

    private final EntityManager em;
    private final SurveySettings settings;
    private final ShopSettings shop;
    private final CurrentUser user;
    private final CustomerFacts customers;
    private final SurveyRollups rollups;

    SurveyResultsService(EntityManager em, SurveySettings settings, ShopSettings shop, CurrentUser user, CustomerFacts customers,
                         SurveyRollups rollups) {
        this.rollups = rollups;
        this.customers = customers;
        this.em = em;
        this.settings = settings;
        this.shop = shop;
        this.user = user;
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN, Role.Names.AGENT})
    public SurveyResults.Overview overview(SurveyKind kind, Instant from, Instant to, SurveySplit split, int months) {
        AnswerFilter base = restrict(AnswerFilter.of(kind, from, to));
        kind = base.kind();
        Map<String, long[]> histograms = new LinkedHashMap<>();
        Map<String, long[]> response = new LinkedHashMap<>();
        counts(base, split, histograms, response);
        int small = settings.smallSampleBelow();
        List<SurveyResults.Group> groups = new ArrayList<>();
        long[] all = new long[kind.max() - kind.min() + 1];
        for (Map.Entry<String, long[]> e : histograms.entrySet()) {
            long[] h = e.getValue();
            for (int i = 0; i < h.length; i++) {
                all[i] += h[i];
            }
            if (split != null) {
                long[] r = response.getOrDefault(e.getKey(), new long[2]);
                groups.add(new SurveyResults.Group(e.getKey(), score(kind, h, small), h, r[0], r[1]));
            }
        }
        long sent = 0;
        long answered = 0;
        for (long[] r : response.values()) {
            sent += r[0];
            answered += r[1];
        }
        if (split != null) {
            for (Map.Entry<String, long[]> e : response.entrySet()) {
                if (!histograms.containsKey(e.getKey())) {
                    long[] empty = new long[all.length];
                    groups.add(new SurveyResults.Group(e.getKey(), ScoreResult.none(), empty, e.getValue()[0], e.getValue()[1]));
                }
            }
            groups.sort((a, b) -> Long.compare(b.score().answers(), a.score().answers()));
        }
        SurveyResults.Group total = new SurveyResults.Group(null, score(kind, all, small), all, sent, answered);
        return new SurveyResults.Overview(total, groups, trend(base, months, to));
    }

    /** Answers, newest first, filtered; a slice (no count). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN, Role.Names.AGENT})
    public Slice<SurveyResults.AnswerRow> answers(AnswerFilter filter, Pageable pageable) {
        AnswerFilter f = restrict(filter);
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        TypedQuery<Object[]> q = em.createQuery("select a.id, a.kind, a.score, a.comment, a.themes, a.answeredAt, "
                + "a.customerId, a.complaintId, a.customerLayer, a.vip, a.agentId, a.followUpTaskId from Answer a where "
                + where + " order by a.answeredAt desc, a.id desc", Object[].class);
        params.forEach(q::setParameter);
        List<Object[]> rows = q.setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1).getResultList();
        boolean more = rows.size() > pageable.getPageSize();
        List<Object[]> page = more ? rows.subList(0, pageable.getPageSize()) : rows;
        // names come from the customers feature's read model: one query for the page, not a join on its table
        Map<Long, String> names = customers.names(page.stream().map(r -> (Long) r[6]).toList());
        List<SurveyResults.AnswerRow> result = page.stream().map(r -> new SurveyResults.AnswerRow((Long) r[0],
                (SurveyKind) r[1], ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (Instant) r[5], (Long) r[6],
                names.getOrDefault((Long) r[6], "#" + r[6]), (Long) r[7], text(r[8]), (Boolean) r[9], (Long) r[10],
                (Long) r[11])).toList();
        return new SliceImpl<>(result, pageable, more);
    }

    /** How many answers the filter lists: the same number as the results group the filter drilled into. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN, Role.Names.AGENT})
    public long countAnswers(AnswerFilter filter) {
        AnswerFilter f = restrict(filter);
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        TypedQuery<Long> q = em.createQuery("select count(a) from Answer a where " + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private AnswerFilter restrict(AnswerFilter f) {
        boolean manager = user.hasRole(Role.Names.MANAGER) || user.hasRole(Role.Names.EXECUTIVE) || user.hasRole(Role.Names.ADMIN);
        if (manager) {
            return f;
        }
        // an agent sees the CSAT of the complaints they handled
        String me = user.id().map(String::valueOf).orElse("-1");
        return new AnswerFilter(SurveyKind.CSAT, f.from(), f.to(), f.groups(), f.band(), f.theme(), f.withComment(), f.text())
                .drill(SurveySplit.AGENT, me);
    }

    private Map<String, long[]> histograms(AnswerFilter f, SurveySplit split) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        String group = split == null ? "''" : "a." + split.property();
        TypedQuery<Object[]> q = em.createQuery("select " + group + ", a.score, count(a) from Answer a where " + where
                + " group by " + group + ", a.score", Object[].class);
        params.forEach(q::setParameter);
        Map<String, long[]> result = new LinkedHashMap<>();
        int size = f.kind().max() - f.kind().min() + 1;
        for (Object[] row : q.getResultList()) {
            String key = split == null ? "" : text(row[0]);
            int score = ((Number) row[1]).intValue();
            if (f.kind().onScale(score)) {
                result.computeIfAbsent(key, k -> new long[size])[score - f.kind().min()] += ((Number) row[2]).longValue();
            }
        }
        return result;
    }

    /** Per group: invitations sent in the period, and how many of them were answered. */
    private Map<String, long[]> responses(AnswerFilter f, SurveySplit split) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder w = new StringBuilder("i.kind = :kind and i.sentAt >= :from and i.sentAt < :to");
        params.put("kind", f.kind());
        params.put("from", f.from());
        params.put("to", f.to());
        f.groups().forEach((dimension, value) -> w.append(groupCondition("i", dimension, value, params)));
        String group = split == null ? "''" : "i." + split.property();
        TypedQuery<Object[]> q = em.createQuery("select " + group + ", count(i), "
                + "sum(case when i.status = com.cxops.portal.surveys.InvitationStatus.ANSWERED then 1 else 0 end) "
                + "from Invitation i where " + w + " group by " + group, Object[].class);
        params.forEach(q::setParameter);
        Map<String, long[]> result = new LinkedHashMap<>();
        for (Object[] row : q.getResultList()) {
            result.put(split == null ? "" : text(row[0]), new long[]{((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        return result;
    }

    /**
     * The histograms and responses per group of the split: the whole months of the period from the monthly rollups
     * when they can answer (the filter names at most one dimension, the split's), the edges of a period that is not
     * month-aligned live; otherwise all live. The maps hold the same groups and numbers either way.
     */
    private void counts(AnswerFilter f, SurveySplit split, Map<String, long[]> histograms, Map<String, long[]> response) {
        ZoneId zone = shop.zone();
        String[] rollup = rollupKey(f, split);
        SurveyRollups.Cover cover = rollup == null ? null : SurveyRollups.cover(f.from(), f.to(), zone);
        if (cover == null || !cover.hasMonths() || !rollups.ready(zone)) {
            histograms.putAll(histograms(f, split));
            response.putAll(responses(f, split));
            return;
        }
        int size = f.kind().max() - f.kind().min() + 1;
        rollups.read(f.kind(), rollup[0], rollup[1], cover.first(), cover.last()).forEach((group, c) -> {
            String key = split == null ? "" : group;
            long[] h = new long[size];
            long n = 0;
            for (int score = f.kind().min(); score <= f.kind().max(); score++) {
                h[score - f.kind().min()] = c.scores()[score];
                n += c.scores()[score];
            }
            if (n > 0) {
                add(histograms, key, h);
            }
            if (c.sent() > 0) {
                add(response, key, new long[]{c.sent(), c.answered()});
            }
        });
        for (Instant[] edge : cover.edges()) {
            AnswerFilter ef = new AnswerFilter(f.kind(), edge[0], edge[1], f.groups(), null, null, false, null);
            histograms(ef, split).forEach((k, v) -> add(histograms, k, v));
            responses(ef, split).forEach((k, v) -> add(response, k, v));
        }
    }

    /** The rollup dimension and value (null: every value) that answer this filter and split, or null when none does. */
    private static String[] rollupKey(AnswerFilter f, SurveySplit split) {
        if (f.band() != null || (f.theme() != null && !f.theme().isBlank()) || f.withComment()
                || (f.text() != null && !f.text().isBlank())) {
            return null;
        }
        if (f.groups().isEmpty()) {
            return new String[]{split == null ? SurveyRollups.ALL : split.name(), null};
        }
        if (f.groups().size() == 1) {
            Map.Entry<SurveySplit, String> only = f.groups().entrySet().iterator().next();
            if (split == null || split == only.getKey()) {
                return new String[]{only.getKey().name(), only.getValue()};
            }
        }
        return null;
    }

    private static void add(Map<String, long[]> into, String key, long[] values) {
        long[] sum = into.get(key);
        if (sum == null) {
            into.put(key, values.clone());
        } else {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += values[i];
            }
        }
    }

    /**
     * The last {@code months} calendar months of the shop's zone up to {@code to}: whole months, read from the monthly
     * rollups in one query when they can answer the filter, else one indexed query per month.
     */
    private List<SurveyResults.Month> trend(AnswerFilter f, int months, Instant to) {
        ZoneId zone = shop.zone();
        YearMonth last = YearMonth.from(to.minusNanos(1).atZone(zone));
        List<SurveyResults.Month> trend = new ArrayList<>();
        int small = settings.smallSampleBelow();
        int size = f.kind().max() - f.kind().min() + 1;
        String[] rollup = rollupKey(new AnswerFilter(f.kind(), f.from(), f.to(), f.groups(), null, null, false, null), null);
        Map<YearMonth, long[]> rolled = rollup != null && months > 0 && rollups.ready(zone)
                ? rollups.monthlyScores(f.kind(), rollup[0], rollup[1] == null ? "" : rollup[1], last.minusMonths(months - 1), last)
                : null;
        for (int i = months - 1; i >= 0; i--) {
            YearMonth m = last.minusMonths(i);
            long[] h;
            if (rolled != null) {
                long[] s = rolled.get(m);
                h = new long[size];
                if (s != null) {
                    System.arraycopy(s, f.kind().min(), h, 0, size);
                }
            } else {
                Instant start = m.atDay(1).atStartOfDay(zone).toInstant();
                Instant end = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
                AnswerFilter mf = new AnswerFilter(f.kind(), start, end, f.groups(), null, null, false, null);
                h = histograms(mf, null).getOrDefault("", new long[size]);
            }
            trend.add(new SurveyResults.Month(m, score(f.kind(), h, small)));
        }
        return trend;
    }

    private String where(AnswerFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("a.kind = :kind and a.answeredAt >= :from and a.answeredAt < :to");
        params.put("kind", f.kind());
        params.put("from", f.from());
        params.put("to", f.to());
        f.groups().forEach((dimension, value) -> w.append(groupCondition("a", dimension, value, params)));
        if (f.band() != null) {
            w.append(" and a.score between :low and :high");
            params.put("low", f.band().low(f.kind()));
            params.put("high", f.band().high(f.kind()));
        }
        if (f.theme() != null && !f.theme().isBlank()) {
            w.append(" and concat(',', a.themes, ',') like :theme");
            params.put("theme", "%," + f.theme().strip() + ",%");
        }
        if (f.withComment()) {
            w.append(" and a.comment is not null");
        }
        if (f.text() != null && !f.text().isBlank()) {
            w.append(" and lower(a.comment) like :text");
            params.put("text", "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return w.toString();
    }

    private static String groupCondition(String alias, SurveySplit split, String group, Map<String, Object> params) {
        String path = alias + "." + split.property();
        if (group.isEmpty()) {
            return " and " + path + " is null";
        }
        Object value = switch (split) {
            case LAYER -> com.cxops.portal.customers.CustomerLayer.valueOf(group);
            case MEMBERSHIP -> com.cxops.portal.customers.MembershipLevel.valueOf(group);
            case VIP -> Boolean.parseBoolean(group);
            case TIER -> com.cxops.portal.complaints.Tier.valueOf(group);
            case CATEGORY -> com.cxops.portal.complaints.ComplaintCategory.valueOf(group);
            case TEAM, AGENT -> Long.parseLong(group);
        };
        String name = "group" + split.name();
        params.put(name, value);
        return " and " + path + " = :" + name;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    static ScoreResult score(SurveyKind kind, long[] histogram, int small) {
        return kind == SurveyKind.NPS ? NpsCalculator.ofHistogram(histogram, small) : CsatCalculator.ofHistogram(histogram, small);
    }
}
