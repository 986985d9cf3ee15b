package com.cxops.portal.complaints.tiering;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    static final String CLAUSE_BREAKS = ".!?;,:。！？；，：\n\r…";

    private final String text;
    private final List<Token> tokens;
    private final String key;
    /** For each key position: the index of the token it belongs to, or -1 for a separator. */
    private final int[] tokenAt;
    private final int[] keyStart;
    private final int[] keyEnd;
    private final boolean[] quoted;
    /** Token indexes by the first character of their key, for phrase lookup (built on first use). */
    private Map<Character, int[]> byFirstChar;
    /** Per clause: null = not yet computed. */
    private Boolean[] titleCase;

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
        return of(raw, null);
    }

    /**
     * As {@link #of(String)}, but only the sentences in which one of the rules' phrases could occur are segmented
     * (null probes: all of them); see {@link PhraseProbes}.
     */
    public static AnalyzedText of(String raw, PhraseProbes probes) {
        String text = TextNormalizer.normalize(raw);
        return new AnalyzedText(text, tokenizeSentences(text, probes));
    }

    /** A rule phrase is analyzed the same way as complaint text, so "lawyers" and "lawyer" meet at "lawyer". */
    static String keyOf(String phrase) {
        return keyOf(termsOf(phrase));
    }

    static List<String> termsOf(String phrase) {
        return tokenize(TextNormalizer.normalize(phrase), 0).stream().map(Token::term).toList();
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

    /**
     * The text in sentences as the smartcn tokenizer splits it (a long sentence further at its clause breaks), each
     * segmented on its own when a probe says a phrase could be in it. A clause never runs across a skipped sentence.
     */
    private static List<Token> tokenizeSentences(String text, PhraseProbes probes) {
        List<Token> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        List<int[]> pieces = Sentences.pieces(text);
        boolean[] read = probes == null ? null : probes.candidates(text, pieces);
        int clause = 0;
        int lastEnd = 0;
        int lastPiece = -1;
        for (int p = 0; p < pieces.size(); p++) {
            if (read != null && !read[p]) {
                continue;
            }
            int[] piece = pieces.get(p);
            boolean skipped = lastPiece >= 0 && p != lastPiece + 1;
            boolean firstOfPiece = true;
            for (Token t : tokenize(text.substring(piece[0], piece[1]), piece[0])) {
                if (!out.isEmpty() && ((firstOfPiece && skipped) || breaksClause(text, lastEnd, t.start()))) {
                    clause++;
                }
                firstOfPiece = false;
                out.add(new Token(t.term(), t.start(), t.end(), clause));
                lastEnd = t.end();
            }
            lastPiece = p;
        }
        return out;
    }

    /** The words of a text, offsets shifted by {@code shift} (clause numbers are set by the caller). */
    private static List<Token> tokenize(String text, int shift) {
        List<Token> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        try (TokenStream s = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                int start = Math.min(offset.startOffset(), text.length());
                int end = Math.min(Math.max(offset.endOffset(), start), text.length());
                out.add(new Token(term.toString(), start + shift, end + shift, 0));
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CodeTokens.join(out, text, shift);
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

    private static final int[] NONE = new int[0];

    /** A headline written In Title Case names no one: capitals there do not make a name. */
    boolean isTitleCaseClause(int clause) {
        if (titleCase == null) {
            titleCase = new Boolean[tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).clause() + 1];
        }
        if (clause < 0 || clause >= titleCase.length) {
            return false;
        }
        if (titleCase[clause] == null) {
            int latin = 0;
            int capital = 0;
            for (Token tok : tokens) {
                if (tok.clause() != clause || tok.end() <= tok.start()) {
                    continue;
                }
                char c = text.charAt(tok.start());
                if (c < 0x3000 && Character.isLetter(c)) {
                    latin++;
                    if (Character.isUpperCase(c)) {
                        capital++;
                    }
                }
            }
            titleCase[clause] = latin >= 3 && capital * 10 >= latin * 6;
        }
        return titleCase[clause];
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

    /**
     * A capitalised word alone before a comma at the start of a sentence addresses or names someone ("Sue, your
     * colleague, promised a callback"), it is not the verb.
     */
    /** After a name and its comma: someone addressed ("Sue, could you …", "Sue, please …"). */
    private static final java.util.Set<String> ADDRESSED = java.util.Set.of("please", "can", "could", "would", "thank", "thanks");
    /** After a name and its comma: who the person is, closed by a second comma ("Sue, your colleague, promised …"). */
    private static final java.util.Set<String> APPOSITION = java.util.Set.of("your", "our", "my");

    private boolean closesWithinFourWords(int from) {
        int words = 0;
        for (int i = from; i < text.length() && words <= 4; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，') {
                return true;
            }
            if (".!?;:。！？；：\n".indexOf(c) >= 0) {
                return false;
            }
            if (c == ' ') {
                words++;
            }
        }
        return false;
    }

    boolean isNameAddressedAtSentenceStart(int token) {
        Token t = tokens.get(token);
        if (t.end() - t.start() < 2 || !Character.isUpperCase(text.charAt(t.start())) || !Character.isLowerCase(text.charAt(t.start() + 1))) {
            return false;
        }
        int after = t.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after >= text.length() || (text.charAt(after) != ',' && text.charAt(after) != '，')) {
            return false;
        }
        int next = after + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        int nextEnd = next;
        while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        String follower = text.substring(next, nextEnd).toLowerCase(java.util.Locale.ROOT);
        if (!ADDRESSED.contains(follower) && !(APPOSITION.contains(follower) && closesWithinFourWords(nextEnd))) {
            return false;
        }
        for (int i = t.start() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '\'' || c == '(') {
                continue;
            }
            return ".!?。！？:\n".indexOf(c) >= 0;
        }
        return true;
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
