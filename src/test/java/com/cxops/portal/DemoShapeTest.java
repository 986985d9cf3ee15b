package com.cxops.portal;

import com.cxops.portal.sla.SlaMonitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo, started as a newcomer starts it (demo profile, empty embedded database), looks like a live shop of the
 * same shape whatever day it is started: on a Wednesday morning and on a Sunday night in the shop's time zone the same
 * number of open, warned and breached complaints, nothing open older than the reopen window, reopens recent, the
 * duty roster filled, and after the monitor's first tick a bell anyone can read.
 */
class DemoShapeTest {

    /** Wednesday 10:00 and Sunday 22:30 in Shanghai (the demo calendars' zone). */
    private static final Instant WEDNESDAY = Instant.parse("2026-03-04T02:00:00Z");
    private static final Instant SUNDAY = Instant.parse("2027-08-15T14:30:00Z");

    record Shape(long open, long warned, long breached, long reopened, Duration oldestOpen, Duration latestReopen,
                 Duration oldestBreach, Duration rosterAhead, long mostUnread, long complaints) {
    }

    @Test
    void the_demo_started_on_a_weekday_and_on_a_sunday_night_has_the_same_live_shape() {
        Shape weekday = start(WEDNESDAY, "demoshape1");
        Shape sunday = start(SUNDAY, "demoshape2");
        System.out.println("Demo shape on a Wednesday morning: " + weekday);
        System.out.println("Demo shape on a Sunday night:      " + sunday);

        for (Shape s : new Shape[]{weekday, sunday}) {
            assertThat(s.complaints()).isEqualTo(6250);
            assertThat(s.open()).as("open complaints").isBetween(50L, 80L);
            assertThat(s.warned()).as("past their warning point").isBetween(3L, 10L);
            assertThat(s.breached()).as("breached").isBetween(2L, 6L);
            assertThat(s.oldestBreach()).as("the breaches fell in the last hours").isLessThan(Duration.ofHours(4));
            assertThat(s.oldestOpen()).as("no open complaint older than the reopen window").isLessThan(Duration.ofDays(14));
            assertThat(s.reopened()).as("a few reopened").isPositive();
            assertThat(s.latestReopen()).as("reopened in the last hours").isLessThan(Duration.ofHours(12));
            assertThat(s.rosterAhead()).as("duty roster filled for the weeks ahead").isGreaterThan(Duration.ofDays(14));
            assertThat(s.mostUnread()).as("unread notifications of the busiest person").isPositive().isLessThanOrEqualTo(40);
        }
        assertThat(sunday.open()).isEqualTo(weekday.open());
        assertThat(sunday.warned()).isEqualTo(weekday.warned());
        assertThat(sunday.breached()).isEqualTo(weekday.breached());
    }

    private static Shape start(Instant now, String database) {
        MutableClock clock = new MutableClock();
        clock.set(now);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("demoClock", Clock.class, () -> clock,
                        bean -> bean.setPrimary(true)))
                .web(WebApplicationType.SERVLET)
                .profiles("demo")
                // command-line arguments, so that they win over application.properties
                .run("--spring.datasource.url=jdbc:h2:mem:" + database + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
                        "--portal.scheduling.enabled=false", "--logging.level.root=warn", "--logging.level.com.cxops=info")) {
            // the monitor's first tick after the start, a minute later
            Instant tick = now.plus(Duration.ofMinutes(1));
            clock.set(tick);
            app.getBean(SlaMonitor.class).scheduledTick();
            return shape(app.getBean(JdbcTemplate.class), tick);
        }
    }

    private static Shape shape(JdbcTemplate jdbc, Instant now) {
        Timestamp at = Timestamp.from(now);
        String open = "FROM complaint c WHERE c.status NOT IN ('RESOLVED', 'CLOSED')";
        long openCount = jdbc.queryForObject("SELECT COUNT(*) " + open, Long.class);
        long warned = jdbc.queryForObject("SELECT COUNT(*) " + open + " AND EXISTS (SELECT 1 FROM sla_clock k WHERE k.complaint_id = c.id "
                + "AND k.running = TRUE AND k.breached = FALSE AND k.warn_at <= ?)", Long.class, at);
        long breached = jdbc.queryForObject("SELECT COUNT(*) " + open + " AND EXISTS (SELECT 1 FROM sla_clock k WHERE k.complaint_id = c.id "
                + "AND k.running = TRUE AND k.breached = TRUE)", Long.class);
        Timestamp oldestBreach = jdbc.queryForObject("SELECT MIN(k.due_at) FROM sla_clock k JOIN complaint c ON c.id = k.complaint_id "
                + "WHERE k.running = TRUE AND k.breached = TRUE AND c.status NOT IN ('RESOLVED', 'CLOSED')", Timestamp.class);
        Timestamp oldestOpen = jdbc.queryForObject("SELECT MIN(c.created_at) " + open + " AND c.status <> 'REOPENED'", Timestamp.class);
        long reopened = jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE status = 'REOPENED'", Long.class);
        Timestamp firstReopen = jdbc.queryForObject("SELECT MIN(reopened_at) FROM complaint WHERE status = 'REOPENED'", Timestamp.class);
        Timestamp rosterEnd = jdbc.queryForObject("SELECT MAX(ends_at) FROM duty_shift", Timestamp.class);
        long gaps = jdbc.queryForObject("SELECT COUNT(*) FROM duty_shift a WHERE a.ends_at < ? AND NOT EXISTS "
                + "(SELECT 1 FROM duty_shift b WHERE b.starts_at <= a.ends_at AND b.ends_at > a.ends_at)", Long.class, rosterEnd);
        assertThat(gaps).as("no gap in the roster").isZero();
        long mostUnread = jdbc.queryForObject("SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM notification WHERE read_at IS NULL "
                + "GROUP BY recipient) x", Long.class);
        return new Shape(openCount, warned, breached, reopened, age(oldestOpen, now), age(firstReopen, now), age(oldestBreach, now),
                rosterEnd == null ? Duration.ZERO : Duration.between(now, utc(rosterEnd)), mostUnread,
                jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class));
    }

    private static Duration age(Timestamp t, Instant now) {
        return t == null ? Duration.ZERO : Duration.between(utc(t), now);
    }

    /** Timestamps are stored in UTC; the test JVM runs in UTC (surefire), so the local reading is the UTC one. */
    private static Instant utc(Timestamp t) {
        return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
