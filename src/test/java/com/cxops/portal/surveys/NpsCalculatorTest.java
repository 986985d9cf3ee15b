package com.cxops.portal.surveys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NpsCalculatorTest {

    @Test
    void no_answers_give_no_score() {
        ScoreResult r = NpsCalculator.ofScores(new int[0], 30);
        assertThat(r.hasScore()).isFalse();
        assertThat(r.answers()).isZero();
    }

    @Test
    void all_promoters_give_100_with_no_margin() {
        ScoreResult r = NpsCalculator.ofScores(new int[]{9, 10, 10, 9}, 2);
        assertThat(r.score()).isEqualTo(100.0);
        assertThat(r.marginOfError()).isEqualTo(0.0);
        assertThat(r.smallSample()).isFalse();
    }

    @Test
    void all_detractors_give_minus_100() {
        assertThat(NpsCalculator.ofScores(new int[]{0, 3, 6}, 1).score()).isEqualTo(-100.0);
    }

    @Test
    void six_is_a_detractor_seven_and_eight_passives_nine_a_promoter() {
        assertThat(NpsCalculator.ofScores(new int[]{6}, 1).score()).isEqualTo(-100.0);
        assertThat(NpsCalculator.ofScores(new int[]{7}, 1).score()).isEqualTo(0.0);
        assertThat(NpsCalculator.ofScores(new int[]{8}, 1).score()).isEqualTo(0.0);
        assertThat(NpsCalculator.ofScores(new int[]{9}, 1).score()).isEqualTo(100.0);
        // 6, 7, 8, 9: one promoter, two passives, one detractor -> 0
        assertThat(NpsCalculator.ofScores(new int[]{6, 7, 8, 9}, 1).score()).isEqualTo(0.0);
    }

    @Test
    void margin_of_error_is_the_95_percent_interval_of_the_plus_one_zero_minus_one_mean() {
        // 50 promoters, 30 passives, 20 detractors: NPS 30; variance 0.7 - 0.09 = 0.61; 1.96 * 100 * sqrt(0.61/100)
        ScoreResult r = NpsCalculator.of(50, 30, 20, 30);
        assertThat(r.score()).isCloseTo(30.0, within(1e-9));
        assertThat(r.marginOfError()).isCloseTo(15.308, within(0.01));
        assertThat(r.rounded()).isEqualTo(30);
        assertThat(r.roundedMargin()).isEqualTo(15);
    }

    @Test
    void fewer_answers_than_the_threshold_are_a_small_sample() {
        assertThat(NpsCalculator.of(10, 10, 9, 30).smallSample()).isTrue();
        assertThat(NpsCalculator.of(10, 10, 10, 30).smallSample()).isFalse();
    }

    @Test
    void a_score_off_the_scale_is_refused() {
        assertThatThrownBy(() -> NpsCalculator.ofScores(new int[]{11}, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NpsCalculator.ofScores(new int[]{-1}, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
