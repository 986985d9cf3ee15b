package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillKind;
import com.cxops.portal.base.kpi.DrillRow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lazy grid's pages: read after the cursor of the page before (keyset), by offset only for a far jump. */
class DrillPagerTest {

    static final int ROWS = 100_000;
    final List<DrillCursor> asked = new ArrayList<>();

    final DrillPager pager = new DrillPager((after, limit) -> {
        asked.add(after);
        int from = after.keyed() ? (int) (after.key() + 1) : after.offset();
        List<DrillRow> page = new ArrayList<>();
        for (int i = from; i < Math.min(ROWS, from + limit); i++) {
            page.add(new DrillRow(DrillKind.COMPLAINT, i, "C" + i, "n", Instant.EPOCH, null, null));
        }
        return page;
    });

    @Test
    void scrolling_down_reads_every_page_after_the_last_row_of_the_page_before() {
        for (int offset = 0; offset < 500; offset += 50) {
            List<DrillRow> page = pager.fetch(offset, 50);
            assertThat(page).hasSize(50);
            assertThat(page.getFirst().id()).isEqualTo(offset);
        }
        assertThat(asked.getFirst()).isEqualTo(DrillCursor.START);
        assertThat(asked.subList(1, asked.size())).allSatisfy(c -> {
            assertThat(c.keyed()).isTrue();
            assertThat(c.key()).isEqualTo(c.offset() - 1L);
        });
    }

    @Test
    void a_jump_far_down_reads_one_page_by_offset_and_the_pages_after_it_by_keyset() {
        List<DrillRow> deep = pager.fetch(90_000, 50);
        assertThat(deep.getFirst().id()).isEqualTo(90_000);
        assertThat(asked.getLast().keyed()).isFalse();
        List<DrillRow> next = pager.fetch(90_050, 50);
        assertThat(next.getFirst().id()).isEqualTo(90_050);
        assertThat(asked.getLast().keyed()).isTrue();
        // a request a little past a known cursor reads on from it and drops the rows before the request
        List<DrillRow> near = pager.fetch(90_130, 20);
        assertThat(near).extracting(DrillRow::id).first().isEqualTo(90_130L);
        assertThat(asked.getLast().offset()).isEqualTo(90_100);
        // the end: a short last page
        assertThat(pager.fetch(ROWS - 10, 50)).hasSize(10);
    }
}
