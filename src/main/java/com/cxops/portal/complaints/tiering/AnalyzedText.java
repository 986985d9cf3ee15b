package com.cxops.portal.complaints.tiering;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A complaint's text as words: Chinese segmented by Lucene's smartcn analyzer, English words lower-cased and reduced
 * to their Porter stem (the same analyzer does both, so mixed sentences work). The words are joined into one key
 * string (Chinese words without a gap, Latin words with a space, a '|' between clauses) in which phrases are found
 * on word boundaries; offsets lead back to the words as written.
 */
public final class AnalyzedText {

    /** Thread-safe; created once for the whole application (its dictionaries take a moment to load). */
    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();
    static final char CLAUSE = '|';
    private static final String CLAUSE_BREAKS = ".!?;,:。！？；，：\n\r…";

    private final String text;
    private final List<Token> tokens;
    private final String key;
    /** For each key position: the index of the token it belongs to, or -1 for a separator. */
    private final int[] tokenAt;
    private final int[] keyStart;
    private final int[] keyEnd;
    private final boolean[] quoted;

    record Token(String term, int start, int end, int clause) {
    }

    private AnalyzedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        StringBuilder k = new StringBuilder(text.length() + 16);
        keyStart = new int[tokens.size()];
        keyEnd = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0) {
                Token p = tokens.get(i - 1);
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
        java.util.Arrays.fill(tokenAt, -1);
        for (int i = 0; i < tokens.size(); i++) {
            for (int j = keyStart[i]; j < keyEnd[i]; j++) {
                tokenAt[j] = i;
            }
        }
        quoted = quotedRegions(text);
    }

    /** Normalizes and analyzes a complaint text; never fails on odd input (empty, emoji, HTML, mixed scripts). */
    public static AnalyzedText of(String raw) {
        String text = TextNormalizer.normalize(raw);
        return new AnalyzedText(text, tokenize(text, true));
    }

    /** A rule phrase is analyzed the same way as complaint text, so "lawyers" and "lawyer" meet at "lawyer". */
    static String keyOf(String phrase) {
        String text = TextNormalizer.normalize(phrase);
        List<Token> ts = tokenize(text, false);
        StringBuilder k = new StringBuilder();
        for (int i = 0; i < ts.size(); i++) {
            if (i > 0 && needsSpace(ts.get(i - 1).term(), ts.get(i).term())) {
                k.append(' ');
            }
            k.append(ts.get(i).term());
        }
        return k.toString();
    }

    private static List<Token> tokenize(String text, boolean clauses) {
        List<Token> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        try (TokenStream s = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            s.reset();
            int clause = 0;
            int lastEnd = 0;
            while (s.incrementToken()) {
                int start = Math.min(offset.startOffset(), text.length());
                int end = Math.min(Math.max(offset.endOffset(), start), text.length());
                if (clauses && !out.isEmpty() && breaksClause(text, lastEnd, start)) {
                    clause++;
                }
                out.add(new Token(term.toString(), start, end, clause));
                lastEnd = end;
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean breaksClause(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsSpace(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && isLatinOrDigit(a.charAt(a.length() - 1)) && isLatinOrDigit(b.charAt(0));
    }

    static boolean isLatinOrDigit(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }

    /** Text inside double or CJK quotation marks: product and colour names (“烟雾森林”, "Ocean Smoke"). */
    private static boolean[] quotedRegions(String text) {
        boolean[] q = new boolean[text.length()];
        int open = -1;
        char closeWith = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                closeWith = switch (c) {
                    case '"' -> '"';
                    case '“' -> '”';
                    case '「' -> '」';
                    case '『' -> '』';
                    case '«' -> '»';
                    default -> 0;
                };
                if (closeWith != 0) {
                    open = i;
                }
            } else if (c == closeWith || (c == '\n')) {
                if (c == closeWith && i - open <= 60) {
                    for (int j = open; j <= i; j++) {
                        q[j] = true;
                    }
                }
                open = -1;
            }
        }
        return q;
    }

    public String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
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

    boolean isQuoted(int token) {
        int start = tokens.get(token).start();
        return start < quoted.length && quoted[start];
    }

    /** The words as written, from the first to the last token. */
    String words(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end()).replaceAll("\\s+", " ").trim();
    }

    /** A word written with a capital in mid-sentence ("agent Sue", "the Fire Red lipstick") is a name, not the verb or noun. */
    boolean isCapitalizedMidSentence(int token) {
        Token t = tokens.get(token);
        if (t.end() - t.start() < 2) {
            return false;
        }
        char first = text.charAt(t.start());
        char second = text.charAt(t.start() + 1);
        if (!Character.isUpperCase(first) || !Character.isLowerCase(second)) {
            return false;
        }
        for (int i = t.start() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '\'' || c == '(') {
                continue;
            }
            return ".!?。！？:\n".indexOf(c) < 0;
        }
        return false;
    }
}
