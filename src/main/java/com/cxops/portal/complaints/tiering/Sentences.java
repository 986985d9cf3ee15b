package com.cxops.portal.complaints.tiering;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A text cut into the pieces that are segmented one by one (see {@link TextSegmenter} and {@link PhraseProbes}). */
final class Sentences {

    /** Sentences longer than this are read clause by clause, so that a long sentence costs only its clauses that matter. */
    private static final int LONG_SENTENCE = 300;
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

    private Sentences() {
    }

    /** Sentence boundaries as smartcn's tokenizer finds them (the same break iterator), long sentences cut at clause breaks. */
    static List<int[]> pieces(String text) {
        List<int[]> out = new ArrayList<>();
        BreakIterator it = (BreakIterator) SENTENCES.clone();
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (end - start <= LONG_SENTENCE) {
                out.add(new int[]{start, end});
                continue;
            }
            int from = start;
            for (int i = start; i < end; i++) {
                if (TextSegmenter.CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0 && i + 1 - from >= 40) {
                    out.add(new int[]{from, i + 1});
                    from = i + 1;
                }
            }
            if (from < end) {
                out.add(new int[]{from, end});
            }
        }
        return out;
    }
}
