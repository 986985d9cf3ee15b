package com.cxops.portal.surveys;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsatInvitationTest extends SurveyTestSupport {

    private List<Invitation> invitationsOf(Complaint c) {
        return invitations.findByComplaintIdOrderByIdAsc(c.getId());
    }

    @Test
    void resolving_a_complaint_schedules_one_csat_sent_after_the_delay_in_the_customers_language() {
        clock.set(Instant.parse("2026-05-04T08:00:00Z"));
        long customer = customer();
        Complaint c = resolvedComplaint(customer);

        List<Invitation> scheduled = invitationsOf(c);
        assertThat(scheduled).singleElement().satisfies(i -> {
            assertThat(i.getKind()).isEqualTo(SurveyKind.CSAT);
            assertThat(i.getStatus()).isEqualTo(InvitationStatus.SCHEDULED);
            assertThat(i.getSendAt()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z"));
            assertThat(i.getLanguage()).isEqualTo("zh");
        });

        clock.set(Instant.parse("2026-05-04T09:59:59Z"));
        sendDue();
        assertThat(mailBodies(customer)).isEmpty();

        clock.set(Instant.parse("2026-05-04T10:00:00Z"));
        sendDue();
        assertThat(mailSubjects(customer)).containsExactly("您对我们的处理满意吗？");
        assertThat(mailBodies(customer).getFirst()).contains("/s/").contains("/opt-out").contains("14");
        Invitation sent = invitationsOf(c).getFirst();
        assertThat(sent.getStatus()).isEqualTo(InvitationStatus.SENT);
        assertThat(sent.getExpiresAt()).isEqualTo(Instant.parse("2026-05-18T10:00:00Z"));
        // only the hash of the link's token is stored
        String token = tokenFromMail(customer);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_invitation WHERE token_hash = ?", Long.class, token)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_invitation WHERE token_hash = ?", Long.class,
                SurveyTokens.hash(token))).isOne();
        // sending again changes nothing: one invitation, one mail
        sendDue();
        assertThat(mailBodies(customer)).hasSize(1);
    }

    @Test
    void reopened_before_the_delay_the_invitation_is_not_sent_and_the_next_resolution_schedules_a_new_one() {
        clock.set(Instant.parse("2026-05-05T08:00:00Z"));
        long customer = customer();
        Complaint c = resolvedComplaint(customer);
        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("2026-05-05T09:00:00Z"));
        c = move(c, ComplaintStatus.REOPENED);
        assertThat(invitationsOf(c)).singleElement().extracting(Invitation::getStatus).isEqualTo(InvitationStatus.CANCELLED);

        clock.set(Instant.parse("2026-05-05T12:00:00Z"));
        sendDue();
        assertThat(mailBodies(customer)).isEmpty();

        c = move(move(c, ComplaintStatus.IN_PROGRESS), ComplaintStatus.RESOLVED);
        assertThat(invitationsOf(c)).hasSize(2).last().extracting(Invitation::getStatus).isEqualTo(InvitationStatus.SCHEDULED);
        clock.set(Instant.parse("2026-05-05T14:00:00Z"));
        sendDue();
        assertThat(mailBodies(customer)).hasSize(1);
    }

    @Test
    void quiet_period_holds_csat_and_nps_together_and_ends_at_exactly_30_days() {
        clock.set(Instant.parse("2026-06-01T08:00:00Z"));
        long customer = customer();
        sentNps(customer);
        assertThat(mailBodies(customer)).hasSize(1);

        // a normal complaint's CSAT within 30 days is skipped
        clock.set(Instant.parse("2026-06-10T08:00:00Z"));
        Complaint c = resolvedComplaint(customer);
        clock.advance(Duration.ofHours(2));
        sendDue();
        assertThat(invitationsOf(c)).singleElement().satisfies(i -> {
            assertThat(i.getStatus()).isEqualTo(InvitationStatus.SKIPPED);
            assertThat(i.getSkipReason()).isEqualTo(SkipReason.QUIET_PERIOD);
        });

        // one microsecond before 30 days: still quiet; at exactly 30 days: invited
        clock.set(Instant.parse("2026-07-01T08:00:00Z").minusNanos(1000));
        tx.executeWithoutResult(s -> invitationService.scheduleNps(customer, null, clock.instant()));
        sendDue();
        assertThat(mailBodies(customer)).hasSize(1);
        clock.set(Instant.parse("2026-07-01T08:00:00Z"));
        tx.executeWithoutResult(s -> invitationService.scheduleNps(customer, null, clock.instant()));
        sendDue();
        assertThat(mailBodies(customer)).hasSize(2);
    }

    @Test
    void opted_out_customer_is_never_invited_and_the_mail_link_opts_out_in_one_step() {
        clock.set(Instant.parse("2026-08-01T08:00:00Z"));
        long customer = customer();
        String token = sentNps(customer);
        assertThat(publicSurveys.optOut(token, "10.1.0.1")).isTrue();
        assertThat(jdbc.queryForObject("SELECT survey_opt_out FROM customer WHERE id = ?", Boolean.class, customer)).isTrue();

        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
        Complaint c = resolvedComplaint(customer);
        clock.advance(Duration.ofHours(3));
        sendDue();
        assertThat(invitationsOf(c)).singleElement().extracting(Invitation::getSkipReason).isEqualTo(SkipReason.OPTED_OUT);
        assertThat(mailBodies(customer)).hasSize(1);
    }

    @Test
    void a_customer_without_email_is_skipped_with_the_reason() {
        clock.set(Instant.parse("2026-08-02T08:00:00Z"));
        long customer = customer();
        jdbc.update("UPDATE customer SET email = NULL WHERE id = ?", customer);
        Invitation inv = tx.execute(s -> invitationService.scheduleNps(customer, null, clock.instant()).orElseThrow());
        sendDue();
        Invitation after = invitations.findById(inv.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(InvitationStatus.SKIPPED);
        assertThat(after.getSkipReason()).isEqualTo(SkipReason.NO_EMAIL);
    }
}
