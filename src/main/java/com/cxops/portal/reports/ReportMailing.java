package com.cxops.portal.reports;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.notifications.MailOutboxService;
import com.cxops.portal.notifications.MailPreferenceService;
import com.cxops.portal.notifications.NotificationTypes;
import com.cxops.portal.sla.BusinessCalendar;
import com.cxops.portal.sla.SlaCalendarService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The scheduled review mail: last month's pack on the first working day of a month (by the SLA business calendar the settings name), and last week's
 * pain-point report on Monday, each at a set time of the shop zone, with its workbook, to the managers and executives
 * who take that mail type (their mail preferences) and to the operations and product distribution addresses.
 * <p>
 * Exactly once, also with several nodes: the run holds a ShedLock lock, and the mailing's row (unique on kind and
 * period) is written in the same transaction as its outbox mail, so a second node that built the same mailing at the
 * same moment rolls back. The workbook is stored once with the outbox (shared by all recipients of one language);
 * the sender retries a failed mail with those bytes, never rebuilding it. A mailing missed while every node was down
 * is sent at the next run.
 */
@Component
public class ReportMailing {

    static final String MONTHLY_PACK = NotificationTypes.REPORT_MONTHLY_PACK;
    static final String PAIN_POINTS = NotificationTypes.REPORT_PAIN_POINTS;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Logger log = LoggerFactory.getLogger(ReportMailing.class);

    private final ReportService reports;
    private final ReportExport export;
    private final PainPoints painPoints;
    private final MailOutboxService outbox;
    private final MailPreferenceService preferences;
    private final StaffDirectory staff;
    private final SettingsService settings;
    private final ShopSettings shop;
    private final TranslationProvider i18n;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final SlaCalendarService calendars;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;

    ReportMailing(ReportService reports, ReportExport export, PainPoints painPoints, MailOutboxService outbox,
                  MailPreferenceService preferences, StaffDirectory staff, SettingsService settings, ShopSettings shop,
                  TranslationProvider i18n, JdbcTemplate jdbc, AuditTrail audit, Clock clock, PlatformTransactionManager transactions,
                  SlaCalendarService calendars) {
        this.calendars = calendars;
        this.reports = reports;
        this.export = export;
        this.painPoints = painPoints;
        this.outbox = outbox;
        this.preferences = preferences;
        this.staff = staff;
        this.settings = settings;
        this.shop = shop;
        this.i18n = i18n;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
    }

    /** The scheduled run, on one node at a time; every few minutes, as a due mailing may wait for the set time. */
    @Scheduled(fixedDelayString = "${portal.reports.mailing-interval:PT5M}", initialDelayString = "${portal.reports.mailing-interval:PT5M}")
    @SchedulerLock(name = "report-mailing", lockAtMostFor = "PT30M")
    public void scheduledRun() {
        runDue();
    }

    /** Queues every mailing that is due and not yet done. Returns how many were queued by this call. */
    public int runDue() {
        Instant now = clock.instant();
        ZoneId zone = shop.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int queued = 0;
        LocalDate monthStart = today.withDayOfMonth(1);
        if (!now.isBefore(firstWorkingDay(monthStart).atTime(settings.getTime(ReportSettings.MAIL_MONTHLY_TIME)).atZone(zone).toInstant())) {
            queued += mailMonthly(new ReviewPeriod(PackKind.MONTHLY, monthStart.minusMonths(1))) ? 1 : 0;
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!now.isBefore(monday.atTime(settings.getTime(ReportSettings.MAIL_WEEKLY_TIME)).atZone(zone).toInstant())) {
            queued += mailPainPoints(monday.minusWeeks(1)) ? 1 : 0;
        }
        return queued;
    }

    /** The first working day of a month by the reports' business calendar (docs/kpis.md "Working days"). */
    LocalDate firstWorkingDay(LocalDate monthStart) {
        return firstWorkingDay(monthStart, calendars.businessCalendarNamed(settings.get(ReportSettings.WORKING_CALENDAR)).orElse(null));
    }

    /**
     * The first day of the month that is a working day of the calendar (its weekdays with working time, less its
     * holidays, plus its extra working days); Monday to Friday without a calendar, or when the calendar has no working
     * day in that month.
     */
    static LocalDate firstWorkingDay(LocalDate monthStart, BusinessCalendar calendar) {
        if (calendar != null) {
            for (LocalDate d = monthStart; d.getMonth() == monthStart.getMonth(); d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    return d;
                }
            }
        }
        LocalDate d = monthStart;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    boolean mailMonthly(ReviewPeriod period) {
        if (done(MONTHLY_PACK, period.firstDay())) {
            return false;
        }
        ReviewPack pack = readTx.execute(s -> reports.compute(period));
        return mail(MONTHLY_PACK, period.firstDay(), ReportExport.fileName(period), locale -> workbook(pack, locale),
                (t, locale) -> new String[]{t.apply("reports.mail.monthly.subject").formatted(period.label()),
                        t.apply("reports.mail.monthly.body").formatted(period.label())});
    }

    boolean mailPainPoints(LocalDate monday) {
        if (done(PAIN_POINTS, monday)) {
            return false;
        }
        return mail(PAIN_POINTS, monday, "cx-ops-pain-points-" + monday + ".xlsx", locale -> {
                    Function<String, String> t = key -> i18n.getTranslation(key, locale);
                    return PainPointWorkbook.write(painPoints.compute(monday, locale, t), t);
                },
                (t, locale) -> new String[]{t.apply("reports.mail.pain.subject").formatted(monday),
                        t.apply("reports.mail.pain.body").formatted(monday, monday.plusDays(6))});
    }

    private boolean done(String kind, LocalDate periodStart) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM report_mailing WHERE kind = ? AND period_start = ?", Integer.class,
                kind, Date.valueOf(periodStart));
        return n != null && n > 0;
    }

    private record Recipient(String username, String email, Locale locale) {
    }

    /** Builds one file per language outside the transaction, then records the mailing and queues its mail in one. */
    private boolean mail(String kind, LocalDate periodStart, String fileName, Function<Locale, byte[]> build,
                         java.util.function.BiFunction<Function<String, String>, Locale, String[]> text) {
        List<Recipient> recipients = recipients(kind);
        Map<Locale, byte[]> files = new LinkedHashMap<>();
        for (Recipient r : recipients) {
            files.computeIfAbsent(r.locale(), build);
        }
        try {
            return Boolean.TRUE.equals(tx.execute(s -> {
                jdbc.update("INSERT INTO report_mailing (kind, period_start, recipients, created_at) VALUES (?, ?, ?, ?)",
                        kind, Date.valueOf(periodStart), recipients.size(), Timestamp.from(clock.instant()));
                Map<Locale, Long> attachments = new LinkedHashMap<>();
                files.forEach((locale, bytes) -> attachments.put(locale, outbox.attach(fileName, XLSX, bytes)));
                for (Recipient r : recipients) {
                    Function<String, String> t = key -> i18n.getTranslation(key, r.locale());
                    String[] subjectAndBody = text.apply(t, r.locale());
                    outbox.queue(r.username(), r.email(), subjectAndBody[0], subjectAndBody[1], kind, attachments.get(r.locale()));
                }
                audit.recordAs("system", "REPORT_MAILED", "ReportMailing", kind + " " + periodStart,
                        AuditDetails.of("audit.detail.report-mailed", recipients.size(), files.size()));
                return true;
            }));
        } catch (DuplicateKeyException e) {
            log.info("Report mailing {} {} was queued by another node", kind, periodStart);
            return false;
        }
    }

    private List<Recipient> recipients(String kind) {
        Map<String, Recipient> out = new LinkedHashMap<>();
        for (Role role : List.of(Role.MANAGER, Role.EXECUTIVE)) {
            for (StaffDirectory.StaffContact c : staff.withRole(role)) {
                if (c.enabled() && c.email() != null && !c.email().isBlank() && !out.containsKey(c.username())
                        && preferences.wantsMail(c.username(), kind)) {
                    out.put(c.username(), new Recipient(c.username(), c.email().trim(), TranslationProvider.fromTag(c.language())));
                }
            }
        }
        List<Recipient> all = new ArrayList<>(out.values());
        Locale distribution = TranslationProvider.fromTag(settings.get(ReportSettings.MAIL_DISTRIBUTION_LANGUAGE));
        for (String key : List.of(ReportSettings.MAIL_OPERATIONS, ReportSettings.MAIL_PRODUCT)) {
            Arrays.stream(settings.get(key).split("[,;\\s]+")).map(String::trim).filter(a -> !a.isEmpty())
                    .filter(a -> all.stream().noneMatch(r -> r.email().equalsIgnoreCase(a)))
                    .forEach(a -> all.add(new Recipient(null, a, distribution)));
        }
        return all;
    }

    /**
     * The pack's workbook with its detail sheets; when that is larger than the outbox takes, without them (the mail
     * says the rows are in the portal).
     */
    private byte[] workbook(ReviewPack pack, Locale locale) {
        byte[] full = bytes(pack, locale, true);
        return full.length <= outbox.maxAttachmentBytes() ? full : bytes(pack, locale, false);
    }

    private byte[] bytes(ReviewPack pack, Locale locale, boolean details) {
        Path file = null;
        try {
            file = export.write(pack, locale, details, (done, total) -> { }, () -> false);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans its temp folder
                }
            }
        }
    }
}
