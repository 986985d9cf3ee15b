package com.cxops.portal.complaints.tiering;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of every phrase of a rule set (Chinese words, English stems, numbers), so that only the sentences in which
 * some phrase could occur are segmented. Segmenting costs far more than matching (smartcn reads about 250 Chinese
 * characters a millisecond), and a long complaint names its trigger in one or two sentences. A sentence is read when
 * it holds every word of at least one phrase: Chinese words are looked up in its Chinese characters, English words by
 * stem (runs of ASCII letters, lower-cased, Porter-stemmed as smartcn does), numbers as written. Everything a match
 * depends on (the other parts of a "..." phrase, exclusions, context words, negation, names) lies in the same clause,
 * so skipping the other sentences changes no outcome.
 */
public final class PhraseProbes {

    private static final Analyzer LATIN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = CharTokenizer.fromTokenCharPredicate(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
            return new TokenStreamComponents(t, new PorterStemFilter(new LowerCaseFilter(t)));
        }
    };
    private static final Map<List<TextCondition>, PhraseProbes> BY_RULES = new ConcurrentHashMap<>();

    /** Each phrase's words, listed under each of its words. */
    private final Map<String, List<List<String>>> phrasesByWord = new HashMap<>();
    /** Chinese words by their first character. */
    private final Map<Character, List<String>> han = new HashMap<>();
    private final Set<String> digits = new HashSet<>();
    /** A phrase with no word to look for (only symbols, say): then every sentence is read. */
    private boolean everything;

    private PhraseProbes(Collection<TextCondition> conditions) {
        Set<List<String>> seen = new HashSet<>();
        for (TextCondition c : conditions) {
            for (Phrase p : c.phrases()) {
                List<String> words = p.probe();
                if (words.isEmpty()) {
                    everything = true;
                } else if (seen.add(words)) {
                    for (String w : words) {
                        phrasesByWord.computeIfAbsent(w, k -> new ArrayList<>(2)).add(words);
                        if (allHan(w)) {
                            List<String> list = han.computeIfAbsent(w.charAt(0), k -> new ArrayList<>(2));
                            if (!list.contains(w)) {
                                list.add(w);
                            }
                        } else if (allDigits(w)) {
                            digits.add(w);
                        }
                    }
                }
            }
        }
    }

    /** The probes of a rule list's text conditions; built once per distinct list (conditions are compiled once too). */
    public static PhraseProbes of(List<TextCondition> conditions) {
        if (BY_RULES.size() > 200) {
            BY_RULES.clear();
        }
        return BY_RULES.computeIfAbsent(List.copyOf(conditions), PhraseProbes::new);
    }

    /**
     * The words of an analyzed phrase (its parts' terms) that can be looked up cheaply: English stems, numbers, and
     * each run of neighbouring Chinese words joined ("告你们", not "告" and "你们" apart: they must stand together).
     */
    static List<String> probeTerms(List<List<String>> parts) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> terms : parts) {
            StringBuilder hanRun = new StringBuilder();
            for (String t : terms) {
                if (!t.isEmpty() && allHan(t)) {
                    hanRun.append(t);
                    continue;
                }
                if (!hanRun.isEmpty()) {
                    out.add(hanRun.toString());
                    hanRun.setLength(0);
                }
                if (!t.isEmpty() && (allAsciiLower(t) || allDigits(t))) {
                    out.add(t);
                }
            }
            if (!hanRun.isEmpty()) {
                out.add(hanRun.toString());
            }
        }
        return List.copyOf(out);
    }

    /** Which of the pieces (start, end offsets into the text) hold every word of some phrase. */
    boolean[] candidates(String text, List<int[]> pieces) {
        boolean[] read = new boolean[pieces.size()];
        if (everything) {
            Arrays.fill(read, true);
            return read;
        }
        List<Set<String>> found = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            found.add(new HashSet<>());
        }
        latinStems(text, pieces, found);
        StringBuilder hanOnly = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            int[] p = pieces.get(i);
            hanOnly.setLength(0);
            boolean anyDigit = false;
            for (int j = p[0]; j < p[1]; j++) {
                char c = text.charAt(j);
                if (isHan(c)) {
                    hanOnly.append(c);
                } else if (c >= '0' && c <= '9') {
                    anyDigit = true;
                }
            }
            Set<String> words = found.get(i);
            addHan(hanOnly, words);
            if (anyDigit) {
                String piece = text.substring(p[0], p[1]);
                digits.stream().filter(piece::contains).forEach(words::add);
            }
            read[i] = holdsAPhrase(words);
        }
        return read;
    }

    private boolean holdsAPhrase(Set<String> words) {
        for (String w : words) {
            List<List<String>> phrases = phrasesByWord.get(w);
            if (phrases != null) {
                for (List<String> phrase : phrases) {
                    if (words.containsAll(phrase)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void addHan(CharSequence s, Set<String> words) {
        if (han.isEmpty() || s.isEmpty()) {
            return;
        }
        String str = s.toString();
        for (int i = 0; i < str.length(); i++) {
            List<String> starting = han.get(str.charAt(i));
            if (starting != null) {
                for (String w : starting) {
                    if (str.startsWith(w, i)) {
                        words.add(w);
                    }
                }
            }
        }
    }

    private void latinStems(String text, List<int[]> pieces, List<Set<String>> found) {
        try (TokenStream s = LATIN.tokenStream("text", text)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            s.reset();
            int piece = 0;
            while (s.incrementToken()) {
                String stem = term.toString();
                if (!phrasesByWord.containsKey(stem)) {
                    continue;
                }
                int at = offset.startOffset();
                while (piece < pieces.size() && pieces.get(piece)[1] <= at) {
                    piece++;
                }
                if (piece < pieces.size() && pieces.get(piece)[0] <= at) {
                    found.get(piece).add(stem);
                }
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isHan(char c) {
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return true;
        }
        return c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean allHan(String s) {
        return s.chars().allMatch(c -> isHan((char) c));
    }

    private static boolean allAsciiLower(String s) {
        return s.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static boolean allDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
