package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.notifications.MailSenderJob;
import com.cxops.portal.notifications.SmtpTestDelivery;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled review mail, in 2043 (no other test writes there): March 2043 begins on a Sunday, so February's pack
 * and the pain-point report of the week 23 Feb – 1 Mar are both due on Monday 2 March at 08:00 Shanghai time.
 */
class ReportMailingTest extends SpringTestBase {

    static final String NAME = "Mailing test customer 2043";
    static final Instant BEFORE_DUE = Instant.parse("2043-03-01T23:59:00Z");   // Mon 2 Mar 07:59 Shanghai
    static final Instant DUE = Instant.parse("2043-03-02T00:00:00Z");          // Mon 2 Mar 08:00 Shanghai

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportMailing mailing;
    @Autowired
    MailSenderJob sender;
    @Autowired
    SettingsService settings;
    @Autowired
    TranslationProvider i18n;

    private final Map<String, String> savedSettings = new java.util.HashMap<>();

    @BeforeEach
    void clean() {
        // The MariaDB test database outlives a run: remove this test's own mailings and complaints of 2043.
        jdbc.update("DELETE FROM report_mailing WHERE period_start >= ? AND period_start < ?", LocalDate.of(2043, 1, 1), LocalDate.of(2044, 1, 1));
        jdbc.update("DELETE FROM complaint WHERE customer_name = ?", NAME);
        jdbc.update("DELETE FROM survey_answer WHERE customer_id IN (SELECT id FROM customer WHERE name = ?)", NAME);
        jdbc.update("DELETE FROM survey_invitation WHERE customer_id IN (SELECT id FROM customer WHERE name = ?)", NAME);
        // the customer stays: other tests' layer runs give every customer history rows (and maybe tasks)
    }

    @AfterEach
    void restoreSettings() {
        actAsNew(Role.ADMIN);
        savedSettings.forEach(this::set);
        SecurityContextHolder.clearContext();
    }

    private void set(String key, String value) {
        settings.update(key, value, settings.list(key).getFirst().getVersion());
    }

    private void setForTest(String key, String value) {
        savedSettings.putIfAbsent(key, settings.get(key));
        set(key, value);
    }

    private void complaint(long customer, String shanghaiTime, String category) {
        LocalDateTime utc = LocalDateTime.ofInstant(LocalDateTime.parse(shanghaiTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneOffset.UTC);
        jdbc.update("INSERT INTO complaint (number, customer_id, customer_name, channel, category, subject, description, spread_risk, "
                        + "tier, tier_reason, status, source, created_at, created_by) VALUES (?, ?, ?, 'APP', ?, 's', 'd', 'PRIVATE', 'NORMAL', 'r', 'NEW', 'PORTAL', ?, 'test')",
                unique("CX-M-"), customer, NAME, category, utc);
    }

    /** An NPS answer with a comment tagged with these themes (as the public survey page tags it). */
    private void answer(long customer, String shanghaiTime, String themes) {
        LocalDateTime at = LocalDateTime.ofInstant(LocalDateTime.parse(shanghaiTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneOffset.UTC);
        String hash = unique("m");
        jdbc.update("INSERT INTO survey_invitation (kind, status, customer_id, token_hash, language, send_at, sent_at, answered_at, created_at, "
                + "customer_layer, membership, vip) VALUES ('NPS', 'ANSWERED', ?, ?, 'zh', ?, ?, ?, ?, 'REGULAR', 'ORDINARY', FALSE)",
                customer, hash, at, at, at, at);
        jdbc.update("INSERT INTO survey_answer (invitation_id, kind, score, comment, themes, language, answered_at, customer_id, customer_layer, "
                + "membership, vip) VALUES ((SELECT id FROM survey_invitation WHERE token_hash = ?), 'NPS', 3, 'comment', ?, 'zh', ?, ?, "
                + "'REGULAR', 'ORDINARY', FALSE)", hash, themes, at, customer);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private List<Map<String, Object>> outboxTo(String email) {
        return jdbc.queryForList("SELECT id, source_type, status, attempts, attachment_id FROM mail_outbox WHERE email = ? ORDER BY id", email);
    }

    @Test
    void last_months_pack_and_last_weeks_pain_points_are_mailed_once_by_two_schedulers_with_their_workbooks() throws Exception {
        String operations = unique("ops") + "@example.com";
        String product = unique("prod") + "@example.com";
        actAsNew(Role.ADMIN);
        setForTest(ReportSettings.MAIL_OPERATIONS, operations);
        setForTest(ReportSettings.MAIL_PRODUCT, " ; " + product);
        setForTest(ReportSettings.MAIL_DISTRIBUTION_LANGUAGE, "zh-CN");
        SecurityContextHolder.clearContext();   // the job runs as nobody, as a scheduler does

        if (jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE name = ?", Long.class, NAME) == 0) {
            jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("M"), NAME);
        }
        long customer = jdbc.queryForObject("SELECT MIN(id) FROM customer WHERE name = ?", Long.class, NAME);
        // Three late deliveries in the week of 23 Feb (none in the four weeks before: a new pain point), all in February.
        complaint(customer, "2043-02-23T00:00", "LATE_DELIVERY");
        complaint(customer, "2043-02-25T12:00", "LATE_DELIVERY");
        complaint(customer, "2043-02-28T23:59:59", "LATE_DELIVERY");
        // 2 March belongs to neither the month nor the week.
        complaint(customer, "2043-03-02T07:00", "WRONG_ITEM");
        // Comment themes: delivery twice this week (new), refund once this week and once in the four weeks before.
        answer(customer, "2043-02-24T09:00", "delivery,refund");
        answer(customer, "2043-03-01T23:00", "delivery");
        answer(customer, "2043-02-10T09:00", "refund");
        answer(customer, "2043-03-02T07:30", "quality");

        clock.set(BEFORE_DUE);
        assertThat(mailing.runDue()).as("not before 08:00 on the first working day").isZero();
        assertThat(outboxTo(operations)).isEmpty();

        clock.set(DUE);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> nodes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            nodes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return mailing.runDue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        int queued = nodes.get(0).get() + nodes.get(1).get();
        assertThat(queued).as("each mailing by one of the two nodes").isEqualTo(2);
        assertThat(mailing.runDue()).as("a later run").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_mailing WHERE period_start IN (?, ?)", Integer.class,
                LocalDate.of(2043, 2, 1), LocalDate.of(2043, 2, 23))).isEqualTo(2);

        List<Map<String, Object>> mails = outboxTo(operations);
        assertThat(mails).extracting(m -> m.get("source_type")).containsExactlyInAnyOrder(ReportMailing.MONTHLY_PACK, ReportMailing.PAIN_POINTS);
        assertThat(outboxTo(product)).hasSize(2);
        assertThat(mails).allSatisfy(m -> assertThat(m.get("attachment_id")).isNotNull());
        List<Object> attachmentIds = mails.stream().map(m -> m.get("attachment_id")).toList();

        // SMTP away: the mail stays, with its attachment, and is retried later with the same stored file.
        int port = freePort();
        for (Map<String, Object> m : mails) {
            assertThat(SmtpTestDelivery.send(sender, ((Number) m.get("id")).longValue(), port)).isFalse();
        }
        assertThat(outboxTo(operations)).allSatisfy(m -> {
            assertThat(m.get("status")).isEqualTo("PENDING");
            assertThat(((Number) m.get("attempts")).intValue()).isEqualTo(1);
        });

        clock.advance(Duration.ofHours(2));
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            for (Map<String, Object> m : mails) {
                assertThat(SmtpTestDelivery.send(sender, ((Number) m.get("id")).longValue(), port)).isTrue();
            }
            assertThat(outboxTo(operations)).allSatisfy(m -> assertThat(m.get("status")).isEqualTo("SENT"));
            assertThat(outboxTo(operations).stream().map(m -> m.get("attachment_id")).toList()).isEqualTo(attachmentIds);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_mailing WHERE period_start IN (?, ?)", Integer.class,
                    LocalDate.of(2043, 2, 1), LocalDate.of(2043, 2, 23))).as("not rebuilt").isEqualTo(2);

            List<Message> received = Arrays.stream(greenMail.getReceivedMessages()).map(m -> (Message) m).filter(m -> {
                try {
                    return ((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(operations);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(received).hasSize(2);
            java.util.function.Function<String, String> zh = key -> i18n.getTranslation(key, TranslationProvider.CHINESE);
            Message monthly = received.stream().filter(m -> !subject(m).contains("2043-02-23")).findFirst().orElseThrow();
            Message weekly = received.stream().filter(m -> subject(m).contains("2043-02-23")).findFirst().orElseThrow();

            try (XSSFWorkbook wb = new XSSFWorkbook(attachment(monthly, "cx-ops-monthly-2043-02.xlsx"))) {
                Sheet summary = wb.getSheet(zh.apply("reports.sheet.summary"));
                Row received3 = findRow(summary, zh.apply("reports.kpi.complaints.received"), zh.apply("reports.split.overall"));
                assertThat(received3.getCell(2).getNumericCellValue()).as("complaints received in February").isEqualTo(3.0);
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(attachment(weekly, "cx-ops-pain-points-2043-02-23.xlsx"))) {
                Sheet categories = wb.getSheet(zh.apply("reports.pain.sheet.categories"));
                Row top = categories.getRow(2);
                assertThat(top.getCell(0).getStringCellValue()).isEqualTo(zh.apply("category.LATE_DELIVERY"));
                assertThat(top.getCell(1).getNumericCellValue()).isEqualTo(3.0);
                assertThat(top.getCell(2).getNumericCellValue()).isZero();
                assertThat(top.getCell(4).getStringCellValue()).isEqualTo(zh.apply("reports.pain.new"));
                Sheet themes = wb.getSheet(zh.apply("reports.pain.sheet.themes"));
                assertThat(themes.getRow(2).getCell(0).getStringCellValue()).isEqualTo("物流配送");
                assertThat(themes.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2.0);
                assertThat(themes.getRow(2).getCell(4).getStringCellValue()).isEqualTo(zh.apply("reports.pain.new"));
                // refund: 1 this week against an average of 1/4 in the four weeks before: +300 %
                assertThat(themes.getRow(3).getCell(0).getStringCellValue()).isEqualTo("退款退货");
                assertThat(themes.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1.0);
                assertThat(themes.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(0.25);
                assertThat(themes.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(300.0);
                assertThat(themes.getRow(3).getCell(4).getStringCellValue()).isEmpty();
                assertThat(themes.getRow(4)).as("the answer of 2 March is not in the week").isNull();
                assertThat(categories.getRow(3) == null || !zh.apply("category.WRONG_ITEM").equals(categories.getRow(3).getCell(0).getStringCellValue()))
                        .as("the complaint of 2 March is not in the week").isTrue();
            }
        } finally {
            greenMail.stop();
        }
    }

    private static String subject(Message m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream attachment(Message message, String fileName) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).isEqualTo(fileName);
                return part.getInputStream();
            }
        }
        throw new AssertionError("no attachment in " + message.getSubject());
    }

    private static Row findRow(Sheet sheet, String label, String split) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())
                    && row.getCell(1) != null && split.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " / " + split + " in " + sheet.getSheetName());
    }
}
