package com.cxops.portal.customers;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

    @Test
    void top_five_percent_of_100_customers_is_5() {
        assertThat(Ranking.topCount(100, new BigDecimal("5"))).isEqualTo(5);
    }

    @Test
    void top_share_rounds_up_and_is_at_least_one_customer() {
        assertThat(Ranking.topCount(101, new BigDecimal("5"))).isEqualTo(6);
        assertThat(Ranking.topCount(3, new BigDecimal("5"))).isEqualTo(1);
        assertThat(Ranking.topCount(0, new BigDecimal("5"))).isZero();
    }

    @Test
    void quintiles_of_five_distinct_values_score_one_to_five() {
        List<Long> values = List.of(10L, 20L, 30L, 40L, 50L);
        List<Long> boundaries = Ranking.quintileOffsets(5).stream().map(o -> values.get(o.intValue())).toList();
        assertThat(values.stream().map(v -> Ranking.score(v, boundaries)).toList()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void equal_values_always_get_the_same_score() {
        List<Long> values = List.of(1L, 1L, 1L, 1L, 1L, 1L, 2L, 3L, 4L, 5L);
        List<Long> boundaries = Ranking.quintileOffsets(values.size()).stream().map(o -> values.get(o.intValue())).toList();
        assertThat(values.stream().map(v -> Ranking.score(v, boundaries)).distinct().toList()).startsWith(1);
        assertThat(Ranking.score(1L, boundaries)).isEqualTo(1);
        assertThat(Ranking.score(5L, boundaries)).isEqualTo(5);
    }

    @Test
    void hundred_distinct_values_fall_twenty_to_a_quintile() {
        List<Long> values = LongStream.rangeClosed(1, 100).boxed().toList();
        List<Long> boundaries = Ranking.quintileOffsets(100).stream().map(o -> values.get(o.intValue())).toList();
        assertThat(values.stream().filter(v -> Ranking.score(v, boundaries) == 1).count()).isEqualTo(20);
        assertThat(values.stream().filter(v -> Ranking.score(v, boundaries) == 5).count()).isEqualTo(20);
    }

    @Test
    void a_single_customer_scores_one_and_nobody_means_no_boundaries() {
        assertThat(Ranking.score(7L, List.of(7L, 7L, 7L, 7L))).isEqualTo(1);
        assertThat(Ranking.quintileOffsets(0)).isEmpty();
    }
}
