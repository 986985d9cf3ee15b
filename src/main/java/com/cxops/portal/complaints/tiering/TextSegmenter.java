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
 * Cuts normalized text into words: Chinese segmented by Lucene's smartcn analyzer, English words lower-cased and
 * reduced to their Porter stem (the same analyzer does both, so mixed sentences work), each word numbered with its
 * clause.
 */
final class TextSegmenter {

    /** Thread-safe; created once for the whole application (its dictionaries take a moment to load). */
    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();
    static final String CLAUSE_BREAKS = ".!?;,:。！？；，：\n\r…";

    private TextSegmenter() {
    }

    /** A rule phrase's words, analyzed the same way as complaint text, so "lawyers" and "lawyer" meet at "lawyer". */
    static List<String> termsOf(String phrase) {
        return tokenize(TextNormalizer.normalize(phrase), 0).stream().map(AnalyzedText.Token::term).toList();
    }

    /**
     * The text in sentences as the smartcn tokenizer splits it (a long sentence further at its clause breaks), each
     * segmented on its own when a probe says a phrase could be in it (null probes: all of them). A clause never runs
     * across a skipped sentence.
     */
    static List<AnalyzedText.Token> tokenizeSentences(String text, PhraseProbes probes) {
        List<AnalyzedText.Token> out = new ArrayList<>();
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
            for (AnalyzedText.Token t : tokenize(text.substring(piece[0], piece[1]), piece[0])) {
                if (!out.isEmpty() && ((firstOfPiece && skipped) || breaksClause(text, lastEnd, t.start()))) {
                    clause++;
                }
                firstOfPiece = false;
                out.add(new AnalyzedText.Token(t.term(), t.start(), t.end(), clause));
                lastEnd = t.end();
            }
            lastPiece = p;
        }
        return out;
    }

    /** The words of a text, offsets shifted by {@code shift} (clause numbers are set by the caller). */
    private static List<AnalyzedText.Token> tokenize(String text, int shift) {
        List<AnalyzedText.Token> out = new ArrayList<>();
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
                out.add(new AnalyzedText.Token(term.toString(), start + shift, end + shift, 0));
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
}
