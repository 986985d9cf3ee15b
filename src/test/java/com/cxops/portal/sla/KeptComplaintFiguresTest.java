package com.cxops.portal.sla;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintKpis;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.CompensationKind;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Tier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaints' and service levels' figures of a settled month are kept when a pack first counts them, and every
 * write through the portal that could change them has them counted again: equal to the live figures at each step.
 * In 1993, before any other test's clocks, so that the monitor's tick meets only this test's.
 */
class KeptComplaintFiguresTest extends SlaTestSupport {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ComplaintKpis complaintKpis;
    @Autowired
    SlaKpis slaKpis;

    private static KpiPeriod march(Instant now) {
        return KpiPeriod.of(LocalDate.of(1993, 3, 1), LocalDate.of(1993, 4, 1), SHANGHAI, now);
    }

    private Map<String, Map<String, KpiValue>> packed(com.cxops.portal.base.kpi.KpiReadModel model) {
        KpiPeriod p = march(clock.instant());
        return model.packFigures(List.of(p), d -> true).get(p);
    }

    private Map<String, Map<String, KpiValue>> live(com.cxops.portal.base.kpi.KpiReadModel model) {
        KpiPeriod p = march(clock.instant());
        return model.computeAll(List.of(p), d -> true).get(p);
    }

    private List<Long> kept(String model) {
        return jdbc.queryForList("SELECT id FROM kpi_kept_period WHERE model = ? AND start_at = ?", Long.class, model,
                LocalDateTime.ofInstant(march(clock.instant()).start(), ZoneOffset.UTC));
    }

    /** The count behind a figure (a count's value, a rate's denominator), 0 when there is none. */
    private static long count(Map<String, Map<String, KpiValue>> f, String kpi, String split) {
        KpiValue v = f.getOrDefault(kpi, Map.of()).get(split);
        if (v == null) {
            return 0;
        }
        return v.denominator() != null ? v.denominator() : v.value() == null ? 0 : v.value().longValueExact();
    }

    @Test
    void a_settled_months_figures_are_kept_and_every_write_that_changes_them_has_them_counted_again() {
        Crew crew = crew();
        // what earlier runs on the same database left in March 1993
        clock.set(Instant.parse("1993-05-15T04:00:00Z"));
        Map<String, Map<String, KpiValue>> complaintsBefore = live(complaintKpis);
        Map<String, Map<String, KpiValue>> slaBefore = live(slaKpis);
        long urgent = count(complaintsBefore, "complaints.received", "tier:URGENT");
        long normal = count(complaintsBefore, "complaints.received", "tier:NORMAL");
        long responses = count(slaBefore, "sla.compliance", "target:FIRST_RESPONSE");

        clock.set(Instant.parse("1993-03-10T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);  // urgent: first response within 30 minutes
        clock.set(Instant.parse("1993-05-15T04:00:00Z"));

        // first count: kept
        assertThat(packed(complaintKpis)).isEqualTo(live(complaintKpis));
        assertThat(count(packed(complaintKpis), "complaints.received", "tier:URGENT")).isEqualTo(urgent + 1);
        assertThat(packed(slaKpis)).isEqualTo(live(slaKpis));
        List<Long> complaintsKept = kept("complaints");
        List<Long> slaKept = kept("sla");
        assertThat(complaintsKept).hasSize(1);
        assertThat(slaKept).hasSize(1);
        assertThat(packed(complaintKpis)).isEqualTo(live(complaintKpis));
        assertThat(kept("complaints")).as("read back, not counted again").isEqualTo(complaintsKept);

        // a complaint logged today touches nothing kept
        complaint(crew, SpreadRisk.PRIVATE);
        assertThat(kept("complaints")).isEqualTo(complaintsKept);
        assertThat(kept("sla")).isEqualTo(slaKept);

        // the monitor breaches the March complaint's first response (plain SQL): March's compliance is counted again
        assertThat(count(packed(slaKpis), "sla.compliance", "target:FIRST_RESPONSE")).as("running: not decided").isEqualTo(responses);
        actAsNew(Role.MANAGER);
        monitor.tick();
        assertThat(kept("sla")).isEmpty();
        assertThat(packed(slaKpis)).isEqualTo(live(slaKpis));
        // (more than one on a database where an earlier run stopped before its complaint was answered)
        assertThat(count(packed(slaKpis), "sla.compliance", "target:FIRST_RESPONSE")).isGreaterThan(responses);

        // a person changes its tier two months later (an entity write): counted again, and kept again
        actAsNew(Role.MANAGER);
        workflow.changeTier(c.getId(), Tier.NORMAL, "Misread", service.get(c.getId()).getVersion());
        assertThat(kept("complaints")).isEmpty();
        assertThat(packed(complaintKpis)).isEqualTo(live(complaintKpis));
        assertThat(count(packed(complaintKpis), "complaints.received", "tier:NORMAL")).isEqualTo(normal + 1);
        assertThat(count(packed(complaintKpis), "complaints.received", "tier:URGENT")).isEqualTo(urgent);
        assertThat(kept("complaints")).hasSize(1);

        // acknowledged now: the response clock is met late (an entity write of the clock), the complaint moves on
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        move(c.getId(), ComplaintStatus.RESOLVED);
        assertThat(packed(slaKpis)).isEqualTo(live(slaKpis));
        assertThat(packed(complaintKpis)).isEqualTo(live(complaintKpis));

        // a compensation is counted in its own month, May: March's kept figures stay equal to the live ones
        actAsNew(Role.MANAGER);
        List<Long> before = kept("complaints");
        com.cxops.portal.complaints.CompensationForm coupon = new com.cxops.portal.complaints.CompensationForm();
        coupon.setKind(CompensationKind.COUPON);
        coupon.setAmount(new BigDecimal("20.00"));
        coupon.setCurrency("CNY");
        coupon.setReason("Late reply");
        workflow.addCompensation(c.getId(), coupon);
        assertThat(kept("complaints")).isEqualTo(before);
        assertThat(packed(complaintKpis)).isEqualTo(live(complaintKpis));
    }
}
