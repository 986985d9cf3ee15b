package com.cxops.portal.surveys;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignServiceTest extends SurveyTestSupport {

    private CampaignForm winBack(String name) {
        CampaignForm f = new CampaignForm();
        f.setName(name);
        f.setKind(CampaignKind.WIN_BACK);
        f.setWindowStart(clock.instant().plus(Duration.ofHours(1)));
        f.setWindowEnd(clock.instant().plus(Duration.ofDays(3)));
        return f;
    }

    @Test
    void win_back_campaign_previews_its_reach_with_reasons_and_creates_invitations_in_batches_with_progress() throws Exception {
        Instant now = Instant.parse("2026-11-02T08:00:00Z");
        clock.set(now);
        // the at-risk list of this test only: mark them with a fresh membership-independent layer state
        jdbc.update("UPDATE customer SET layer = 'REGULAR' WHERE layer = 'AT_RISK'");
        List<Long> atRisk = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            atRisk.add(customers.create(unique("AR "), CustomerLayer.AT_RISK, false, null));
        }
        jdbc.update("UPDATE customer SET email = NULL WHERE id = ?", atRisk.get(0));
        jdbc.update("UPDATE customer SET survey_opt_out = TRUE WHERE id = ?", atRisk.get(1));
        sentNps(atRisk.get(2));
        customers.create(unique("Regular "), CustomerLayer.REGULAR, false, null);

        actAsNew(Role.MANAGER);
        CampaignForm f = winBack(unique("Win back "));
        Reach reach = campaignService().preview(f);
        assertThat(reach.inSegment()).isEqualTo(7);
        assertThat(reach.noEmail()).isEqualTo(1);
        assertThat(reach.optedOut()).isEqualTo(1);
        assertThat(reach.quietPeriod()).isEqualTo(1);
        assertThat(reach.eligible()).isEqualTo(4);
        assertThat(reach.willInvite()).isEqualTo(4);

        f.setSampleKind(SampleKind.COUNT);
        f.setSampleValue(3);
        assertThat(campaignService().preview(f).willInvite()).isEqualTo(3);

        setting(SurveySettings.CAMPAIGN_BATCH, "10");
        try {
            List<CampaignService.Progress> progress = new ArrayList<>();
            CampaignService.Started started = campaignService().start(f, p -> {
                synchronized (progress) {
                    progress.add(p);
                }
            });
            CampaignService.Progress last = started.done().get(60, TimeUnit.SECONDS);
            assertThat(last.done()).isTrue();
            assertThat(last.failed()).isFalse();
            assertThat(last.invited()).isEqualTo(3);
            assertThat(progress).isNotEmpty().last().extracting(CampaignService.Progress::done).isEqualTo(true);
            assertThat(invitations.countByCampaignId(started.campaignId())).isEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_invitation WHERE campaign_id = ? AND (send_at < ? OR send_at > ?)",
                    Long.class, started.campaignId(), java.sql.Timestamp.from(f.getWindowStart()),
                    java.sql.Timestamp.from(f.getWindowEnd()))).isZero();
            // the bulk insert copies what the entity would: scheduled NPS, the customer's facts now, the survey language
            assertThat(jdbc.queryForList("SELECT DISTINCT CONCAT(kind, '/', status, '/', customer_layer, '/', membership, '/', "
                            + "CASE WHEN vip THEN 'vip' ELSE '-' END, '/', language) FROM survey_invitation WHERE campaign_id = ?",
                    String.class, started.campaignId())).containsExactly("NPS/SCHEDULED/AT_RISK/ORDINARY/-/zh");
            assertThat(jdbc.queryForObject("SELECT processed FROM survey_campaign WHERE id = ?", Integer.class,
                    started.campaignId())).isEqualTo(4);
            assertThat(jdbc.queryForList("SELECT customer_id FROM survey_invitation WHERE campaign_id = ?", Long.class,
                    started.campaignId())).isSubsetOf(atRisk.subList(3, 7));
        } finally {
            setting(SurveySettings.CAMPAIGN_BATCH, "500");
        }
    }

    @Test
    void empty_segment_or_window_in_the_past_is_refused_and_agents_cannot_start_campaigns() {
        clock.set(Instant.parse("2026-11-03T08:00:00Z"));
        actAsNew(Role.MANAGER);
        CampaignForm empty = winBack(unique("Nobody "));
        empty.setKind(CampaignKind.RELATIONSHIP);
        empty.setLayers(EnumSet.of(CustomerLayer.NEW));
        empty.setLastOrderDays(1);
        jdbc.update("UPDATE customer SET layer = 'REGULAR' WHERE layer = 'NEW'");
        assertThatThrownBy(() -> campaignService().start(empty, p -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getFieldErrors()).containsEntry("layers", "surveys.campaign.error.empty"));

        CampaignForm past = winBack(unique("Past "));
        past.setWindowStart(clock.instant().minus(Duration.ofDays(3)));
        past.setWindowEnd(clock.instant().minus(Duration.ofDays(1)));
        assertThatThrownBy(() -> campaignService().start(past, p -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getFieldErrors()).containsKey("windowEnd"));

        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> campaignService().preview(winBack("x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_campaign_without_a_name_or_with_a_name_over_its_limit_or_days_out_of_range_is_refused_and_not_started() {
        actAsNew(Role.MANAGER);
        CampaignForm unnamed = winBack(" ");
        unnamed.setLastOrderDays(CampaignForm.LAST_ORDER_DAYS_MAX + 1);
        assertThatThrownBy(() -> campaignService().start(unnamed, p -> { })).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsEntry("name", "surveys.campaign.error.name")
                        .containsEntry("lastOrderDays", "surveys.campaign.error.last-order"));
        String prefix = unique("Long ");
        String name = prefix + "n".repeat(Campaign.NAME_MAX);
        assertThatThrownBy(() -> campaignService().start(winBack(name), p -> { })).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getFieldErrors()).containsOnlyKeys("name").containsEntry("name", InvalidInputException.TOO_LONG);
            assertThat(e.arguments("name")).containsExactly(Campaign.NAME_MAX);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_campaign WHERE name LIKE ?", Long.class, prefix + "%")).isZero();
    }

    @org.springframework.beans.factory.annotation.Autowired
    CampaignService campaigns;

    private CampaignService campaignService() {
        return campaigns;
    }
}
