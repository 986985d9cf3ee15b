package com.cxops.portal.concierge;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintTestSupport;
import com.cxops.portal.customers.CustomerEnteredAtRisk;
import com.cxops.portal.customers.CustomerHighNetWorthChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each automatic task exactly once per trigger, for the right person. */
class AutomaticTasksTest extends ComplaintTestSupport {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AbsenceService absences;
    @Autowired
    AutomaticTasks automatic;

    private List<Map<String, Object>> tasksOf(long customerId, String type) {
        return jdbc.queryForList("SELECT t.id, t.owner_id, t.pool, t.source_id FROM task t JOIN task_type y ON y.id = t.task_type_id "
                + "WHERE t.customer_id = ? AND y.code = ?", customerId, type);
    }

    @Test
    void a_vip_complaint_creates_one_follow_up_for_the_account_manager() {
        String manager = newStaff(Role.VIP_MANAGER);
        long vip = vipCustomer(staffId(manager));
        Complaint complaint = intake(vip);
        List<Map<String, Object>> tasks = tasksOf(vip, "COMPLAINT_FOLLOW_UP");
        assertThat(tasks).hasSize(1);
        assertThat(((Number) tasks.get(0).get("owner_id")).longValue()).isEqualTo(staffId(manager));
        assertThat(tasks.get(0).get("source_id")).isEqualTo(String.valueOf(complaint.getId()));
        // a second delivery of the same event
        automatic.onComplaint(new com.cxops.portal.complaints.ComplaintCreated(complaint.getId(), complaint.getTier(), clock.instant()));
        assertThat(tasksOf(vip, "COMPLAINT_FOLLOW_UP")).hasSize(1);
    }

    @Test
    void a_regular_customers_complaint_creates_no_task() {
        long regular = customer();
        intake(regular);
        assertThat(tasksOf(regular, "COMPLAINT_FOLLOW_UP")).isEmpty();
    }

    @Test
    void while_the_manager_is_away_the_deputy_gets_the_follow_up_and_the_alert() {
        String manager = newStaff(Role.VIP_MANAGER);
        String deputy = newStaff(Role.VIP_MANAGER);
        actAs(manager, Role.VIP_MANAGER);
        LocalDate today = clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        absences.record(new AbsenceForm(null, staffId(deputy), today, today.plusDays(3), "Holiday"));
        long vip = vipCustomer(staffId(manager));
        Complaint complaint = intake(vip);
        List<Map<String, Object>> tasks = tasksOf(vip, "COMPLAINT_FOLLOW_UP");
        assertThat(tasks).hasSize(1);
        assertThat(((Number) tasks.get(0).get("owner_id")).longValue()).isEqualTo(staffId(deputy));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_event WHERE task_id = ? AND kind = 'ROUTED_TO_DEPUTY'", Long.class,
                tasks.get(0).get("id"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND link = ?", Long.class,
                deputy, "complaints/" + complaint.getId())).isEqualTo(1);
    }

    @Test
    void a_vip_entering_at_risk_gets_one_win_back_task() {
        String manager = newStaff(Role.VIP_MANAGER);
        long vip = vipCustomer(staffId(manager));
        Instant at = clock.instant();
        events.publishEvent(new CustomerEnteredAtRisk(vip, at));
        events.publishEvent(new CustomerEnteredAtRisk(vip, at));
        assertThat(tasksOf(vip, "WIN_BACK")).hasSize(1);
        assertThat(((Number) tasksOf(vip, "WIN_BACK").get(0).get("owner_id")).longValue()).isEqualTo(staffId(manager));
        long regular = customer();
        events.publishEvent(new CustomerEnteredAtRisk(regular, at));
        assertThat(tasksOf(regular, "WIN_BACK")).isEmpty();
    }

    @Test
    void a_new_high_net_worth_customer_gets_a_manager_by_book_size_and_one_welcome_task() {
        newStaff(Role.VIP_MANAGER);
        long customer = customer();
        Instant at = clock.instant();
        events.publishEvent(new CustomerHighNetWorthChanged(customer, true, at));
        events.publishEvent(new CustomerHighNetWorthChanged(customer, true, at));
        Long manager = jdbc.queryForObject("SELECT account_manager_id FROM customer WHERE id = ?", Long.class, customer);
        assertThat(manager).isNotNull();
        // the chosen manager had the smallest book among VIP managers who are not away
        Long smallest = jdbc.queryForObject("""
                SELECT MIN(cnt) FROM (SELECT s.id, (SELECT COUNT(*) FROM customer c WHERE c.account_manager_id = s.id AND c.id <> ?) cnt
                FROM staff_member s JOIN staff_role r ON r.staff_id = s.id WHERE r.role = 'VIP_MANAGER' AND s.enabled = TRUE) x""",
                Long.class, customer);
        Long chosenBook = jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE account_manager_id = ? AND id <> ?", Long.class, manager, customer);
        assertThat(chosenBook).isEqualTo(smallest);
        List<Map<String, Object>> welcome = tasksOf(customer, "WELCOME");
        assertThat(welcome).hasSize(1);
        assertThat(((Number) welcome.get(0).get("owner_id")).longValue()).isEqualTo(manager);
        // within 48 h of its creation (compared with the creation, not with the event: a loaded machine takes seconds between)
        Map<String, Object> times = jdbc.queryForMap("SELECT created_at, due_at FROM task WHERE id = ?", welcome.get(0).get("id"));
        Instant created = ((java.sql.Timestamp) times.get("created_at")).toInstant();
        assertThat(created).isAfterOrEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(((java.sql.Timestamp) times.get("due_at")).toInstant()).isBeforeOrEqualTo(created.plus(java.time.Duration.ofHours(48)));
    }

    @Test
    void a_customer_leaving_high_net_worth_is_flagged_to_the_manager_and_stays_in_the_book() {
        String manager = newStaff(Role.VIP_MANAGER);
        long vip = vipCustomer(staffId(manager));
        events.publishEvent(new CustomerHighNetWorthChanged(vip, false, clock.instant()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND type = 'CONCIERGE_LEFT_HNW'",
                Long.class, manager)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT account_manager_id FROM customer WHERE id = ?", Long.class, vip)).isEqualTo(staffId(manager));
    }
}
