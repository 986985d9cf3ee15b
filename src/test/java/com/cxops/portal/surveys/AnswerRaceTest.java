package com.cxops.portal.surveys;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two tabs or a double click submit the same invitation at once: one answer is kept, the other hears "already answered". */
class AnswerRaceTest extends SurveyTestSupport {

    @Test
    void the_same_answer_submitted_at_once_keeps_exactly_one() throws Exception {
        clock.set(Instant.parse("2026-10-01T08:00:00Z"));
        for (int round = 0; round < 3; round++) {
            long customer = customer();
            String token = sentNps(customer);
            int tabs = 4;
            ExecutorService pool = Executors.newFixedThreadPool(tabs);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PublicSurveyService.Outcome>> results = new ArrayList<>();
            try {
                for (int i = 0; i < tabs; i++) {
                    int score = 5 + i;
                    results.add(pool.submit(() -> {
                        start.await();
                        return publicSurveys.answer(token, Integer.toString(score), "tab " + score, "zh", "10.7.0.1");
                    }));
                }
                start.countDown();
                int saved = 0;
                int already = 0;
                for (Future<PublicSurveyService.Outcome> f : results) {
                    PublicSurveyService.Outcome o = f.get();
                    if (o instanceof PublicSurveyService.Outcome.Saved) {
                        saved++;
                    } else if (o instanceof PublicSurveyService.Outcome.AlreadyAnswered) {
                        already++;
                    }
                }
                assertThat(saved).isEqualTo(1);
                assertThat(already).isEqualTo(tabs - 1);
            } finally {
                pool.shutdownNow();
            }
            long invitationId = jdbc.queryForObject("SELECT id FROM survey_invitation WHERE token_hash = ?", Long.class, SurveyTokens.hash(token));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_answer WHERE invitation_id = ?", Long.class, invitationId)).isOne();
            assertThat(jdbc.queryForObject("SELECT status FROM survey_invitation WHERE id = ?", String.class, invitationId)).isEqualTo("ANSWERED");
        }
    }
}
