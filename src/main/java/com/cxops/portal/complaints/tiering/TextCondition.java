package com.cxops.portal.complaints.tiering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text part of a tiering rule: phrases (any of them will do), exclusions that cancel a phrase they overlap
 * ("smoke grey" cancels "smoke", "court shoes" cancels "court", "agent Sue" cancels "sue"), context words that cancel
 * a phrase in the same clause ("广告", "advert": a post seen as an advert is not the customer's post), and whether a
 * negation just before a phrase cancels it ("no injury", "没有受伤"). Besides, a phrase written in lower case does not
 * match a capitalised word in mid-sentence (a name: "agent Sue", "Fire Red"), and no phrase matches inside quotation
 * marks (a product or colour name: “烟雾森林”).
 */
public final class TextCondition {

    public static final TextCondition NONE = new TextCondition(List.of(), List.of(), List.of(), false);

    /** Words that negate what follows within {@link #NEGATION_WINDOW} words in the same clause. */
    static final List<String> NEGATIONS = List.of("no", "not", "never", "without", "nobody", "none", "neither", "nor", "didn't",
            "doesn't", "wasn't", "isn't", "haven't", "hasn't", "hadn't", "weren't", "aren't", "cannot", "couldn't", "wouldn't",
            "没有", "没", "无", "未", "不", "不会", "不是", "并非", "并未", "并没有", "别", "毫无", "非");
    static final int NEGATION_WINDOW = 3;
    /**
     * Words between a negation and what it negates that do not count towards the window: "不打算投诉到消协", "不会去找媒体",
     * "will not go to the press".
     */
    static final List<String> PASS_THROUGH = List.of("will", "would", "go", "going", "to", "the", "a", "an", "be", "been", "any", "ever",
            "会", "去", "找", "打算", "想", "要", "准备", "投诉", "到", "向", "再");
    private static final Set<String> PASS_THROUGH_KEYS = keys(PASS_THROUGH);
    private static final int NEGATION_SCAN = 8;
    private static final Set<String> NEGATION_KEYS = negationKeys();
    private static final Map<String, TextCondition> COMPILED = new ConcurrentHashMap<>();

    private final List<Phrase> phrases;
    private final List<Phrase> exclusions;
    private final List<Phrase> contexts;
    private final boolean negatable;

    private TextCondition(List<Phrase> phrases, List<Phrase> exclusions, List<Phrase> contexts, boolean negatable) {
        this.phrases = phrases;
        this.exclusions = exclusions;
        this.contexts = contexts;
        this.negatable = negatable;
    }

    /** Compiled once per distinct wording (analysis of phrases costs more than matching them), then shared. */
    public static TextCondition of(Collection<String> phrases, Collection<String> exclusions, Collection<String> contexts, boolean negatable) {
        if (phrases.isEmpty()) {
            return NONE;
        }
        String id = String.join("\u0001", phrases) + "\u0002" + String.join("\u0001", exclusions) + "\u0002"
                + String.join("\u0001", contexts) + "\u0002" + negatable;
        if (COMPILED.size() > 5000) {
            COMPILED.clear();
        }
        return COMPILED.computeIfAbsent(id, k -> new TextCondition(compile(phrases), compile(exclusions), compile(contexts), negatable));
    }

    private static List<Phrase> compile(Collection<String> written) {
        return written.stream().map(Phrase::of).filter(Objects::nonNull).toList();
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** For the audit trail: the rule's text condition as written. */
    @Override
    public String toString() {
        return phrases.isEmpty() ? "no phrases" : "phrases " + phrases + (exclusions.isEmpty() ? "" : ", exclusions " + exclusions)
                + (contexts.isEmpty() ? "" : ", context " + contexts) + (negatable ? ", negatable" : "");
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    /** Why a phrase found in the text was not counted. */
    public enum Cancel { EXCLUSION, CONTEXT, NEGATION, NAME, QUOTED }

    public record Cancelled(String words, String phrase, Cancel why, String by) {
    }

    /** The phrases found (words as written, each once) and those cancelled, with the reason. */
    public record Outcome(List<String> words, List<Cancelled> cancelled) {
        public boolean matched() {
            return !words.isEmpty();
        }
    }

    public Outcome evaluate(AnalyzedText t) {
        if (phrases.isEmpty() || t.tokens().isEmpty()) {
            return new Outcome(List.of(), List.of());
        }
        LinkedHashSet<String> words = new LinkedHashSet<>();
        List<Cancelled> cancelled = new ArrayList<>(0);
        List<Phrase.Hit> excluded = null;
        List<Phrase.Hit> context = null;
        for (Phrase p : phrases) {
            for (Phrase.Hit hit : p.find(t)) {
                if (excluded == null) {
                    excluded = hits(exclusions, t);
                    context = hits(contexts, t);
                }
                Cancelled c = cancel(hit, t, excluded, context);
                if (c == null) {
                    words.add(hit.words());
                } else if (cancelled.size() < 20) {
                    cancelled.add(c);
                }
            }
        }
        return new Outcome(List.copyOf(words), List.copyOf(cancelled));
    }

    /** The phrase occurrences that count (not cancelled). */
    List<Phrase.Hit> acceptedHits(AnalyzedText t) {
        List<Phrase.Hit> out = new ArrayList<>();
        if (phrases.isEmpty() || t.tokens().isEmpty()) {
            return out;
        }
        List<Phrase.Hit> excluded = hits(exclusions, t);
        List<Phrase.Hit> context = hits(contexts, t);
        for (Phrase p : phrases) {
            for (Phrase.Hit hit : p.find(t)) {
                if (cancel(hit, t, excluded, context) == null) {
                    out.add(hit);
                }
            }
        }
        return out;
    }

    private static List<Phrase.Hit> hits(List<Phrase> list, AnalyzedText t) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Phrase.Hit> out = new ArrayList<>();
        for (Phrase p : list) {
            out.addAll(p.find(t));
        }
        return out;
    }

    private Cancelled cancel(Phrase.Hit hit, AnalyzedText t, List<Phrase.Hit> excluded, List<Phrase.Hit> context) {
        for (Phrase.Hit x : excluded) {
            if (x.overlaps(hit)) {
                return new Cancelled(hit.words(), hit.phrase().written(), Cancel.EXCLUSION, x.words());
            }
        }
        int clause = t.tokens().get(hit.first()).clause();
        for (Phrase.Hit x : context) {
            if (t.tokens().get(x.first()).clause() == clause) {
                return new Cancelled(hit.words(), hit.phrase().written(), Cancel.CONTEXT, x.words());
            }
        }
        if (t.cues().isQuoted(hit.first())) {
            return new Cancelled(hit.words(), hit.phrase().written(), Cancel.QUOTED, hit.words());
        }
        if (hit.phrase().lowerCaseLatin() && ((t.cues().isCapitalizedMidSentence(hit.first()) && !t.cues().isTitleCaseClause(clause))
                || t.cues().isNameAddressedAtSentenceStart(hit.first()))) {
            return new Cancelled(hit.words(), hit.phrase().written(), Cancel.NAME, hit.words());
        }
        if (negatable) {
            int i = negation(t, hit.first(), clause);
            if (i >= 0) {
                return new Cancelled(hit.words(), hit.phrase().written(), Cancel.NEGATION, t.words(i, i));
            }
        }
        return null;
    }

    /** The negation word just before a token in its clause (see {@link #NEGATION_WINDOW}), or -1. */
    private static int negation(AnalyzedText t, int first, int clause) {
        int counted = 0;
        for (int i = first - 1; i >= 0 && i >= first - NEGATION_SCAN && counted < NEGATION_WINDOW; i--) {
            AnalyzedText.Token tok = t.tokens().get(i);
            if (tok.clause() != clause) {
                break;
            }
            if (NEGATION_KEYS.contains(tok.term())) {
                return i;
            }
            if (!PASS_THROUGH_KEYS.contains(tok.term())) {
                counted++;
            }
        }
        return -1;
    }

    private static Set<String> negationKeys() {
        return keys(NEGATIONS);
    }

    private static Set<String> keys(List<String> words) {
        Set<String> keys = new HashSet<>();
        for (String n : words) {
            String k = PhraseKey.keyOf(n);
            // "didn't" analyzes to "didn t": the first word is the cue
            int space = k.indexOf(' ');
            keys.add(space > 0 ? k.substring(0, space) : k);
        }
        keys.remove("");
        return Set.copyOf(keys);
    }
}
