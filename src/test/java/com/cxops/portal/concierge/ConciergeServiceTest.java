package com.cxops.portal.concierge;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskSourceType;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConciergeServiceTest extends SpringTestBase {

    @Autowired
    ConciergeService concierge;
    @Autowired
    AbsenceService absences;
    @Autowired
    RightsService rights;
    @Autowired
    ContactService contacts;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    TestCustomers customers;
    @Autowired
    JdbcTemplate jdbc;

    private long staff(String username) {
        return testStaff.get(username).getId();
    }

    private String vipManager() {
        String u = unique("v");
        testStaff.ensure(u, Role.VIP_MANAGER);
        return u;
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsEntry(field, key));
    }

    @Test
    void absences_refuse_bad_dates_overlaps_an_absent_deputy_and_oneself() {
        String a = vipManager();
        String b = vipManager();
        String c = vipManager();
        LocalDate d = today().plusDays(10);
        actAs(a, Role.VIP_MANAGER);
        refused(() -> absences.record(new AbsenceForm(null, staff(b), d, d.minusDays(1), null)), "endsOn", "concierge.error.absence-order");
        refused(() -> absences.record(new AbsenceForm(null, staff(a), d, d.plusDays(2), null)), "deputyId", "concierge.error.deputy-self");
        absences.record(new AbsenceForm(null, staff(b), d, d.plusDays(4), null));
        refused(() -> absences.record(new AbsenceForm(null, staff(c), d.plusDays(4), d.plusDays(6), null)), "startsOn", "concierge.error.absence-overlap");
        actAs(c, Role.VIP_MANAGER);
        refused(() -> absences.record(new AbsenceForm(null, staff(a), d.plusDays(2), d.plusDays(3), null)), "deputyId", "concierge.error.deputy-absent");
        actAs(b, Role.VIP_MANAGER);
        refused(() -> absences.record(new AbsenceForm(null, staff(c), d.plusDays(1), d.plusDays(1), null)), "startsOn", "concierge.error.is-deputy");
        refused(() -> absences.record(new AbsenceForm(staff(a), staff(c), d.plusDays(20), d.plusDays(21), null)), "staffId",
                "concierge.error.absence-not-yours");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM concierge_absence WHERE staff_id = ?", Long.class, staff(a))).isEqualTo(1);
    }

    @Test
    void an_absence_without_dates_or_deputy_or_with_a_note_over_its_limit_is_refused_at_each_field() {
        String a = vipManager();
        actAs(a, Role.VIP_MANAGER);
        assertThatThrownBy(() -> absences.record(new AbsenceForm(null, null, null, null, "n".repeat(Absence.NOTE_MAX + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getFieldErrors()).containsEntry("deputyId", "concierge.error.deputy-required")
                            .containsEntry("startsOn", "concierge.error.absence-dates").containsEntry("endsOn", "concierge.error.absence-dates")
                            .containsEntry("note", InvalidInputException.TOO_LONG);
                    assertThat(e.arguments("note")).containsExactly(Absence.NOTE_MAX);
                });
        LocalDate d = today().plusDays(10);
        refused(() -> absences.record(new AbsenceForm(null, staff(vipManager()), d, d, "n".repeat(Absence.NOTE_MAX + 1))),
                "note", InvalidInputException.TOO_LONG);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM concierge_absence WHERE staff_id = ?", Long.class, staff(a))).isZero();
    }

    @Test
    void a_contact_without_its_time_or_with_a_note_over_its_limit_is_refused_and_not_logged() {
        String a = vipManager();
        long customer = customers.create(unique("N "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        actAs(a, Role.VIP_MANAGER);
        refused(() -> contacts.log(new ContactForm(customer, ContactChannel.CALL, null, "Called")), "contactedAt", "concierge.error.contact-time");
        assertThatThrownBy(() -> contacts.log(new ContactForm(customer, ContactChannel.CALL, clock.instant(), "n".repeat(ContactEntry.NOTE_MAX + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getFieldErrors()).containsOnlyKeys("note").containsEntry("note", InvalidInputException.TOO_LONG);
                    assertThat(e.arguments("note")).containsExactly(ContactEntry.NOTE_MAX);
                });
        assertThat(contacts.lastContacts(List.of(customer))).doesNotContainKey(customer);
    }

    @Test
    void during_an_absence_new_tasks_go_to_the_deputy_who_may_open_the_book() {
        String a = vipManager();
        String b = vipManager();
        String other = vipManager();
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        actAs(a, Role.VIP_MANAGER);
        refused(() -> concierge.book(staff(b)), "", "concierge.error.book-denied");
        absences.record(new AbsenceForm(null, staff(b), today(), today().plusDays(2), "Conference"));
        TaskWorkflowService.Created t = workflow.createFromSource(new NewTask(TaskType.REWARD, vip,
                new TaskSource(TaskSourceType.CUSTOMER, unique("r"), null), staff(a), null, null, null, "Reward", null));
        assertThat(t.task().ownerId()).isEqualTo(staff(b));
        actAs(b, Role.VIP_MANAGER);
        assertThat(concierge.book(staff(a))).extracting(BookRow::customerId).contains(vip);
        actAs(other, Role.VIP_MANAGER);
        refused(() -> concierge.book(staff(a)), "", "concierge.error.book-denied");
        // after the absence the manager takes their own work again
        clock.set(clock.instant().plus(Duration.ofDays(4)));
        TaskWorkflowService.Created later = workflow.createFromSource(new NewTask(TaskType.REWARD, vip,
                new TaskSource(TaskSourceType.CUSTOMER, unique("r"), null), staff(a), null, null, null, "Reward", null));
        assertThat(later.task().ownerId()).isEqualTo(staff(a));
    }

    @Test
    void rights_used_go_down_by_one_per_delivery_and_beyond_the_allowance_need_approval() {
        String a = vipManager();
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        jdbc.update("UPDATE customer SET membership_level = 'GOLD' WHERE id = ?", vip);
        actAs(a, Role.VIP_MANAGER);
        RightUsage lounge = rights.usage(vip).stream().filter(r -> r.code().equals("LOUNGE")).findFirst().orElseThrow();
        assertThat(lounge.allowance()).isEqualTo(2);
        assertThat(lounge.left()).isEqualTo(2);
        Instant due = clock.instant().plus(Duration.ofDays(3));
        TaskRow first = rights.request(new RightRequestForm(vip, lounge.rightId(), due, "PVG T2"));
        TaskRow second = rights.request(new RightRequestForm(vip, lounge.rightId(), due, null));
        TaskRow third = rights.request(new RightRequestForm(vip, lounge.rightId(), due, null));
        assertThat(first.ownerId()).isEqualTo(staff(a));
        workflow.complete(first.id(), first.version(), "DELIVERED", "Lounge booked");
        assertThat(rights.usage(vip)).filteredOn(r -> r.code().equals("LOUNGE")).extracting(RightUsage::left).containsExactly(1L);
        workflow.complete(second.id(), second.version(), "DELIVERED", null);
        assertThat(rights.usage(vip)).filteredOn(r -> r.code().equals("LOUNGE")).extracting(RightUsage::left).containsExactly(0L);
        assertThat(rights.needsApproval(third.id())).isTrue();
        refused(() -> workflow.complete(third.id(), third.version(), "DELIVERED", null), "outcome", "concierge.error.right-needs-approval");
        assertThat(tasks.find(third.id()).orElseThrow().status()).isEqualTo(com.cxops.portal.tasks.TaskStatus.OPEN);
        assertThatThrownBy(() -> rights.approve(third.id(), "Long-standing customer"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        actAsNew(Role.MANAGER);
        refused(() -> rights.approve(third.id(), " "), "note", "concierge.error.approval-note");
        refused(() -> rights.approve(third.id(), "n".repeat(VipRightUse.APPROVAL_NOTE_MAX + 1)), "note", InvalidInputException.TOO_LONG);
        assertThat(rights.needsApproval(third.id())).as("a refused approval is not recorded").isTrue();
        rights.approve(third.id(), "Long-standing customer");
        actAs(a, Role.VIP_MANAGER);
        workflow.complete(third.id(), third.version(), "DELIVERED", null);
        RightUsage after = rights.usage(vip).stream().filter(r -> r.code().equals("LOUNGE")).findFirst().orElseThrow();
        assertThat(after.used()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'VIP_RIGHT_APPROVED' AND record_id = ?",
                Long.class, String.valueOf(third.id()))).isEqualTo(1);
    }

    @Test
    void a_done_task_writes_the_contact_log_and_the_book_puts_who_needs_attention_first() {
        String a = vipManager();
        long contacted = customers.create(unique("A "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        long forgotten = customers.create(unique("B "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        long longAgo = customers.create(unique("C "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        actAs(a, Role.VIP_MANAGER);
        TaskRow t = workflow.createFromSource(new NewTask(TaskType.CO_CREATION, contacted, new TaskSource(TaskSourceType.CUSTOMER, unique("c"), null),
                staff(a), null, null, null, "Tasting", null)).task();
        workflow.complete(t.id(), t.version(), "ACCEPTED", "Comes on Friday");
        contacts.log(new ContactForm(longAgo, ContactChannel.CALL, clock.instant().minus(Duration.ofDays(90)), "Old call"));
        refused(() -> contacts.log(new ContactForm(longAgo, ContactChannel.CALL, clock.instant().plus(Duration.ofHours(1)), null)),
                "contactedAt", "concierge.error.contact-future");
        assertThat(contacts.lastContacts(List.of(contacted))).containsKey(contacted);
        List<BookRow> book = concierge.book(null);
        assertThat(book).extracting(BookRow::customerId).containsExactly(forgotten, longAgo, contacted);
        assertThat(book.get(0).needsAttention()).isTrue();
        assertThat(book.get(1).needsAttention()).isTrue();
        assertThat(book.get(2).needsAttention()).isFalse();
    }

    @Test
    void rebalancing_moves_customers_and_their_open_tasks_follow() {
        String a = vipManager();
        String b = vipManager();
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        TaskRow open = workflow.createFromSource(new NewTask(TaskType.REWARD, vip, new TaskSource(TaskSourceType.CUSTOMER, unique("r"), null),
                staff(a), null, null, null, "Reward", null)).task();
        actAsNew(Role.MANAGER);
        ManagerLoad before = concierge.workload().stream().filter(l -> l.staffId() == staff(a)).findFirst().orElseThrow();
        assertThat(before.bookSize()).isEqualTo(1);
        assertThat(before.openTasks()).isEqualTo(1);
        refused(() -> concierge.moveCustomers(List.of(vip), staff(testStaff.ensure(unique("ag"), Role.AGENT).getUsername())),
                "toManager", "concierge.error.not-vip-manager");
        concierge.moveCustomers(List.of(vip), staff(b));
        assertThat(jdbc.queryForObject("SELECT account_manager_id FROM customer WHERE id = ?", Long.class, vip)).isEqualTo(staff(b));
        assertThat(tasks.find(open.id()).orElseThrow().ownerId()).isEqualTo(staff(b));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_event WHERE task_id = ? AND kind = 'CUSTOMER_MOVED'", Long.class, open.id()))
                .isEqualTo(1);
        ManagerLoad after = concierge.workload().stream().filter(l -> l.staffId() == staff(b)).findFirst().orElseThrow();
        assertThat(after.bookSize()).isEqualTo(1);
        assertThat(after.openTasks()).isEqualTo(1);
        actAs(a, Role.VIP_MANAGER);
        assertThatThrownBy(() -> concierge.workload()).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void my_book_shows_each_customers_latest_nps_answer_from_the_surveys_feature() {
        String a = vipManager();
        long answered = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        long silent = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        // two NPS answers and a later CSAT: the book shows the later NPS (6, a detractor), not the CSAT
        npsAnswer(answered, "NPS", 9, "2026-03-01T10:00:00");
        npsAnswer(answered, "NPS", 6, "2026-05-01T10:00:00");
        npsAnswer(answered, "CSAT", 5, "2026-06-01T10:00:00");
        actAs(a, Role.VIP_MANAGER);
        List<BookRow> book = concierge.book(null);
        BookRow row = book.stream().filter(r -> r.customerId() == answered).findFirst().orElseThrow();
        assertThat(row.lastNps().score()).isEqualTo(6);
        assertThat(row.lastNps().band()).isEqualTo(com.cxops.portal.surveys.ScoreBand.UNHAPPY);
        assertThat(row.lastNps().answeredAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(book.stream().filter(r -> r.customerId() == silent).findFirst().orElseThrow().lastNps()).isNull();
    }

    private void npsAnswer(long customer, String kind, int score, String utc) {
        String hash = unique("n");
        java.time.LocalDateTime at = java.time.LocalDateTime.parse(utc);
        jdbc.update("INSERT INTO survey_invitation (kind, status, customer_id, token_hash, language, send_at, sent_at, answered_at, created_at, "
                + "customer_layer, membership, vip) VALUES (?, 'ANSWERED', ?, ?, 'zh', ?, ?, ?, ?, 'HIGH_NET_WORTH', 'GOLD', TRUE)",
                kind, customer, hash, at, at, at, at);
        jdbc.update("INSERT INTO survey_answer (invitation_id, kind, score, language, answered_at, customer_id, customer_layer, membership, vip) "
                + "VALUES ((SELECT id FROM survey_invitation WHERE token_hash = ?), ?, ?, 'zh', ?, ?, 'HIGH_NET_WORTH', 'GOLD', TRUE)",
                hash, kind, score, at, customer);
    }
}
