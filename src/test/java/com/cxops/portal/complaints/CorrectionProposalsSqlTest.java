package com.cxops.portal.complaints;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.tiering.AnalyzedText;
import com.cxops.portal.complaints.tiering.CorrectionPhrases;
import com.cxops.portal.complaints.tiering.RuleFamily;
import com.cxops.portal.complaints.tiering.TierReason;
import com.cxops.portal.complaints.tiering.TieringSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corrections report counts stored phrases with GROUP BY over all corrections and proposes the same phrases, counts
 * and examples as analyzing every corrected text did; corrections kept before phrases were stored count once the
 * start-up job has analyzed them.
 */
class CorrectionProposalsSqlTest extends ComplaintTestSupport {

    @Autowired
    TextTieringService textTiering;
    @Autowired
    TieringRuleService ruleService;
    @Autowired
    TierCorrectionRepository corrections;
    @Autowired
    SettingsService settings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CorrectionPhraseBackfill backfill;

    private ComplaintForm textForm(long customer, String subject, String description) {
        ComplaintForm f = form(customer, subject);
        f.setCategory(ComplaintCategory.OTHER);
        f.setDescription(description);
        return f;
    }

    private static String word(String prefix, char fill) {
        return prefix + unique("").toLowerCase().replaceAll("[^a-z]", String.valueOf(fill)).substring(0, 6);
    }

    /** A rule on a word of this test's own, and complaints people lowered from it and raised above Normal. */
    private List<Long> correct(String matched, String raised) {
        actAsNew(Role.ADMIN);
        TieringRuleForm rf = new TieringRuleForm();
        rf.setName(unique("odour "));
        rf.setTier(Tier.MAJOR);
        rf.setFamily(RuleFamily.SAFETY);
        rf.setPhrasesEn(matched);
        ruleService.create(rf);
        long customer = customer();
        List<Long> complaints = new ArrayList<>();
        for (String text : List.of("stale " + matched + " from the box", "a stale " + matched + " in the bag", "Stale " + matched + ", sour "
                + matched + " everywhere", "sour " + matched + " only")) {
            Complaint c = intake(textForm(customer, unique("Smell "), text));
            actAsNew(Role.MANAGER);
            workflow.changeTier(c.getId(), Tier.NORMAL, "only a smell, no danger", c.getVersion());
            complaints.add(c.getId());
        }
        for (String text : List.of("the " + raised + " seller again", "this " + raised + " seller", raised + " refund trick",
                "Seller " + raised.toUpperCase() + " tricked me")) {
            Complaint c = intake(textForm(customer, unique("Seller "), text));
            actAsNew(Role.MANAGER);
            workflow.changeTier(c.getId(), Tier.MAJOR, "fraud risk", c.getVersion());
            complaints.add(c.getId());
        }
        actAsNew(Role.ADMIN);
        return complaints;
    }

    @Test
    void proposals_counted_in_sql_are_those_counted_from_the_texts() {
        String matched = word("zq", 'x');
        String raised = word("yq", 'y');
        correct(matched, raised);

        List<TextTieringService.Proposal> sql = ours(textTiering.proposals(), matched, raised);
        List<TextTieringService.Proposal> java = ours(fromTexts(), matched, raised);
        assertThat(sql).isNotEmpty().containsExactlyInAnyOrderElementsOf(java);
        assertThat(sql).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(TextTieringService.ProposalKind.EXCLUDE);
            assertThat(p.phrase()).isEqualToIgnoringCase("stale " + matched);
            assertThat(p.count()).isEqualTo(3);
        });
        assertThat(sql).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(TextTieringService.ProposalKind.ADD);
            assertThat(p.phrase()).isEqualTo(raised);
            assertThat(p.count()).isEqualTo(4);
        });
    }

    @Test
    void corrections_kept_before_phrases_were_stored_are_analyzed_by_the_start_up_job_not_by_the_report() {
        String matched = word("zw", 'x');
        String raised = word("yw", 'y');
        List<Long> complaints = correct(matched, raised);
        String in = complaints.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        // as the migration leaves corrections recorded before it: no phrases, not analyzed
        jdbc.update("DELETE FROM tier_correction_phrase WHERE correction_id IN (SELECT id FROM tier_correction WHERE complaint_id IN (" + in + "))");
        jdbc.update("UPDATE tier_correction SET phrases_analyzed = FALSE WHERE complaint_id IN (" + in + ")");
        // the report does not analyze them while an administrator waits: it says how many are waiting
        assertThat(ours(textTiering.proposals(), matched, raised)).isEmpty();
        assertThat(textTiering.correctionsAwaitingAnalysis()).isGreaterThanOrEqualTo(complaints.size());
        assertThat(backfill.run()).isGreaterThanOrEqualTo(complaints.size());
        assertThat(textTiering.correctionsAwaitingAnalysis()).isZero();
        assertThat(ours(textTiering.proposals(), matched, raised)).hasSize(ours(fromTexts(), matched, raised).size()).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tier_correction WHERE phrases_analyzed = FALSE AND complaint_id IN (" + in + ")",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tier_correction_phrase p JOIN tier_correction c ON c.id = p.correction_id"
                + " WHERE c.complaint_id IN (" + in + ")", Integer.class)).isPositive();
    }

    /**
     * The report lists the most frequent phrases only; on a database that earlier runs filled with phrases as frequent as
     * these, the limit is raised for the test so that this test's own phrases are always among those listed.
     */
    @BeforeEach
    void listEveryProposal() {
        actAsNew(Role.ADMIN);
        limitBefore = settings.get(TieringSettings.PROPOSAL_LIMIT);
        settings.update(TieringSettings.PROPOSAL_LIMIT, "500", settings.list(TieringSettings.PROPOSAL_LIMIT).getFirst().getVersion());
    }

    @AfterEach
    void restoreTheLimit() {
        actAsNew(Role.ADMIN);
        settings.update(TieringSettings.PROPOSAL_LIMIT, limitBefore, settings.list(TieringSettings.PROPOSAL_LIMIT).getFirst().getVersion());
    }

    private String limitBefore;

    private static List<TextTieringService.Proposal> ours(List<TextTieringService.Proposal> all, String matched, String raised) {
        return all.stream().filter(p -> p.phrase().toLowerCase().contains(matched) || p.phrase().toLowerCase().contains(raised)).toList();
    }

    /** The report as it was computed before: every corrected text analyzed in Java (the newest 2 000), counted in a map. */
    private List<TextTieringService.Proposal> fromTexts() {
        int min = settings.getInt(TieringSettings.PROPOSAL_MIN_COUNT);
        List<TieringRule> all = ruleService.list();
        all = new ArrayList<>(all);
        all.sort(Comparator.comparingInt(TieringRule::getPosition).thenComparingLong(TieringRule::getId));
        Map<Long, TieringRule> byId = new HashMap<>();
        all.forEach(r -> byId.put(r.getId(), r));
        Set<String> known = new HashSet<>();
        for (TieringRule r : all) {
            r.allPhrases().forEach(p -> known.add(CorrectionPhrases.key(p)));
            TieringRule.list(r.getExclusions()).forEach(p -> known.add(CorrectionPhrases.key(p)));
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, TextTieringService.Proposal> first = new LinkedHashMap<>();
        for (TierCorrection x : corrections.findAllByOrderByUpdatedAtDescIdDesc(PageRequest.of(0, 2000))) {
            AnalyzedText text = AnalyzedText.of(x.getText());
            Set<String> seen = new HashSet<>();
            if (x.getTierChosen().isAbove(x.getTierGiven())) {
                TieringRule target = all.stream().filter(r -> r.isEnabled() && r.getTier() == x.getTierChosen() && !r.allPhrases().isEmpty())
                        .findFirst().orElse(null);
                if (target != null) {
                    for (String c : CorrectionPhrases.candidates(text)) {
                        offer(TextTieringService.ProposalKind.ADD, c, target, x, known, seen, counts, first);
                    }
                }
            } else {
                TierReason.Decoded given = TierReason.decode(x.getReasonGiven());
                if (given != null) {
                    for (TierReason.Item item : given.items()) {
                        TieringRule rule = byId.get(item.ruleId());
                        if (rule != null && !item.words().isEmpty()) {
                            for (String c : CorrectionPhrases.exclusionCandidates(text, rule.toSpec().text())) {
                                offer(TextTieringService.ProposalKind.EXCLUDE, c, rule, x, known, seen, counts, first);
                            }
                        }
                    }
                }
            }
        }
        List<TextTieringService.Proposal> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n[0] >= min) {
                TextTieringService.Proposal p = first.get(k);
                out.add(new TextTieringService.Proposal(p.kind(), p.phrase(), p.ruleId(), p.ruleName(), p.ruleVersion(), p.tier(), n[0], p.example()));
            }
        });
        return out;
    }

    private static void offer(TextTieringService.ProposalKind kind, String phrase, TieringRule rule, TierCorrection x, Set<String> known,
                              Set<String> seen, Map<String, int[]> counts, Map<String, TextTieringService.Proposal> first) {
        String key = CorrectionPhrases.key(phrase);
        if (key.isEmpty() || known.contains(key) || !seen.add(kind + "|" + rule.getId() + "|" + key)) {
            return;
        }
        String id = kind + "|" + rule.getId() + "|" + key;
        counts.computeIfAbsent(id, k -> new int[1])[0]++;
        first.putIfAbsent(id, new TextTieringService.Proposal(kind, phrase, rule.getId(), rule.getName(), rule.getVersion(), rule.getTier(), 0,
                x.getText().length() > 200 ? x.getText().substring(0, 200) : x.getText()));
    }
}
