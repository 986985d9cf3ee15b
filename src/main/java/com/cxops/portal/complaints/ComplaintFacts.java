package com.cxops.portal.complaints;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other features need to know of a complaint and of teams, read without a staff caller (surveys' jobs run as
 * the system; {@link ComplaintService} checks a staff member's access). Reads only.
 */
@Component
@Transactional(readOnly = true)
public class ComplaintFacts {

    /** A complaint as a survey sees it: its number, customer, tier, category, team and the agent who handles it. */
    public record Snapshot(long id, String number, long customerId, Tier tier, ComplaintCategory category, Long teamId,
                           Long assigneeId) {
    }

    /** A resolved complaint as a CSAT invitation copies it. */
    public record Resolution(long id, long customerId, Instant resolvedAt, Tier tier, ComplaintCategory category, Long teamId,
                             Long assigneeId) {
    }

    /** A team by name, for pickers. */
    public record TeamName(long id, String name) {
    }

    private final EntityManager em;

    ComplaintFacts(EntityManager em) {
        this.em = em;
    }

    public Optional<Snapshot> find(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id)).map(c -> new Snapshot(c.getId(), c.getNumber(),
                c.getCustomerId(), c.getTier(), c.getCategory(), c.getTeamId(), c.getAssigneeId()));
    }

    /** The first {@code limit} resolved complaints by id (the survey demo data sends their CSAT invitations). */
    public List<Resolution> firstResolved(int limit) {
        return em.createQuery("select c.id, c.customerId, c.resolvedAt, c.tier, c.category, c.teamId, c.assigneeId from Complaint c "
                        + "where c.resolvedAt is not null order by c.id", Object[].class).setMaxResults(limit).getResultList().stream()
                .map(r -> new Resolution((Long) r[0], (Long) r[1], (Instant) r[2], (Tier) r[3], (ComplaintCategory) r[4], (Long) r[5],
                        (Long) r[6])).toList();
    }

    /** How a drill-down names a complaint: its number and its customer's name as the complaint stores it. */
    public record Label(String number, String customerName) {
    }

    /** The labels of these complaints (ids without a complaint are left out), read a thousand ids at a time. */
    public Map<Long, Label> labels(Collection<Long> ids) {
        Map<Long, Label> out = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1_000) {
            em.createQuery("select c.id, c.number, c.customerName from Complaint c where c.id in :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1_000))).getResultList()
                    .forEach(r -> out.put((Long) r[0], new Label((String) r[1], (String) r[2])));
        }
        return out;
    }

    public boolean teamExists(long teamId) {
        return em.find(Team.class, teamId) != null;
    }

    /** Every team, by name. */
    public List<TeamName> teams() {
        return em.createQuery("select t.id, t.name from Team t order by t.name, t.id", Object[].class).getResultList().stream()
                .map(r -> new TeamName((Long) r[0], (String) r[1])).toList();
    }
}
