package com.cxops.portal.surveys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CsatCalculatorTest {

    @Test
    void no_answers_give_no_score() {
        assertThat(CsatCalculator.ofScores(new int[0], 30).hasScore()).isFalse();
    }

    @Test
    void three_is_not_satisfied_four_is() {
        assertThat(CsatCalculator.ofScores(new int[]{3}, 1).score()).isEqualTo(0.0);
        assertThat(CsatCalculator.ofScores(new int[]{4}, 1).score()).isEqualTo(100.0);
        assertThat(CsatCalculator.ofScores(new int[]{3, 4}, 1).score()).isEqualTo(50.0);
        assertThat(CsatCalculator.ofScores(new int[]{1, 2, 3, 4, 5}, 1).score()).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void margin_of_error_is_the_95_percent_interval_of_a_proportion() {
        // 80 of 100 satisfied: 1.96 * 100 * sqrt(0.8 * 0.2 / 100) = 7.84
        ScoreResult r = CsatCalculator.of(80, 100, 30);
        assertThat(r.score()).isCloseTo(80.0, within(1e-9));
        assertThat(r.marginOfError()).isCloseTo(7.84, within(0.01));
        assertThat(r.smallSample()).isFalse();
        assertThat(CsatCalculator.of(5, 29, 30).smallSample()).isTrue();
    }

    @Test
    void a_score_off_the_scale_is_refused() {
        assertThatThrownBy(() -> CsatCalculator.ofScores(new int[]{0}, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsatCalculator.ofScores(new int[]{6}, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void one_and_two_are_unhappy_three_is_not() {
        assertThat(SurveyKind.CSAT.unhappy(1)).isTrue();
        assertThat(SurveyKind.CSAT.unhappy(2)).isTrue();
        assertThat(SurveyKind.CSAT.unhappy(3)).isFalse();
        assertThat(SurveyKind.NPS.unhappy(6)).isTrue();
        assertThat(SurveyKind.NPS.unhappy(7)).isFalse();
    }
}
