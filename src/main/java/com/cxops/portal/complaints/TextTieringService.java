package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.access.ComplaintWorkers;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.tiering.AnalyzedText;
import com.cxops.portal.complaints.tiering.CorrectionPhrases;
import com.cxops.portal.complaints.tiering.CountInference;
import com.cxops.portal.complaints.tiering.TextNormalizer;
import com.cxops.portal.complaints.tiering.TierReason;
import com.cxops.portal.complaints.tiering.TieringSettings;
import com.cxops.portal.customers.CustomerLayer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text side of tiering: the administrators' "test a text" box, the count of affected customers a text suggests,
 * and learning from corrections (every manual tier change kept as a labelled example; a report of the phrases most
 * often found in corrected complaints, proposed as rule additions or exclusions, adopted with one click).
 */
@Service
@Transactional
@Validated
public class TextTieringService {

    /** Corrections recorded before their phrases were stored are analyzed this many at a time, after start (CorrectionPhraseBackfill). */
    static final int BACKFILL_BATCH = 200;

    private final TieringRuleRepository rules;
    private final TierCorrectionRepository corrections;
    private final CorrectionPhraseStore phrases;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    TextTieringService(TieringRuleRepository rules, TierCorrectionRepository corrections, CorrectionPhraseStore phrases,
                       SettingsService settings, AuditTrail audit, Clock clock) {
        this.rules = rules;
        this.corrections = corrections;
        this.phrases = phrases;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the current rules make of a sample text, rule by rule, and the tier it would get (as if it came by API). */
    public record TextTest(TieringEngine.Result result, List<TieringEngine.Trace> traces, String normalized) {
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public TextTest test(@Size(max = TextNormalizer.MAX_CHARS) String text) {
        String t = text == null ? "" : text;
        List<TieringEngine.RuleSpec> specs = rules.findAllByOrderByPositionAscIdAsc().stream().map(TieringRule::toSpec).toList();
        TieringEngine.Facts facts = new TieringEngine.Facts(ComplaintCategory.OTHER, ComplaintChannel.EMAIL, SpreadRisk.PRIVATE, 1,
                CustomerLayer.REGULAR, false, "", t, null, clock.instant(), null, true, batchEstimate());
        return new TextTest(TieringEngine.evaluate(specs, facts), TieringEngine.explain(specs, facts), AnalyzedText.of(t).text());
    }

    /** A count of affected customers the text names, above one and within the accepted maximum; for the intake form. */
    @ComplaintWorkers
    @Transactional(readOnly = true)
    public Optional<CountInference.Inferred> suggestAffected(String subject, String description) {
        return inferAffected(subject, description);
    }

    Optional<CountInference.Inferred> inferAffected(String subject, String description) {
        String text = (subject == null ? "" : subject) + "\n" + (description == null ? "" : description);
        CountInference.Inferred i = CountInference.infer(TextNormalizer.normalize(text), batchEstimate());
        int max = settings.getInt(ComplaintSettings.MAX_AFFECTED);
        return i == null || i.count() <= 1 ? Optional.empty() : Optional.of(i.count() > max ? new CountInference.Inferred(max, i.words()) : i);
    }

    int batchEstimate() {
        return settings.getInt(TieringSettings.BATCH_ESTIMATE);
    }

    /** Every manual tier change, in its transaction: the example is kept with the tier and reason it had. */
    @org.springframework.context.event.EventListener
    void on(ComplaintTierCorrected e) {
        record(e.complaint(), e.given(), e.reasonGiven(), e.chosen(), e.why(), e.actor());
    }

    void record(Complaint c, Tier given, String reasonGiven, Tier chosen, String why, String actor) {
        String text = (c.getSubject() == null ? "" : c.getSubject()) + "\n" + (c.getDescription() == null ? "" : c.getDescription());
        TierCorrection x = new TierCorrection(c.getId(), text, given, chosen, reasonGiven, why);
        x.touch(clock.instant(), actor);
        x = corrections.saveAndFlush(x);
        phrases.save(x.getId(), phraseRows(x));
    }

    /**
     * The phrases a correction contributes to the report: for a complaint people raised, its words and word pairs
     * (proposed for the chosen tier); for one they lowered, each matched rule's match widened by a neighbour word.
     * Each analyzed phrase once per correction and kind, as first written.
     */
    private List<CorrectionPhraseStore.Row> phraseRows(TierCorrection x) {
        AnalyzedText text = AnalyzedText.of(x.getText());
        Map<String, CorrectionPhraseStore.Row> rows = new LinkedHashMap<>();
        if (x.getTierChosen().isAbove(x.getTierGiven())) {
            for (String c : CorrectionPhrases.candidates(text)) {
                addRow(rows, ProposalKind.ADD, x.getTierChosen(), null, c);
            }
        } else {
            TierReason.Decoded given = TierReason.decode(x.getReasonGiven());
            if (given != null) {
                for (TierReason.Item item : given.items()) {
                    TieringRule rule = item.words().isEmpty() ? null : rules.findById(item.ruleId()).orElse(null);
                    if (rule != null) {
                        for (String c : CorrectionPhrases.exclusionCandidates(text, rule.toSpec().text())) {
                            addRow(rows, ProposalKind.EXCLUDE, null, rule.getId(), c);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static void addRow(Map<String, CorrectionPhraseStore.Row> rows, ProposalKind kind, Tier tier, Long ruleId, String phrase) {
        String key = CorrectionPhrases.key(phrase);
        if (key.isEmpty() || key.length() > CorrectionPhraseStore.PHRASE_MAX || phrase.length() > CorrectionPhraseStore.PHRASE_MAX) {
            return;
        }
        rows.putIfAbsent(kind + "|" + ruleId + "|" + key, new CorrectionPhraseStore.Row(kind, tier, ruleId, key, phrase));
    }

    /**
     * Analyzes one batch of the corrections kept before phrases were stored, in its own transaction; the number analyzed
     * (0 when none are left). Run by the system after start, never on a person's request.
     */
    int backfillBatch() {
        List<Long> ids = phrases.unanalyzed(BACKFILL_BATCH);
        for (TierCorrection x : corrections.findAllById(ids)) {
            phrases.save(x.getId(), phraseRows(x));
        }
        return ids.size();
    }

    /** How many older corrections still wait for their phrases (the report says so while the start-up job runs). */
    @AdminOnly
    @Transactional(readOnly = true)
    public int correctionsAwaitingAnalysis() {
        return phrases.unanalyzedCount();
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<TierCorrection> recentCorrections(int limit) {
        return corrections.findAllByOrderByUpdatedAtDescIdDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 500)))).getContent();
    }

    public enum ProposalKind { ADD, EXCLUDE }

    /**
     * A proposed rule change: add {@code phrase} to the rule (it appears in complaints people raised to the rule's
     * tier), or exclude it (it surrounds the rule's match in complaints people lowered).
     */
    public record Proposal(ProposalKind kind, @Size(max = TieringRule.PHRASE_MAX) String phrase, long ruleId, String ruleName,
                           long ruleVersion, Tier tier, int count, String example) {
    }

    /**
     * Phrases counted over all corrections in SQL (see {@link CorrectionPhraseStore}); phrases the rules already have
     * are left out. An addition goes to the first enabled text rule of the tier people chose.
     */
    @AdminOnly
    public List<Proposal> proposals() {
        int min = settings.getInt(TieringSettings.PROPOSAL_MIN_COUNT);
        int limit = settings.getInt(TieringSettings.PROPOSAL_LIMIT);
        List<TieringRule> all = rules.findAllByOrderByPositionAscIdAsc();
        Map<Long, TieringRule> byId = new HashMap<>();
        all.forEach(r -> byId.put(r.getId(), r));
        Set<String> known = new HashSet<>();
        for (TieringRule r : all) {
            r.allPhrases().forEach(p -> known.add(CorrectionPhrases.key(p)));
            TieringRule.list(r.getExclusions()).forEach(p -> known.add(CorrectionPhrases.key(p)));
        }
        Map<Tier, TieringRule> targets = new HashMap<>();
        for (TieringRule r : all) {
            if (r.isEnabled() && !r.allPhrases().isEmpty()) {
                targets.putIfAbsent(r.getTier(), r);
            }
        }
        // known phrases are left out after counting: asking for that many more keeps the top of the list whole
        List<CorrectionPhraseStore.Count> counts = phrases.counts(Math.max(1, min), limit + known.size()).stream()
                .filter(c -> !known.contains(c.key()))
                .filter(c -> c.kind() == ProposalKind.ADD ? targets.containsKey(c.tier()) : byId.containsKey(c.ruleId()))
                .toList();
        Map<String, CorrectionPhraseStore.Example> examples = phrases.examples(counts);
        List<Proposal> out = new ArrayList<>();
        for (CorrectionPhraseStore.Count c : counts) {
            TieringRule rule = c.kind() == ProposalKind.ADD ? targets.get(c.tier()) : byId.get(c.ruleId());
            CorrectionPhraseStore.Example e = examples.get(CorrectionPhraseStore.exampleKey(c));
            String phrase = e == null ? c.key() : e.phrase();
            String example = e == null ? "" : e.text().length() > 200 ? e.text().substring(0, 200) : e.text();
            out.add(new Proposal(c.kind(), phrase, rule.getId(), rule.getName(), rule.getVersion(), rule.getTier(), c.corrections(), example));
        }
        out.sort(Comparator.comparingInt(Proposal::count).reversed().thenComparing(p -> p.kind() == ProposalKind.EXCLUDE ? 0 : 1)
                .thenComparing(Proposal::phrase));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** One click: the phrase joins the rule's phrases (by its script, English or Chinese) or its exclusions. */
    @AdminOnly
    public TieringRule adopt(@Valid Proposal p) {
        TieringRule r = rules.findById(p.ruleId()).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(r, p.ruleVersion());
        String phrase = p.phrase() == null ? "" : p.phrase().trim();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(phrase.isEmpty() || CorrectionPhrases.key(phrase).isEmpty(), "phrase", "tiering.error.phrase");
        errors.throwIfAny();
        boolean exclusion = p.kind() == ProposalKind.EXCLUDE;
        if (!r.adopt(phrase, exclusion)) {
            throw InvalidInputException.of("phrase", "tiering.error.already-there");
        }
        int max = TieringRule.LIST_MAX;
        String list = exclusion ? r.getExclusions() : phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? r.getPhrasesZh() : r.getPhrasesEn();
        if (list != null && list.length() > max) {
            throw new InvalidInputException(java.util.Map.of("phrase", InvalidInputException.TOO_LONG),
                    java.util.Map.of("phrase", new Object[] {max}));
        }
        String actor = Actors.current();
        r.touch(clock.instant(), actor);
        r = rules.saveAndFlush(r);
        audit.record(exclusion ? "TIERING_EXCLUSION_ADOPTED" : "TIERING_PHRASE_ADOPTED", "TieringRule", r.getId(),
                AuditDetails.of("audit.detail.phrase-adopted", r.getName(), phrase, p.count()));
        return r;
    }
}
