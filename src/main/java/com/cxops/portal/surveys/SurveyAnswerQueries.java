package com.cxops.portal.surveys;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The live queries of the survey results on the answer and invitation tables, each one JPQL statement read from
 * their period indexes: a page of answers, their count, the score histograms and the responses per split group.
 * Callers have already restricted the filter to what the user may see.
 */
@Component
class SurveyAnswerQueries {

    private final EntityManager em;

    SurveyAnswerQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Answers, newest first: one more row than the page holds, so the caller knows whether more follow. Columns: id,
     * kind, score, comment, themes, answered at, customer, complaint, layer, vip, agent, follow-up task.
     */
    List<Object[]> page(AnswerFilter f, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        TypedQuery<Object[]> q = em.createQuery("select a.id, a.kind, a.score, a.comment, a.themes, a.answeredAt, "
                + "a.customerId, a.complaintId, a.customerLayer, a.vip, a.agentId, a.followUpTaskId from Answer a where "
                + where + " order by a.answeredAt desc, a.id desc", Object[].class);
        params.forEach(q::setParameter);
        return q.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize() + 1).getResultList();
    }

    long count(AnswerFilter f) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        TypedQuery<Long> q = em.createQuery("select count(a) from Answer a where " + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Per group of the split ("" without one): the answers per score of the kind's scale. */
    Map<String, long[]> histograms(AnswerFilter f, SurveySplit split) {
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
    Map<String, long[]> responses(AnswerFilter f, SurveySplit split) {
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

    /** A split column's value as the results name a group ("" for an empty column). */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
