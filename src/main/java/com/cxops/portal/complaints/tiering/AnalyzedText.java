package com.cxops.portal.complaints.tiering;

import java.util.List;

/**
 * A complaint's text as words, analyzed once and read by every text condition: the normalized text, its words
 * ({@link TextSegmenter}), the key string phrases are found in ({@link PhraseKey}) and what the writing says about a
 * word ({@link WritingCues}). Offsets lead back to the words as written.
 */
public final class AnalyzedText {

    private final String text;
    private final List<Token> tokens;
    private final PhraseKey key;
    private final WritingCues cues;

    record Token(String term, int start, int end, int clause) {
    }

    private AnalyzedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.key = new PhraseKey(tokens);
        this.cues = new WritingCues(text, tokens);
    }

    /** Normalizes and analyzes a complaint text; never fails on odd input (empty, emoji, HTML, mixed scripts). */
    public static AnalyzedText of(String raw) {
        return of(raw, null);
    }

    /**
     * As {@link #of(String)}, but only the sentences in which one of the rules' phrases could occur are segmented
     * (null probes: all of them); see {@link PhraseProbes}.
     */
    public static AnalyzedText of(String raw, PhraseProbes probes) {
        String text = TextNormalizer.normalize(raw);
        return new AnalyzedText(text, TextSegmenter.tokenizeSentences(text, probes));
    }

    public String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    PhraseKey phraseKey() {
        return key;
    }

    WritingCues cues() {
        return cues;
    }

    /** The words as written, from the first to the last token. */
    String words(int first, int last) {
        String w = text.substring(tokens.get(first).start(), tokens.get(last).end());
        StringBuilder b = new StringBuilder(w.length());
        boolean space = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
