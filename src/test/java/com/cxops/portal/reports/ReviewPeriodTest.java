package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.PackKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewPeriodTest {

    @Test
    void periods_are_calendar_months_quarters_and_years_with_their_comparisons() {
        ReviewPeriod q = ReviewPeriod.containing(PackKind.QUARTERLY, LocalDate.of(2024, 5, 17));
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(q.endDay()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(q.previous().firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(q.lastYear().firstDay()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(q.label()).isEqualTo("2024 Q2");
        assertThat(q.trend()).extracting(ReviewPeriod::label).containsExactly("2023 Q3", "2023 Q4", "2024 Q1", "2024 Q2");
        ReviewPeriod y = ReviewPeriod.containing(PackKind.YEARLY, LocalDate.of(2024, 5, 17));
        assertThat(y.trend()).hasSize(12).first().isEqualTo(new ReviewPeriod(PackKind.MONTHLY, LocalDate.of(2024, 1, 1)));
        ReviewPeriod m = ReviewPeriod.containing(PackKind.MONTHLY, LocalDate.of(2024, 2, 29));
        assertThat(m.endDay()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void a_period_starts_at_midnight_in_the_shop_zone_and_is_evaluated_until_now_while_in_progress() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        ReviewPeriod m = new ReviewPeriod(PackKind.MONTHLY, LocalDate.of(2024, 2, 1));
        KpiPeriod done = m.toKpiPeriod(shanghai, Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(done.start()).isEqualTo(Instant.parse("2024-01-31T16:00:00Z"));
        assertThat(done.end()).isEqualTo(Instant.parse("2024-02-29T16:00:00Z"));
        assertThat(done.at()).isEqualTo(done.end());
        assertThat(done.inProgress()).isFalse();
        KpiPeriod running = m.toKpiPeriod(shanghai, Instant.parse("2024-02-10T00:00:00Z"));
        assertThat(running.at()).isEqualTo(Instant.parse("2024-02-10T00:00:00Z"));
        assertThat(running.inProgress()).isTrue();
        assertThat(m.toKpiPeriod(shanghai, Instant.parse("2024-01-31T16:00:00Z")).isFuture()).isTrue();
    }
}
