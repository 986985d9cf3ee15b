package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.PackKind;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Packs, targets and RAG, publishing and freezing, and the workbook, on complaints of March 2013 (no other test writes there). */
class ReportServiceTest extends SpringTestBase {

    static final ReviewPeriod MARCH = new ReviewPeriod(PackKind.MONTHLY, LocalDate.of(2013, 3, 1));
    static final String NAME = "=HYPERLINK(\"http://x\",\"y\")";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportService reports;
    @Autowired
    ReviewTargets targets;
    @Autowired
    ReviewActions actions;
    @Autowired
    ReportExport exporter;

    @BeforeEach
    void cleanAndFixTime() {
        // The MariaDB test database outlives a run: remove what an earlier run wrote into March 2013.
        jdbc.update("DELETE FROM complaint WHERE customer_name = ?", NAME);
        jdbc.update("DELETE FROM customer WHERE name = ?", NAME);
        jdbc.update("DELETE FROM report_target WHERE target_year = 2013");
        clock.set(Instant.parse("2014-01-10T04:00:00Z"));
    }

    long customer() {
        jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("R"), NAME);
        return jdbc.queryForObject("SELECT MAX(id) FROM customer WHERE name = ?", Long.class, NAME);
    }

    @Autowired
    com.cxops.portal.complaints.ComplaintKpiStore complaintKpiStore;

    void complaint(long customer, String shanghaiTime, String tier) {
        LocalDateTime utc = LocalDateTime.ofInstant(LocalDateTime.parse(shanghaiTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneOffset.UTC);
        jdbc.update("INSERT INTO complaint (number, customer_id, customer_name, channel, category, subject, description, spread_risk, "
                        + "tier, tier_reason, status, source, created_at, created_by) VALUES (?, ?, ?, 'APP', 'OTHER', 's', 'd', 'PRIVATE', ?, 'r', 'NEW', 'PORTAL', ?, 'test')",
                unique("CX-R-"), customer, NAME, tier, utc);
        // written in plain SQL, around the portal's writers: told as they tell it
        complaintKpiStore.changed(utc.toInstant(ZoneOffset.UTC));
    }

    static PackRow row(ReviewPack pack, String kpi, String split) {
        return pack.rows().stream().filter(r -> r.kpi().id().equals(kpi) && r.split().equals(split)).findFirst().orElseThrow();
    }

    @Test
    void a_published_pack_keeps_its_numbers_and_publishing_again_shows_what_changed() {
        actAsNew(Role.MANAGER);
        long c = customer();
        complaint(c, "2013-03-05T10:00", "NORMAL");
        PublishedPack v1 = reports.publish(MARCH, "first look");
        assertThat(row(reports.published(v1.id()), "complaints.received", "").value().value()).isEqualByComparingTo("1");

        complaint(c, "2013-03-31T23:59:59", "URGENT");
        assertThat(row(reports.published(v1.id()), "complaints.received", "").value().value()).as("frozen").isEqualByComparingTo("1");
        ReviewPack live = reports.pack(MARCH);
        assertThat(row(live, "complaints.received", "").value().value()).isEqualByComparingTo("2");
        assertThat(reports.drillCount(MARCH, "complaints.received", "")).isEqualTo(2);

        PublishedPack v2 = reports.publish(MARCH, null);
        assertThat(v2.version()).isEqualTo(v1.version() + 1);
        assertThat(reports.changes(v2.id())).anySatisfy(ch -> {
            assertThat(ch.kpi()).isEqualTo("complaints.received");
            assertThat(ch.split()).isEmpty();
            assertThat(ch.before()).isEqualByComparingTo("1");
            assertThat(ch.after()).isEqualByComparingTo("2");
        });
        assertThat(reports.publications(MARCH)).extracting(PublishedPack::version).startsWith(v2.version(), v1.version());
    }

    @Test
    void publishing_the_same_period_twice_at_once_makes_two_versions_with_identical_numbers() throws Exception {
        Authentication manager = actAsNew(Role.MANAGER);
        complaint(customer(), "2013-03-07T10:00", "NORMAL");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<PublishedPack>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                SecurityContextHolder.getContext().setAuthentication(manager);
                try {
                    start.await();
                    return reports.publish(MARCH, "race");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        PublishedPack a = runs.get(0).get();
        PublishedPack b = runs.get(1).get();
        assertThat(Math.abs(a.version() - b.version())).isEqualTo(1);
        assertThat(reports.changes(Math.max(a.version(), b.version()) == a.version() ? a.id() : b.id())).isEmpty();
    }

    @Test
    void a_target_must_be_a_number_and_gives_the_figure_its_status() {
        actAsNew(Role.MANAGER);
        long c = customer();
        complaint(c, "2013-03-05T10:00", "NORMAL");
        complaint(c, "2013-03-06T10:00", "NORMAL");
        assertThatThrownBy(() -> targets.setTarget("complaints.received", "", 2013, "twelve", 0))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsValue("reports.error.target-number"));
        assertThat(targets.targets(2013)).isEmpty();
        // Fewer complaints are better: 2 against a target of 1 misses by more than 5 % -> red.
        targets.setTarget("complaints.received", "", 2013, "1", 0);
        assertThat(row(reports.pack(MARCH), "complaints.received", "").rag()).isEqualTo(Rag.RED);
        targets.setTarget("complaints.received", "", 2013, "2", targets.targetVersion("complaints.received", "", 2013));
        assertThat(row(reports.pack(MARCH), "complaints.received", "").rag()).isEqualTo(Rag.GREEN);
        assertThatThrownBy(() -> targets.setTarget("complaints.received", "", 2013, "3", 0))
                .isInstanceOf(com.cxops.portal.base.ConcurrentEditException.class);
    }

    @Test
    void a_future_period_shows_no_data_and_cannot_be_published() {
        actAsNew(Role.MANAGER);
        ReviewPeriod future = new ReviewPeriod(PackKind.MONTHLY, LocalDate.of(2014, 3, 1));
        ReviewPack pack = reports.pack(future);
        assertThat(pack.future()).isTrue();
        assertThat(pack.rows()).allSatisfy(r -> assertThat(r.value().hasData()).isFalse());
        assertThatThrownBy(() -> reports.publish(future, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_workbook_reads_back_with_values_a_native_chart_and_names_as_text() throws Exception {
        actAsNew(Role.EXECUTIVE);
        long c = customer();
        complaint(c, "2013-03-05T10:00", "NORMAL");
        complaint(c, "2013-03-06T10:00", "MAJOR");
        List<long[]> progress = new ArrayList<>();
        Path file = exporter.export(MARCH, Locale.ENGLISH, (done, total) -> progress.add(new long[]{done, total}), () -> false);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            Row received = null;
            for (Row r : summary) {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                        && r.getCell(0).getStringCellValue().equals("Complaints received")) {
                    received = r;
                    break;
                }
            }
            assertThat(received).isNotNull();
            assertThat(received.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(summary.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThan(0);
            XSSFSheet trend = wb.getSheet("Trend");
            assertThat(trend.getDrawingPatriarch().getCharts()).isNotEmpty();
            Sheet detail = wb.getSheet("Complaints received");
            assertThat(detail.getLastRowNum()).isEqualTo(2);
            assertThat(detail.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(detail.getRow(1).getCell(1).getStringCellValue()).isEqualTo(NAME);
            assertThat(wb.getSheet("Complaints")).isNotNull();
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(progress).isNotEmpty();
        assertThat(progress.getLast()[0]).isEqualTo(progress.getLast()[1]);
    }

    @Test
    void a_cancelled_export_leaves_no_file() throws Exception {
        actAsNew(Role.MANAGER);
        complaint(customer(), "2013-03-05T10:00", "NORMAL");
        long before;
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            before = files.filter(p -> p.getFileName().toString().startsWith("cxops-pack-")).count();
        }
        assertThatThrownBy(() -> exporter.export(MARCH, Locale.ENGLISH, (d, t) -> { }, () -> true)).isInstanceOf(InterruptedException.class);
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("cxops-pack-")).count()).isEqualTo(before);
        }
    }

    @Test
    void a_note_or_an_action_over_its_limit_says_the_limit_and_nothing_is_stored() {
        actAsNew(Role.MANAGER);
        long owner = testStaff.ensure(unique("own"), Role.MANAGER).getId();
        int published = reports.publications(MARCH).size();
        assertThatThrownBy(() -> reports.publish(MARCH, "n".repeat(PublishedPack.NOTE_MAX + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getFieldErrors()).containsEntry("note", "form.too-long");
                    assertThat(e.arguments("note")).containsExactly(PublishedPack.NOTE_MAX);
                });
        assertThat(reports.publications(MARCH)).hasSize(published);
        int listed = actions.actions(MARCH).size();
        assertThatThrownBy(() -> actions.addAction(MARCH, "w".repeat(ActionItem.WHAT_MAX + 1), owner, LocalDate.of(2013, 4, 15)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getFieldErrors()).containsEntry("what", "form.too-long");
                    assertThat(e.arguments("what")).containsExactly(ActionItem.WHAT_MAX);
                });
        assertThat(actions.actions(MARCH)).hasSize(listed);
    }

    @Test
    void action_items_need_what_owner_and_due_and_are_tracked_to_done() {
        actAsNew(Role.MANAGER);
        assertThatThrownBy(() -> actions.addAction(MARCH, " ", null, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsKeys("what", "owner", "due"));
        long owner = testStaff.ensure(unique("own"), Role.MANAGER).getId();
        String what = unique("Call the courier ");
        long id = actions.addAction(MARCH, what, owner, LocalDate.of(2013, 4, 15));
        ActionItem item = actions.actions(MARCH).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        assertThat(item.what()).isEqualTo(what);
        actions.setActionDone(id, item.version(), true);
        assertThat(actions.actions(MARCH).stream().filter(a -> a.id() == id).findFirst().orElseThrow().done()).isTrue();
        assertThatThrownBy(() -> actions.setActionDone(id, item.version(), false)).isInstanceOf(com.cxops.portal.base.ConcurrentEditException.class);
    }

    @Test
    void agents_cannot_read_packs() {
        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> reports.pack(MARCH)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
