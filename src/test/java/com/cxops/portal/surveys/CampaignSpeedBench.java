package com.cxops.portal.surveys;

import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a campaign takes to create its invitations for a large segment (a printout with the target of issue 16,
 * 200 000 customers in at most 60 s). Run on purpose, e.g. on MariaDB:
 * ./mvnw -o test -Dtest=CampaignSpeedBench -Dcampaign.bench=true -Dcampaign.bench.customers=200000 -Dportal.test.db=mariadb
 */
@EnabledIfSystemProperty(named = "campaign.bench", matches = "true")
class CampaignSpeedBench extends SurveyTestSupport {

    @Autowired
    CampaignService campaigns;
    @Autowired
    SurveySettings surveySettings;

    @Test
    void print_time_to_create_a_large_campaign() throws Exception {
        int n = Integer.getInteger("campaign.bench.customers", 200_000);
        clock.set(Instant.parse("2026-11-02T08:00:00Z"));
        // a layer of its own: the bench's customers are the whole segment
        jdbc.update("UPDATE customer SET layer = 'REGULAR' WHERE layer = 'NEW'");
        long t0 = System.nanoTime();
        String run = Long.toString(System.nanoTime(), 36);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[]{"B" + run + "-" + i, "Bench " + i, "b" + run + "-" + i + "@shop.example", CustomerLayer.NEW.name()});
            if (rows.size() == 5000 || i == n - 1) {
                jdbc.batchUpdate("INSERT INTO customer (external_id, name, email, layer) VALUES (?, ?, ?, ?)", rows);
                rows.clear();
            }
        }
        long inserted = System.nanoTime();

        String batch = System.getProperty("campaign.bench.batch");
        if (batch != null) {
            setting(SurveySettings.CAMPAIGN_BATCH, batch);
        }
        actAsNew(Role.MANAGER);
        CampaignForm f = new CampaignForm();
        f.setName(unique("Bench "));
        f.setKind(CampaignKind.RELATIONSHIP);
        f.setLayers(java.util.EnumSet.of(CustomerLayer.NEW));
        f.setWindowStart(clock.instant().plus(Duration.ofHours(1)));
        f.setWindowEnd(clock.instant().plus(Duration.ofDays(3)));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long[] peak = {heapBefore};
        long start = System.nanoTime();
        CampaignService.Started started = campaigns.start(f, p -> peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory()));
        CampaignService.Progress last = started.done().get(30, TimeUnit.MINUTES);
        long took = System.nanoTime() - start;
        assertThat(last.failed()).isFalse();
        assertThat(invitations.countByCampaignId(started.campaignId())).isEqualTo(n);
        System.out.printf(Locale.ROOT, "%n=== campaign of %d customers (batch %d): customers inserted in %.1f s; "
                        + "invitations created in %.1f s (%.0f per second); heap growth seen at progress %d MB ===%n",
                n, surveySettings.campaignBatch(), (inserted - t0) / 1e9, took / 1e9, n / (took / 1e9), (peak[0] - heapBefore) >> 20);
    }
}
