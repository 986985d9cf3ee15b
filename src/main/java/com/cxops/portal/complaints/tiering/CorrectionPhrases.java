package com.cxops.portal.complaints.tiering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phrases worth proposing from corrected complaints: the words of a text (one or two words, no function words) as
 * candidate rule additions, and, around a phrase a rule matched by mistake, the same phrase with its neighbour word
 * ("smoke" → "smoke grey", "sue" → "agent Sue") as a candidate exclusion.
 */
public final class CorrectionPhrases {

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "you", "your", "that", "this", "have", "has", "was",
            "were", "are", "but", "not", "from", "they", "them", "their", "our", "its", "it's", "she", "him", "her", "his", "had", "been",
            "will", "would", "can", "could", "what", "when", "which", "who", "all", "any", "too", "very", "just", "also", "about",
            "there", "then", "than", "into", "out", "get", "got", "one", "two", "abl", "thi", "wa", "ha");

    private CorrectionPhrases() {
    }

    /** Words and pairs of neighbouring words (within a clause) as written, lower-cased, each once. */
    public static List<String> candidates(AnalyzedText t) {
        Set<String> out = new LinkedHashSet<>();
        List<AnalyzedText.Token> ts = t.tokens();
        for (int i = 0; i < ts.size() && out.size() < 400; i++) {
            if (!content(ts.get(i))) {
                continue;
            }
            out.add(t.words(i, i).toLowerCase(Locale.ROOT));
            if (i + 1 < ts.size() && ts.get(i + 1).clause() == ts.get(i).clause() && content(ts.get(i + 1))) {
                out.add(t.words(i, i + 1).toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(out);
    }

    /** For each place the rule matched: the match widened by the word before or after it, as written. */
    public static List<String> exclusionCandidates(AnalyzedText t, TextCondition rule) {
        Set<String> out = new LinkedHashSet<>();
        List<AnalyzedText.Token> ts = t.tokens();
        for (Phrase.Hit hit : rule.acceptedHits(t)) {
            int clause = ts.get(hit.first()).clause();
            if (hit.first() > 0 && ts.get(hit.first() - 1).clause() == clause && content(ts.get(hit.first() - 1))) {
                out.add(t.words(hit.first() - 1, hit.last()));
            }
            if (hit.last() + 1 < ts.size() && ts.get(hit.last() + 1).clause() == clause && content(ts.get(hit.last() + 1))) {
                out.add(t.words(hit.first(), hit.last() + 1));
            }
        }
        return new ArrayList<>(out);
    }

    /** The analyzed form, so that "Lawyers" and "lawyer" count as one phrase. */
    public static String key(String phrase) {
        return PhraseKey.keyOf(phrase);
    }

    private static boolean content(AnalyzedText.Token tok) {
        String term = tok.term();
        if (term.isEmpty()) {
            return false;
        }
        char c = term.charAt(0);
        if (PhraseKey.isLatinOrDigit(c)) {
            return term.length() >= 3 && !STOP.contains(term) && !Character.isDigit(c);
        }
        return Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN && term.length() >= 2;
    }
}
