package com.cxops.portal.complaints;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Analyzes the tier corrections kept before their phrases were stored (a database from before V22_2), once, on a
 * background thread after start: the corrections report never does this work while an administrator waits. Each batch
 * is its own transaction, so a stop half-way loses nothing and the next start goes on where this one stopped.
 */
@Component
class CorrectionPhraseBackfill {

    private static final Logger log = LoggerFactory.getLogger(CorrectionPhraseBackfill.class);

    private final TextTieringService service;
    private final CorrectionPhraseStore phrases;

    CorrectionPhraseBackfill(TextTieringService service, CorrectionPhraseStore phrases) {
        this.service = service;
        this.phrases = phrases;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (phrases.unanalyzedCount() > 0) {
            Thread.ofVirtual().name("tier-correction-backfill").start(this::run);
        }
    }

    /** Every waiting correction, a batch at a time; the number analyzed. */
    int run() {
        int total = 0;
        try {
            for (int n = service.backfillBatch(); n > 0; n = service.backfillBatch()) {
                total += n;
            }
            if (total > 0) {
                log.info("Analyzed the phrases of {} older tier corrections", total);
            }
        } catch (RuntimeException e) {
            log.warn("Analyzing older tier corrections stopped after {}; the next start goes on", total, e);
        }
        return total;
    }
}
