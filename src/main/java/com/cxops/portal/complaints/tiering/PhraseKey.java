package com.cxops.portal.complaints.tiering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a text joined into one key string (Chinese words without a gap, Latin words with a space, a '|'
 * between clauses) in which phrases are found on word boundaries; each key position leads back to its word.
 */
final class PhraseKey {

    static final char CLAUSE = '|';
    private static final int[] NONE = new int[0];

    private final List<AnalyzedText.Token> tokens;
    private final String key;
    /** For each key position: the index of the token it belongs to, or -1 for a separator. */
    private final int[] tokenAt;
    private final int[] keyStart;
    private final int[] keyEnd;
    /** Token indexes by the first character of their key, for phrase lookup (built on first use). */
    private Map<Character, int[]> byFirstChar;

    PhraseKey(List<AnalyzedText.Token> tokens) {
        this.tokens = tokens;
        StringBuilder k = new StringBuilder(tokens.size() * 4 + 16);
        keyStart = new int[tokens.size()];
        keyEnd = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            AnalyzedText.Token t = tokens.get(i);
            if (i > 0) {
                AnalyzedText.Token p = tokens.get(i - 1);
                if (p.clause() != t.clause()) {
                    k.append(CLAUSE);
                } else if (needsSpace(p.term(), t.term())) {
                    k.append(' ');
                }
            }
            keyStart[i] = k.length();
            k.append(t.term());
            keyEnd[i] = k.length();
        }
        key = k.toString();
        tokenAt = new int[key.length()];
        Arrays.fill(tokenAt, -1);
        for (int i = 0; i < tokens.size(); i++) {
            for (int j = keyStart[i]; j < keyEnd[i]; j++) {
                tokenAt[j] = i;
            }
        }
    }

    /** A rule phrase's key, analyzed the same way as complaint text. */
    static String keyOf(String phrase) {
        return keyOf(TextSegmenter.termsOf(phrase));
    }

    static String keyOf(List<String> terms) {
        StringBuilder k = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0 && needsSpace(terms.get(i - 1), terms.get(i))) {
                k.append(' ');
            }
            k.append(terms.get(i));
        }
        return k.toString();
    }

    private static boolean needsSpace(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && isLatinOrDigit(a.charAt(a.length() - 1)) && isLatinOrDigit(b.charAt(0));
    }

    static boolean isLatinOrDigit(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }

    String key() {
        return key;
    }

    int tokenAt(int keyPos) {
        return keyPos >= 0 && keyPos < tokenAt.length ? tokenAt[keyPos] : -1;
    }

    int keyStart(int token) {
        return keyStart[token];
    }

    int keyEnd(int token) {
        return keyEnd[token];
    }

    /** The tokens whose key starts with {@code c}, in text order. */
    int[] tokensStartingWith(char c) {
        if (byFirstChar == null) {
            Map<Character, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                String term = tokens.get(i).term();
                if (!term.isEmpty()) {
                    lists.computeIfAbsent(term.charAt(0), k -> new ArrayList<>()).add(i);
                }
            }
            Map<Character, int[]> index = new HashMap<>(lists.size() * 2);
            lists.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            byFirstChar = index;
        }
        return byFirstChar.getOrDefault(c, NONE);
    }
}
