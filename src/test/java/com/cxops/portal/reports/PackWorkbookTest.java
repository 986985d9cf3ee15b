package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.DetailColumn;
import com.cxops.portal.base.kpi.DrillCursor;
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

    static final List<DetailColumn> COLUMNS = List.of(new DetailColumn("category", DetailColumn.Type.MESSAGE_KEY),
            new DetailColumn("subject", DetailColumn.Type.TEXT), new DetailColumn("affected", DetailColumn.Type.NUMBER),
            new DetailColumn("resolved", DetailColumn.Type.MOMENT));

    /** Rows numbered from the cursor: after a keyed cursor the next after its key, else from its offset. */
    static PackWorkbook.DetailSource numbered(int rows, List<DrillCursor> asked) {
        return (after, limit) -> {
            asked.add(after);
            int from = after.keyed() ? (int) (after.key() + 1) : after.offset();
            List<DrillRow> page = new ArrayList<>();
            for (int i = from; i < Math.min(rows, from + limit); i++) {
                page.add(new DrillRow(DrillKind.COMPLAINT, i, "C" + i, i == 0 ? "=1+1" : "Customer " + i, Instant.EPOCH.plusSeconds(i), null,
                        Integer.toString(i), i, List.of("category.OTHER", i == 1 ? "=HYPERLINK(\"http://x\",\"y\")" : "s" + i, i,
                        Instant.parse("2043-01-02T03:04:05Z"))));
            }
            return page;
        };
    }

    @Test
    void a_hundred_thousand_row_detail_sheet_is_streamed_to_disk_reading_each_page_after_the_last_row_of_the_one_before() throws Exception {
        int rows = 100_000;
        List<DrillCursor> asked = new ArrayList<>();
        PackWorkbook.DetailSource source = numbered(rows, asked);
        ReviewPack pack = new ReviewPack(new ReviewPeriod(com.cxops.portal.base.kpi.PackKind.MONTHLY, java.time.LocalDate.of(2013, 1, 1)),
                false, false, List.of(), List.of(), null, null, null, null);
        Path file = Files.createTempFile("pack-test", ".xlsx");
        Runtime rt = Runtime.getRuntime();
        long[] maxUsed = {0};
        try (OutputStream out = Files.newOutputStream(file)) {
            new PackWorkbook(k -> k, ZoneId.of("UTC"), 200, 1_048_575).write(pack, List.of(new PackWorkbook.Detail("Detail", source, rows, COLUMNS)), out,
                    (done, total) -> maxUsed[0] = Math.max(maxUsed[0], rt.totalMemory() - rt.freeMemory()), () -> false);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            // summary, trend and the detail sheet
            assertThat(zip.getEntry("xl/worksheets/sheet3.xml")).isNotNull();
            assertThat(zip.getEntry("xl/worksheets/sheet3.xml").getSize()).isGreaterThan(rows * 150L);
        } finally {
            Files.deleteIfExists(file);
        }
        // 20 pages of 5 000: the first from the start, every later one after the last row read (keyset), none by offset
        assertThat(asked).hasSize(21);
        assertThat(asked.getFirst()).isEqualTo(DrillCursor.START);
        assertThat(asked.subList(1, asked.size())).allSatisfy(c -> assertThat(c.keyed()).isTrue());
        assertThat(asked.get(1).key()).isEqualTo(4_999L);
        assertThat(asked.get(1).offset()).isEqualTo(5_000);
    }

    @Test
    void a_detail_sheet_has_the_five_columns_of_every_row_and_the_read_models_columns_typed_and_never_as_formulas() throws Exception {
        ReviewPack pack = new ReviewPack(new ReviewPeriod(com.cxops.portal.base.kpi.PackKind.MONTHLY, java.time.LocalDate.of(2043, 1, 1)),
                false, false, List.of(), List.of(), null, null, null, null);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new PackWorkbook(k -> k.equals("category.OTHER") ? "Other" : k, ZoneId.of("Asia/Shanghai"), 200, 100)
                .write(pack, List.of(new PackWorkbook.Detail("Detail", numbered(3, new ArrayList<>()), 3, COLUMNS)), out, (d, t) -> { }, () -> false);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            org.apache.poi.ss.usermodel.Sheet s = wb.getSheet("Detail");
            assertThat(s.getLastRowNum()).isEqualTo(3);
            assertThat(s.getRow(0).getLastCellNum()).isEqualTo((short) 9);
            assertThat(s.getRow(0).getCell(5).getStringCellValue()).isEqualTo("category");
            org.apache.poi.ss.usermodel.Row first = s.getRow(1);
            assertThat(first.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("=1+1");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Other");
            org.apache.poi.ss.usermodel.Row second = s.getRow(2);
            assertThat(second.getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(second.getCell(6).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(second.getCell(7).getNumericCellValue()).isEqualTo(1.0);
            // a moment in the shop zone (UTC+8)
            assertThat(second.getCell(8).getStringCellValue()).isEqualTo("2043-01-02T11:04:05");
        }
    }

    @Test
    void the_next_page_is_read_while_one_is_written_and_a_failed_read_fails_the_export_with_its_own_error() throws Exception {
        ReviewPack pack = new ReviewPack(new ReviewPeriod(com.cxops.portal.base.kpi.PackKind.MONTHLY, java.time.LocalDate.of(2078, 1, 1)),
                false, false, List.of(), List.of(), null, null, null, null);
        List<DrillCursor> asked = new ArrayList<>();
        PackWorkbook.DetailSource rows = numbered(20_000, asked);
        PackWorkbook.DetailSource failing = (after, limit) -> {
            if (after.offset() >= 10_000) {
                throw new IllegalStateException("the database went away");
            }
            return rows.page(after, limit);
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PackWorkbook(k -> k, ZoneId.of("UTC"), 200, 1_000_000).write(pack,
                        List.of(new PackWorkbook.Detail("Detail", failing, 20_000, COLUMNS)), java.io.OutputStream.nullOutputStream(),
                        (d, t) -> { }, () -> false))
                .isInstanceOf(IllegalStateException.class).hasMessage("the database went away");
        // pages one at a time and in order, each after the last row of the one before
        assertThat(asked.stream().map(DrillCursor::offset).toList()).containsExactly(0, 5_000);
    }

    @Test
    void a_cancelled_export_stops_after_the_page_being_written_and_the_page_read_meanwhile() throws Exception {
        ReviewPack pack = new ReviewPack(new ReviewPeriod(com.cxops.portal.base.kpi.PackKind.MONTHLY, java.time.LocalDate.of(2078, 1, 1)),
                false, false, List.of(), List.of(), null, null, null, null);
        List<DrillCursor> asked = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] written = {0};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PackWorkbook(k -> k, ZoneId.of("UTC"), 200, 1_000_000).write(pack,
                        List.of(new PackWorkbook.Detail("Detail", numbered(100_000, asked), 100_000, COLUMNS)), java.io.OutputStream.nullOutputStream(),
                        (d, t) -> written[0] = d, () -> written[0] >= 5_000))
                .isInstanceOf(InterruptedException.class);
        assertThat(written[0]).isEqualTo(5_000);
        assertThat(asked).hasSize(2);
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
