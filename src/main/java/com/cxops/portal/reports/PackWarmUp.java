package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.settings.ShopSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Counts the figures read models keep for settled periods (the customers' repurchase, LTV and reactivation: a
 * million paid orders for a quarterly pack of a large shop) for the last completed quarter and year, with their
 * comparison and trend periods, before a manager opens those packs: after a period closes, and after a back-dated
 * order or refund deleted kept figures. Hourly and on two nodes once (ShedLock); when the figures are kept it reads
 * them and does nothing else.
 */
@Component
class PackWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PackWarmUp.class);

    private final PackCalculator calculator;
    private final ShopSettings shop;
    private final Clock clock;
    private final TransactionTemplate readTx;

    PackWarmUp(PackCalculator calculator, ShopSettings shop, Clock clock, PlatformTransactionManager transactions) {
        this.calculator = calculator;
        this.shop = shop;
        this.clock = clock;
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
    }

    @Scheduled(fixedDelayString = "${portal.reports.warm-up-interval:PT1H}", initialDelayString = "${portal.reports.warm-up-delay:PT3M}")
    @SchedulerLock(name = "report-pack-warm-up", lockAtMostFor = "PT30M")
    public void run() {
        Instant now = clock.instant();
        ZoneId zone = shop.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (PackKind kind : List.of(PackKind.QUARTERLY, PackKind.YEARLY)) {
            ReviewPeriod period = ReviewPeriod.containing(kind, today).previous();
            long started = System.nanoTime();
            readTx.executeWithoutResult(s -> calculator.keepFigures(period, zone, now));
            log.debug("Review pack figures of {} kept in {} ms", period.label(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
