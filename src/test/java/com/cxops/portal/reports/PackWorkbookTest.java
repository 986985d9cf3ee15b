package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.DrillKind;
import com.cxops.portal.base.kpi.DrillRow;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming detail sheets: 100 000 rows written page by page within a bounded window. */
class PackWorkbookTest {

    @Test
    void a_hundred_thousand_row_detail_sheet_is_streamed_to_disk() throws Exception {
        int rows = 100_000;
        PackWorkbook.DetailSource source = (offset, limit) -> {
            List<DrillRow> page = new ArrayList<>();
            for (int i = offset; i < Math.min(rows, offset + limit); i++) {
                page.add(new DrillRow(DrillKind.CUSTOMER, i, "C" + i, i == 0 ? "=1+1" : "Customer " + i, Instant.EPOCH, null, Integer.toString(i)));
            }
            return page;
        };
        ReviewPack pack = new ReviewPack(new ReviewPeriod(com.cxops.portal.base.kpi.PackKind.MONTHLY, java.time.LocalDate.of(2013, 1, 1)),
                false, false, List.of(), List.of(), null, null, null, null);
        Path file = Files.createTempFile("pack-test", ".xlsx");
        Runtime rt = Runtime.getRuntime();
        long[] maxUsed = {0};
        try (OutputStream out = Files.newOutputStream(file)) {
            new PackWorkbook(k -> k, ZoneId.of("UTC"), 200, 1_048_575).write(pack, List.of(new PackWorkbook.Detail("Detail", source, rows)), out,
                    (done, total) -> maxUsed[0] = Math.max(maxUsed[0], rt.totalMemory() - rt.freeMemory()), () -> false);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            // summary, trend and the detail sheet
            assertThat(zip.getEntry("xl/worksheets/sheet3.xml")).isNotNull();
            assertThat(zip.getEntry("xl/worksheets/sheet3.xml").getSize()).isGreaterThan(rows * 50L);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void csv_fields_never_run_as_formulas() {
        assertThat(PackWorkbook.csv("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(PackWorkbook.csv("+1")).isEqualTo("\"'+1\"");
        assertThat(PackWorkbook.csv("-1")).isEqualTo("\"'-1\"");
        assertThat(PackWorkbook.csv("@a")).isEqualTo("\"'@a\"");
        assertThat(PackWorkbook.csv("王芳")).isEqualTo("\"王芳\"");
    }
}
