package com.cxops.portal.complaints.tiering;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the way a word is written says about it: inside quotation marks (a product or colour name), capitalised as a
 * name, or part of a headline In Title Case. Phrase hits on such words are not what the rule meant.
 */
final class WritingCues {

    /** After a name and its comma: someone addressed ("Sue, could you …", "Sue, please …"). */
    private static final Set<String> ADDRESSED = Set.of("please", "can", "could", "would", "thank", "thanks");
    /** After a name and its comma: who the person is, closed by a second comma ("Sue, your colleague, promised …"). */
    private static final Set<String> APPOSITION = Set.of("your", "our", "my");

    private final String text;
    private final List<AnalyzedText.Token> tokens;
    private final boolean[] quoted;
    /** Per clause: null = not yet computed. */
    private Boolean[] titleCase;

    WritingCues(String text, List<AnalyzedText.Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.quoted = quotedRegions(text);
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

    boolean isQuoted(int token) {
        int start = tokens.get(token).start();
        return start < quoted.length && quoted[start];
    }

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
            for (AnalyzedText.Token tok : tokens) {
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

    /**
     * A capitalised word alone before a comma at the start of a sentence addresses or names someone ("Sue, your
     * colleague, promised a callback"), it is not the verb.
     */
    boolean isNameAddressedAtSentenceStart(int token) {
        AnalyzedText.Token t = tokens.get(token);
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
        String follower = text.substring(next, nextEnd).toLowerCase(Locale.ROOT);
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
        AnalyzedText.Token t = tokens.get(token);
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
