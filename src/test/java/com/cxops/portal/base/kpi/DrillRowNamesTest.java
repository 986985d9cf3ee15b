package com.cxops.portal.base.kpi;

import com.cxops.portal.base.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows behind a figure name automatic tasks in the reader's language, in the drill-down grid, its CSV and the workbook. */
class DrillRowNamesTest {

    private final TranslationProvider i18n = new TranslationProvider();

    @Test
    void an_automatic_task_title_reads_as_words_and_a_persons_own_text_stays_as_typed() {
        DrillRow task = new DrillRow(DrillKind.TASK, 7, "T-7", "@concierge.demo.WIN_BACK|Lin Xiaohong", Instant.EPOCH, null, null);
        assertThat(task.withName(n -> i18n.text(Locale.ENGLISH, n)).name()).isEqualTo("Win back Lin Xiaohong with the return gift");
        assertThat(task.withName(n -> i18n.text(Locale.SIMPLIFIED_CHINESE, n)).name()).isEqualTo("以回归礼挽回 Lin Xiaohong");
        DrillRow own = new DrillRow(DrillKind.TASK, 8, "T-8", "@Lin: call back after 6 pm", Instant.EPOCH, null, null);
        assertThat(own.withName(n -> i18n.text(Locale.ENGLISH, n))).isEqualTo(own);
    }
}
