package com.cxops.portal.complaints;

import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A queue filtered on several statuses (and tiers) and sorted by age is read as one part per status and tier, each
 * stopping after the page (ComplaintQueue): its pages hold exactly the rows, in exactly the order, of the filter
 * applied in Java to everything the viewer may read, sorted in Java ("my open" leaves the visibility rule out, as an
 * agent may always read their own complaints: the same rows).
 */
class ComplaintQueuePartsTest extends ComplaintTestSupport {

    private static final Instant BASE = Instant.parse("2045-03-01T08:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pages_of_a_filter_on_several_statuses_and_tiers_are_those_of_the_whole_list_sorted_by_age() {
        String agent = newStaff(Role.AGENT);
        String colleague = newStaff(Role.AGENT);
        Team mine = team(null, staffId(agent), staffId(colleague));
        Team other = team(null);
        String marker = unique("h5-parts");
        long customer = customer();
        ComplaintStatus[] statuses = ComplaintStatus.values();
        Tier[] tiers = Tier.values();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            ComplaintForm form = form(customer, marker + " " + i);
            form.setTeamId(i % 5 == 0 ? other.getId() : i % 7 == 0 ? null : mine.getId());
            long id = intake(form).getId();
            ids.add(id);
            Long assignee = i % 3 == 0 ? null : i % 3 == 1 ? staffId(agent) : staffId(colleague);
            // every fourth complaint shares its instant with the one before: the id decides their order
            Instant created = BASE.plusSeconds(60L * (i - i % 4 / 3));
            jdbc.update("UPDATE complaint SET status = ?, tier = ?, assignee_id = ?, created_at = ? WHERE id = ?",
                    statuses[i % statuses.length].name(), tiers[(i / 2) % tiers.length].name(), assignee,
                    Timestamp.valueOf(created.atOffset(ZoneOffset.UTC).toLocalDateTime()), id);
        }

        actAs(agent, Role.AGENT);
        ComplaintFilter unassignedUrgent = ComplaintFilter.unassignedUrgentAndMajor();
        unassignedUrgent.setText(marker);
        ComplaintFilter myOpen = ComplaintFilter.myOpen(staffId(agent));
        myOpen.setText(marker);
        ComplaintFilter severalStatuses = new ComplaintFilter();
        severalStatuses.setStatuses(EnumSet.of(ComplaintStatus.NEW, ComplaintStatus.RESOLVED, ComplaintStatus.REOPENED));
        severalStatuses.setTiers(EnumSet.of(Tier.NORMAL, Tier.MAJOR));
        severalStatuses.setText(marker);
        ComplaintFilter visibleToMe = new ComplaintFilter();
        visibleToMe.setText(marker);
        List<ComplaintRow> readable = everything(visibleToMe);
        long meId = staffId(agent);
        Map<ComplaintFilter, Predicate<ComplaintRow>> filters = Map.of(
                unassignedUrgent, r -> r.assigneeId() == null && r.tier() != Tier.NORMAL && ComplaintFilter.OPEN.contains(r.status()),
                myOpen, r -> Long.valueOf(meId).equals(r.assigneeId()) && ComplaintFilter.OPEN.contains(r.status()),
                severalStatuses, r -> severalStatuses.getStatuses().contains(r.status()) && severalStatuses.getTiers().contains(r.tier()));
        for (var entry : filters.entrySet()) {
            ComplaintFilter filter = entry.getKey();
            for (Sort.Direction direction : Sort.Direction.values()) {
                List<Long> expected = readable.stream().filter(entry.getValue())
                        .sorted(Comparator.comparing(ComplaintRow::createdAt).thenComparing(ComplaintRow::id))
                        .map(ComplaintRow::id).toList();
                if (direction == Sort.Direction.DESC) {
                    expected = expected.reversed();
                }
                assertThat(expected).as("the filter matches a few of the complaints").isNotEmpty().hasSizeLessThan(ids.size());
                List<Long> paged = new ArrayList<>();
                Slice<ComplaintRow> page;
                int n = 0;
                do {
                    page = service.page(filter, ZoneOffset.UTC, PageRequest.of(n++, 2,
                            ComplaintFilter.queueOrder(Sort.by(direction, "createdAt"))));
                    page.getContent().forEach(r -> paged.add(r.id()));
                } while (page.hasNext());
                assertThat(paged).as("%s, %s", filter.serialize(), direction).containsExactlyElementsOf(expected);
            }
        }
    }

    /** Everything the filter matches for the caller, read without the age order (one statement, not in parts). */
    private List<ComplaintRow> everything(ComplaintFilter filter) {
        return service.page(filter, ZoneOffset.UTC, PageRequest.of(0, 1000, Sort.by("id"))).getContent();
    }
}
