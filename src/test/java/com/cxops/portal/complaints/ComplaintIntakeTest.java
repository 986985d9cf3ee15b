package com.cxops.portal.complaints;

import com.cxops.portal.complaints.tiering.TierReason;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintIntakeTest extends ComplaintTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void agent_logs_a_complaint_with_a_readable_number_and_a_normal_tier() {
        long customer = customer();
        actAsNew(Role.AGENT);
        clock.set(Instant.parse("2026-03-04T10:00:00Z"));
        Complaint c = intakeService.create(form(customer, "Kettle broken"));
        assertThat(c.getNumber()).matches("CX-2026-\\d{6,}").endsWith(String.format("%06d", c.getId()));
        assertThat(c.getTier()).isEqualTo(Tier.NORMAL);
        assertThat(TierReason.summary(c.getTierReason())).isEqualTo("Normal: no escalation rule matched");
        assertThat(c.getStatus()).isEqualTo(ComplaintStatus.NEW);
        assertThat(c.getCreatedAt()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
        assertThat(timeline(c.getId())).extracting(TimelineEntry::getKind).containsExactly(TimelineKind.CREATED, TimelineKind.TIER);
    }

    @Test
    void public_post_by_a_vip_gives_urgent_with_both_reasons() {
        long customer = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, false, null);
        ComplaintForm f = form(customer, "Rude courier");
        f.setSpreadRisk(SpreadRisk.PUBLIC_POST);
        Complaint c = intake(f);
        assertThat(c.getTier()).isEqualTo(Tier.URGENT);
        assertThat(TierReason.summary(c.getTierReason())).isEqualTo("Urgent: public post; VIP customer");
    }

    @Test
    void vip_complaint_notifies_the_account_manager_at_once_and_adds_them_as_watcher() {
        String manager = newStaff(Role.VIP_MANAGER);
        long customer = vipCustomer(staffId(manager));
        Complaint c = intake(customer);
        assertThat(c.getWatcherIds()).containsExactly(staffId(manager));
        Integer notices = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND type = 'COMPLAINT_VIP_ROUTED' AND link = ?",
                Integer.class, manager, "complaints/" + c.getId());
        assertThat(notices).isEqualTo(1);
    }

    @Test
    void order_amount_is_taken_from_the_order_and_must_belong_to_the_customer() {
        long customer = customer();
        long other = customer();
        String order = customers.order(customer, new BigDecimal("88.50"), "CNY");
        ComplaintForm f = form(customer, "Late parcel");
        f.setOrderExternalId(order);
        Complaint c = intake(f);
        assertThat(c.getOrderAmount()).isEqualByComparingTo("88.50");
        assertThat(c.getOrderCurrency()).isEqualTo("CNY");

        ComplaintForm wrong = form(other, "Late parcel");
        wrong.setOrderExternalId(order);
        assertThatThrownBy(() -> intake(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsEntry("orderExternalId", "complaint.error.order-customer"));
    }

    @Test
    void bad_input_is_refused_with_a_message_per_field_and_nothing_is_saved() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
        ComplaintForm f = new ComplaintForm();
        f.setCustomerId(-5L);
        f.setSubject("x".repeat(201));
        f.setDescription("  ");
        f.setAffectedCount(0);
        f.setOrderExternalId("no-such-order");
        assertThatThrownBy(() -> intake(f)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getFieldErrors())
                    .containsEntry("customerId", "complaint.error.customer")
                    .containsEntry("channel", "complaint.error.channel")
                    .containsEntry("category", "complaint.error.category")
                    .containsEntry("subject", InvalidInputException.TOO_LONG)
                    .containsEntry("description", "complaint.error.description")
                    .containsEntry("affectedCount", "complaint.error.affected")
                    .containsEntry("orderExternalId", "complaint.error.order");
            assertThat(e.arguments("subject")).as("the limit travels with the message").containsExactly(Complaint.SUBJECT_MAX);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class)).isEqualTo(before);
    }

    @Test
    void executives_and_vip_managers_cannot_log_complaints() {
        long customer = customer();
        actAsNew(Role.EXECUTIVE);
        assertThatThrownBy(() -> intakeService.create(form(customer, "x"))).isInstanceOf(AccessDeniedException.class);
        actAsNew(Role.VIP_MANAGER);
        assertThatThrownBy(() -> intakeService.create(form(customer, "x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void repeat_complaint_within_seven_days_is_urgent_but_not_after() {
        long customer = customer();
        clock.set(Instant.parse("2026-05-01T08:00:00Z"));
        intake(customer);
        clock.set(Instant.parse("2026-05-07T08:00:00Z"));
        Complaint second = intake(customer);
        assertThat(second.getTier()).isEqualTo(Tier.URGENT);
        assertThat(TierReason.summary(second.getTierReason())).contains("repeat complaint");
        clock.set(Instant.parse("2026-05-20T08:00:00Z"));
        assertThat(intake(customer).getTier()).isEqualTo(Tier.NORMAL);
    }

    @Test
    void chinese_safety_keyword_makes_the_complaint_major() {
        ComplaintForm f = form(customer(), "充电器起火了");
        f.setDescription("昨天晚上充电的时候冒烟");
        Complaint c = intake(f);
        assertThat(c.getTier()).isEqualTo(Tier.MAJOR);
        assertThat(TierReason.summary(c.getTierReason())).isEqualTo("Major: safety (keywords)");
    }

    @Test
    void sla_status_is_recorded_without_changing_the_version() {
        Complaint c = intake(customer());
        slaService.recordSlaStatus(c.getId(), Instant.parse("2026-06-01T12:00:00Z"), null, true);
        Complaint after = asManager(() -> service.get(c.getId()));
        assertThat(after.getSlaDueAt()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z"));
        assertThat(after.isSlaBreached()).isTrue();
        assertThat(after.getVersion()).isEqualTo(c.getVersion());
    }

    @Test
    void creation_publishes_complaint_created() {
        CapturedComplaintEvents.clear();
        Complaint c = intake(customer());
        assertThat(CapturedComplaintEvents.all()).contains(new ComplaintCreated(c.getId(), Tier.NORMAL, c.getCreatedAt()));
    }

    @Test
    void sla_feature_reads_the_facts_of_a_complaint_without_a_user() {
        Complaint first = intake(customer());
        SecurityContextHolder.clearContext();
        SlaFacts facts = slaService.slaFacts(first.getId()).orElseThrow();
        assertThat(facts.number()).isEqualTo(first.getNumber());
        assertThat(facts.status()).isEqualTo(ComplaintStatus.NEW);
        assertThat(facts.createdAt()).isEqualTo(first.getCreatedAt());
    }
}
