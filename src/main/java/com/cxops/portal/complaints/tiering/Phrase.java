package com.cxops.portal.complaints.tiering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One phrase of a rule as an administrator wrote it: words that must follow each other ("legal action", "消费者协会"),
 * or parts joined by "..." that must appear in this order within one clause, a few words apart ("refund ... not
 * received", "钱...没退"). Matching is by analyzed word: stems for English, segmented words for Chinese; a phrase never
 * matches inside a longer word ("sue" is not in "issue", "court" not in "courtesy").
 */
public final class Phrase {

    /** How many words may stand between the parts of a "..." phrase. */
    static final int MAX_GAP_WORDS = 6;

    private final String written;
    private final List<String> parts;
    private final boolean lowerCaseLatin;
    private final List<String> probe;

    private Phrase(String written, List<String> parts, List<String> probe) {
        this.written = written;
        this.parts = parts;
        this.probe = probe;
        this.lowerCaseLatin = parts.size() == 1 && parts.get(0).indexOf(' ') < 0 && written.equals(written.toLowerCase(Locale.ROOT))
                && written.chars().anyMatch(c -> c < 0x3000 && Character.isLetter(c));
    }

    /** Null when the phrase has no words left after analysis (only punctuation, say). */
    public static Phrase of(String written) {
        String w = written == null ? "" : written.trim();
        if (w.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<List<String>> partTerms = new ArrayList<>();
        for (String part : w.split("\\.\\.\\.|…")) {
            List<String> terms = TextSegmenter.termsOf(part);
            String key = PhraseKey.keyOf(terms);
            if (!key.isEmpty()) {
                parts.add(key);
                partTerms.add(terms);
            }
        }
        return parts.isEmpty() ? null : new Phrase(w, List.copyOf(parts), PhraseProbes.probeTerms(partTerms));
    }

    /** Words a clause must all contain for this phrase to occur in it (see {@link PhraseProbes}); empty if none can be named. */
    List<String> probe() {
        return probe;
    }

    public String written() {
        return written;
    }

    /**
     * One word written all in lower case: then a capitalised word in mid-sentence is taken for a name and not matched
     * ("agent Sue", "Fire Red"). A phrase of several words written in capitals is an organisation's name and matches.
     */
    boolean lowerCaseLatin() {
        return lowerCaseLatin;
    }

    /** Every place the phrase occurs, as token ranges; each occurrence starts after the previous one's start. */
    List<Hit> find(AnalyzedText t) {
        PhraseKey k = t.phraseKey();
        String key = k.key();
        String first = parts.get(0);
        int[] starts = k.tokensStartingWith(first.charAt(0));
        if (starts.length == 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(1);
        for (int startToken : starts) {
            int at = k.keyStart(startToken);
            if (!key.startsWith(first, at)) {
                continue;
            }
            int endToken = endsToken(k, at + first.length());
            if (endToken < 0) {
                continue;
            }
            Hit hit = rest(t, startToken, endToken);
            if (hit != null) {
                hits.add(hit);
                if (hits.size() >= 20) {
                    break;
                }
            }
        }
        return hits;
    }

    private Hit rest(AnalyzedText t, int startToken, int endToken) {
        List<int[]> spans = new ArrayList<>(parts.size());
        spans.add(new int[]{startToken, endToken});
        int last = endToken;
        int clause = t.tokens().get(startToken).clause();
        for (int p = 1; p < parts.size(); p++) {
            String part = parts.get(p);
            int[] found = null;
            int searchFrom = last + 1;
            for (int tok = searchFrom; tok < t.tokens().size() && tok <= last + 1 + MAX_GAP_WORDS; tok++) {
                if (t.tokens().get(tok).clause() != clause) {
                    break;
                }
                int ks = t.phraseKey().keyStart(tok);
                if (t.phraseKey().key().startsWith(part, ks)) {
                    int e = endsToken(t.phraseKey(), ks + part.length());
                    if (e >= 0 && t.tokens().get(e).clause() == clause) {
                        found = new int[]{tok, e};
                        break;
                    }
                }
            }
            if (found == null) {
                return null;
            }
            spans.add(found);
            last = found[1];
        }
        return new Hit(this, startToken, last, spans, words(t, spans));
    }

    private static String words(AnalyzedText t, List<int[]> spans) {
        StringBuilder b = new StringBuilder();
        for (int[] s : spans) {
            if (!b.isEmpty()) {
                b.append(" … ");
            }
            b.append(t.words(s[0], s[1]));
        }
        return b.toString();
    }

    private static int endsToken(PhraseKey k, int keyEndPos) {
        int tok = k.tokenAt(keyEndPos - 1);
        return tok >= 0 && k.keyEnd(tok) == keyEndPos ? tok : -1;
    }

    /** Where a phrase occurs: first and last token, the token spans of its parts, and the words as written. */
    public record Hit(Phrase phrase, int first, int last, List<int[]> spans, String words) {
        boolean overlaps(Hit other) {
            return first <= other.last && other.first <= last;
        }
    }

    @Override
    public String toString() {
        return written;
    }
}
