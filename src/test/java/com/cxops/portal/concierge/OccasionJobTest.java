package com.cxops.portal.concierge;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The occasions job on dated cases; the shop zone is the default Asia/Shanghai. */
class OccasionJobTest extends SpringTestBase {

    private static final ZoneId SHOP = ZoneId.of("Asia/Shanghai");

    @Autowired
    OccasionJob job;
    @Autowired
    TestCustomers customers;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void forgetLastRun() {
        jdbc.update("DELETE FROM concierge_job_state");
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(SHOP).toInstant());
    }

    private long vip(LocalDate birthday, Long manager) {
        long id = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, manager);
        jdbc.update("UPDATE customer SET birthday = ? WHERE id = ?", birthday, id);
        return id;
    }

    private List<Map<String, Object>> birthdayTasks(long customerId) {
        return jdbc.queryForList("SELECT source_id, due_at, owner_id, pool FROM task WHERE customer_id = ? AND source_type = 'OCCASION' "
                + "AND source_id LIKE ?", customerId, customerId + ":BIRTHDAY:%");
    }

    private static Instant due(Map<String, Object> row) {
        Object v = row.get("due_at");
        LocalDateTime t = v instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) v;
        return t.toInstant(ZoneOffset.UTC);
    }

    @Test
    void creates_the_birthday_task_seven_days_ahead_for_the_account_manager() {
        String manager = unique("v");
        long managerId = testStaff.ensure(manager, Role.VIP_MANAGER).getId();
        long inSeven = vip(LocalDate.of(1985, 3, 8), managerId);
        long inEight = vip(LocalDate.of(1985, 3, 9), managerId);
        long none = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, managerId);
        today(LocalDate.of(2027, 3, 1));
        job.runNow();
        assertThat(birthdayTasks(inSeven)).hasSize(1);
        Map<String, Object> task = birthdayTasks(inSeven).get(0);
        assertThat(task.get("source_id")).isEqualTo(inSeven + ":BIRTHDAY:2027");
        assertThat(((Number) task.get("owner_id")).longValue()).isEqualTo(managerId);
        assertThat(due(task)).isEqualTo(LocalDate.of(2027, 3, 8).atStartOfDay(SHOP).toInstant());
        assertThat(birthdayTasks(inEight)).isEmpty();
        assertThat(birthdayTasks(none)).isEmpty();
    }

    @Test
    void a_regular_customer_gets_no_occasion_task() {
        long regular = customers.create(unique("C "));
        jdbc.update("UPDATE customer SET birthday = ? WHERE id = ?", LocalDate.of(1990, 6, 8), regular);
        today(LocalDate.of(2027, 6, 1));
        job.runNow();
        assertThat(birthdayTasks(regular)).isEmpty();
    }

    @Test
    void over_the_year_end_the_task_belongs_to_the_next_year() {
        long c = vip(LocalDate.of(1970, 1, 2), null);
        today(LocalDate.of(2026, 12, 26));
        job.runNow();
        assertThat(birthdayTasks(c)).extracting(r -> r.get("source_id")).containsExactly(c + ":BIRTHDAY:2027");
        assertThat(birthdayTasks(c).get(0).get("pool")).isEqualTo("CONCIERGE");
    }

    @Test
    void a_29_february_birthday_is_celebrated_on_28_february_in_a_common_year_and_on_29_in_a_leap_year() {
        long c = vip(LocalDate.of(2000, 2, 29), null);
        today(LocalDate.of(2027, 2, 21));
        job.runNow();
        assertThat(birthdayTasks(c)).hasSize(1);
        assertThat(due(birthdayTasks(c).get(0))).isEqualTo(LocalDate.of(2027, 2, 28).atStartOfDay(SHOP).toInstant());
        jdbc.update("DELETE FROM concierge_job_state");
        today(LocalDate.of(2028, 2, 21));
        job.runNow();
        assertThat(birthdayTasks(c)).hasSize(1);
        today(LocalDate.of(2028, 2, 22));
        job.runNow();
        assertThat(birthdayTasks(c)).hasSize(2);
        assertThat(birthdayTasks(c)).extracting(OccasionJobTest::due)
                .contains(LocalDate.of(2028, 2, 29).atStartOfDay(SHOP).toInstant());
    }

    @Test
    void running_twice_creates_one_task() {
        long c = vip(LocalDate.of(1990, 4, 17), null);
        today(LocalDate.of(2027, 4, 10));
        OccasionJob.Result first = job.runNow();
        jdbc.update("DELETE FROM concierge_job_state");
        OccasionJob.Result second = job.runNow();
        assertThat(first.created()).isGreaterThanOrEqualTo(1);
        assertThat(second.existing()).isGreaterThanOrEqualTo(1);
        assertThat(birthdayTasks(c)).hasSize(1);
        assertThat(job.runNow().created()).isZero();
    }

    @Test
    void after_three_days_down_it_catches_up_the_missed_days_without_duplicates() {
        long d1 = vip(LocalDate.of(1990, 5, 9), null);
        long d2 = vip(LocalDate.of(1990, 5, 10), null);
        long d3 = vip(LocalDate.of(1990, 5, 11), null);
        long d4 = vip(LocalDate.of(1990, 5, 12), null);
        today(LocalDate.of(2027, 5, 1));
        job.runNow();
        assertThat(job.lastDay()).isEqualTo(LocalDate.of(2027, 5, 1));
        today(LocalDate.of(2027, 5, 5));
        OccasionJob.Result r = job.runNow();
        assertThat(r.from()).isEqualTo(LocalDate.of(2027, 5, 2));
        for (long c : List.of(d1, d2, d3, d4)) {
            assertThat(birthdayTasks(c)).hasSize(1);
        }
        job.runNow();
        for (long c : List.of(d1, d2, d3, d4)) {
            assertThat(birthdayTasks(c)).hasSize(1);
        }
    }

    @Test
    void two_jobs_at_once_create_one_task_per_occasion() throws Exception {
        long c = vip(LocalDate.of(1990, 7, 20), null);
        today(LocalDate.of(2027, 7, 13));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<OccasionJob.Result>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return job.runNow();
            }));
        }
        start.countDown();
        for (Future<OccasionJob.Result> f : runs) {
            f.get();
        }
        pool.shutdown();
        assertThat(birthdayTasks(c)).hasSize(1);
        assertThat(job.lastDay()).isEqualTo(LocalDate.of(2027, 7, 13));
    }
}
