package com.cxops.portal.surveys;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.customers.CustomerFacts;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NPS and CSAT for managers: restricts the filter to what the caller may see (an agent without a manager role sees
 * only their own CSAT) and shapes the numbers of {@link SurveyResultCounts} and the rows of
 * {@link SurveyAnswerQueries} into the results, with the calculators turning histograms into scores with margins.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResultsService {

    private final SurveyAnswerQueries queries;
    private final SurveyResultCounts counts;
    private final SurveySettings settings;
    private final ShopSettings shop;
    private final CurrentUser user;
    private final CustomerFacts customers;

    SurveyResultsService(SurveyAnswerQueries queries, SurveyResultCounts counts, SurveySettings settings, ShopSettings shop,
                         CurrentUser user, CustomerFacts customers) {
        this.queries = queries;
        this.counts = counts;
        this.customers = customers;
        this.settings = settings;
        this.shop = shop;
        this.user = user;
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN, Role.Names.AGENT})
    public SurveyResults.Overview overview(SurveyKind kind, Instant from, Instant to, SurveySplit split, int months) {
        AnswerFilter base = restrict(AnswerFilter.of(kind, from, to));
        kind = base.kind();
        Map<String, long[]> histograms = new LinkedHashMap<>();
        Map<String, long[]> response = new LinkedHashMap<>();
        counts.counts(base, split, histograms, response);
        int small = settings.smallSampleBelow();
        List<SurveyResults.Group> groups = new ArrayList<>();
        long[] all = new long[kind.max() - kind.min() + 1];
        for (Map.Entry<String, long[]> e : histograms.entrySet()) {
            long[] h = e.getValue();
            for (int i = 0; i < h.length; i++) {
                all[i] += h[i];
            }
            if (split != null) {
                long[] r = response.getOrDefault(e.getKey(), new long[2]);
                groups.add(new SurveyResults.Group(e.getKey(), score(kind, h, small), h, r[0], r[1]));
            }
        }
        long sent = 0;
        long answered = 0;
        for (long[] r : response.values()) {
            sent += r[0];
            answered += r[1];
        }
        if (split != null) {
            for (Map.Entry<String, long[]> e : response.entrySet()) {
                if (!histograms.containsKey(e.getKey())) {
                    long[] empty = new long[all.length];
                    groups.add(new SurveyResults.Group(e.getKey(), ScoreResult.none(), empty, e.getValue()[0], e.getValue()[1]));
                }
            }
            groups.sort((a, b) -> Long.compare(b.score().answers(), a.score().answers()));
        }
        SurveyResults.Group total = new SurveyResults.Group(null, score(kind, all, small), all, sent, answered);
        return new SurveyResults.Overview(total, groups, trend(base, months, to));
    }

    /** Answers, newest first, filtered; a slice (no count). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN, Role.Names.AGENT})
    public Slice<SurveyResults.AnswerRow> answers(AnswerFilter filter, Pageable pageable) {
        List<Object[]> rows = queries.page(restrict(filter), pageable);
        boolean more = rows.size() > pageable.getPageSize();
        List<Object[]> page = more ? rows.subList(0, pageable.getPageSize()) : rows;
        // names come from the customers feature's read model: one query for the page, not a join on its table
        Map<Long, String> names = customers.names(page.stream().map(r -> (Long) r[6]).toList());
        List<SurveyResults.AnswerRow> result = page.stream().map(r -> new SurveyResults.AnswerRow((Long) r[0],
                (SurveyKind) r[1], ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (Instant) r[5], (Long) r[6],
                names.getOrDefault((Long) r[6], "#" + r[6]), (Long) r[7], SurveyAnswerQueries.text(r[8]), (Boolean) r[9], (Long) r[10],
                (Long) r[11])).toList();
        return new SliceImpl<>(result, pageable, more);
    }

    /** How many answers the filter lists: the same number as the results group the filter drilled into. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN, Role.Names.AGENT})
    public long countAnswers(AnswerFilter filter) {
        return queries.count(restrict(filter));
    }

    private AnswerFilter restrict(AnswerFilter f) {
        boolean manager = user.hasRole(Role.Names.MANAGER) || user.hasRole(Role.Names.EXECUTIVE) || user.hasRole(Role.Names.ADMIN);
        if (manager) {
            return f;
        }
        // an agent sees the CSAT of the complaints they handled
        String me = user.id().map(String::valueOf).orElse("-1");
        return new AnswerFilter(SurveyKind.CSAT, f.from(), f.to(), f.groups(), f.band(), f.theme(), f.withComment(), f.text())
                .drill(SurveySplit.AGENT, me);
    }

    /**
     * The last {@code months} calendar months of the shop's zone up to {@code to}, each scored from its histogram
     * ({@link SurveyResultCounts#monthly}).
     */
    private List<SurveyResults.Month> trend(AnswerFilter f, int months, Instant to) {
        YearMonth last = YearMonth.from(to.minusNanos(1).atZone(shop.zone()));
        int small = settings.smallSampleBelow();
        List<long[]> histograms = counts.monthly(f, months, last);
        List<SurveyResults.Month> trend = new ArrayList<>(histograms.size());
        for (int i = 0; i < histograms.size(); i++) {
            trend.add(new SurveyResults.Month(last.minusMonths(histograms.size() - 1 - i), score(f.kind(), histograms.get(i), small)));
        }
        return trend;
    }

    static ScoreResult score(SurveyKind kind, long[] histogram, int small) {
        return kind == SurveyKind.NPS ? NpsCalculator.ofHistogram(histogram, small) : CsatCalculator.ofHistogram(histogram, small);
    }
}
