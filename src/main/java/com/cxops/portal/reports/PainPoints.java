package com.cxops.portal.reports;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.surveys.AnswerFilter;
import com.cxops.portal.surveys.CommentTheme;
import com.cxops.portal.surveys.SurveyKind;
import com.cxops.portal.surveys.SurveyResults;
import com.cxops.portal.surveys.SurveyResultsService;
import com.cxops.portal.surveys.ThemeService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The weekly pain-point report (DOMAIN.md: pain points reach operations and product; a weekly report of top
 * categories and trends): complaint categories and survey comment themes of one week (Monday to Monday, shop zone)
 * against the average of the four weeks before, and which of them are new (none in those four weeks).
 */
@Component
class PainPoints {

    static final int PREVIOUS_WEEKS = 4;
    private static final String BY_CATEGORY = "complaints.received-by-category";
    private static final int PAGE = 1000;

    /** One category or theme: this week's count, the average of the four weeks before, the change in percent. */
    record Line(String code, String name, long thisWeek, BigDecimal previousAverage, BigDecimal changePercent, boolean fresh) {
    }

    record Report(LocalDate weekStart, List<Line> categories, List<Line> themes) {
    }

    private final KpiCatalogue catalogue;
    private final SurveyResultsService surveys;
    private final ThemeService themes;
    private final SettingsService settings;
    private final ShopSettings shop;
    private final Clock clock;
    private final TransactionTemplate readTx;

    PainPoints(KpiCatalogue catalogue, SurveyResultsService surveys, ThemeService themes, SettingsService settings, ShopSettings shop,
               Clock clock, PlatformTransactionManager transactions) {
        this.catalogue = catalogue;
        this.surveys = surveys;
        this.themes = themes;
        this.settings = settings;
        this.shop = shop;
        this.clock = clock;
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
    }

    /** The week starting on {@code monday} (a Monday of the shop zone), names in the reader's language. */
    Report compute(LocalDate monday, Locale locale, java.util.function.Function<String, String> t) {
        ZoneId zone = shop.zone();
        Instant now = clock.instant();
        int top = settings.getInt(ReportSettings.PAIN_POINTS_TOP);
        // counts[code][0] = this week, [1..4] = the weeks before
        Map<String, long[]> categories = new HashMap<>();
        KpiReadModel model = catalogue.model(BY_CATEGORY);
        for (int w = 0; w <= PREVIOUS_WEEKS; w++) {
            LocalDate from = monday.minusWeeks(w);
            KpiPeriod p = KpiPeriod.of(from, from.plusWeeks(1), zone, now);
            Map<String, KpiValue> byCategory = readTx.execute(s -> model.compute(p)).getOrDefault(BY_CATEGORY, Map.of());
            int week = w;
            byCategory.forEach((split, v) -> {
                if (split.startsWith("category:") && v.value() != null) {
                    categories.computeIfAbsent(split.substring("category:".length()), k -> new long[PREVIOUS_WEEKS + 1])[week] =
                            v.value().longValue();
                }
            });
        }
        Instant start = monday.minusWeeks(PREVIOUS_WEEKS).atStartOfDay(zone).toInstant();
        Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        Map<String, long[]> themeCounts = new HashMap<>();
        Map<String, String> themeNames = new HashMap<>();
        asSystem(() -> {
            for (CommentTheme theme : themes.list()) {
                themeNames.put(theme.getCode(), theme.name(locale));
            }
            for (SurveyKind kind : SurveyKind.values()) {
                countThemes(AnswerFilter.of(kind, start, end).withComments(true, null), monday, zone, themeCounts);
            }
            return null;
        });
        return new Report(monday,
                lines(categories, code -> t.apply("category." + code), top),
                lines(themeCounts, code -> themeNames.getOrDefault(code, code), top));
    }

    /**
     * Themes are stored as a comma-separated tag list per answer (surveys' own format), so they are counted here,
     * walking the answers with a comment of five weeks a page at a time through the surveys' service.
     */
    private void countThemes(AnswerFilter filter, LocalDate monday, ZoneId zone, Map<String, long[]> counts) {
        for (int page = 0; ; page++) {
            Slice<SurveyResults.AnswerRow> slice = surveys.answers(filter, PageRequest.of(page, PAGE));
            for (SurveyResults.AnswerRow a : slice) {
                if (a.themes() == null || a.themes().isBlank()) {
                    continue;
                }
                LocalDate day = LocalDate.ofInstant(a.answeredAt(), zone);
                int week = (int) Math.floorDiv(java.time.temporal.ChronoUnit.DAYS.between(day, monday) + 6, 7);
                if (week < 0 || week > PREVIOUS_WEEKS) {
                    continue;
                }
                for (String code : a.themes().split(",")) {
                    if (!code.isBlank()) {
                        counts.computeIfAbsent(code.strip(), k -> new long[PREVIOUS_WEEKS + 1])[week]++;
                    }
                }
            }
            if (!slice.hasNext()) {
                return;
            }
        }
    }

    static List<Line> lines(Map<String, long[]> counts, java.util.function.Function<String, String> name, int top) {
        List<Line> out = new ArrayList<>();
        counts.forEach((code, c) -> {
            long before = 0;
            for (int w = 1; w <= PREVIOUS_WEEKS; w++) {
                before += c[w];
            }
            if (c[0] == 0) {
                return;
            }
            BigDecimal average = BigDecimal.valueOf(before).divide(BigDecimal.valueOf(PREVIOUS_WEEKS), 2, RoundingMode.HALF_UP);
            BigDecimal change = before == 0 ? null : BigDecimal.valueOf(c[0]).subtract(average).multiply(BigDecimal.valueOf(100))
                    .divide(average, 1, RoundingMode.HALF_UP);
            out.add(new Line(code, name.apply(code), c[0], average, change, before == 0));
        });
        out.sort(Comparator.comparingLong(Line::thisWeek).reversed().thenComparing(Line::code));
        return out.size() > top ? List.copyOf(out.subList(0, top)) : out;
    }

    /** The surveys' answer list is for managers; the scheduled report reads it as the system, with a manager's rights. */
    private static <T> T asSystem(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Role.MANAGER.name()))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
