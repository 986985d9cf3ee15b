package com.cxops.portal.complaints.tiering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Order numbers, SKUs and other codes among the segmented words (see {@link #join}). */
final class CodeTokens {

    private CodeTokens() {
    }

    /**
     * Letters and digits written together ("q2e55bbc", "SKU9BBC3", "iPhone15") are a code, not words: smartcn splits
     * them at every change between letters and digits, which would let "bbc" inside an order number read as the
     * broadcaster. Such neighbours are joined back into one token that matches no phrase.
     */
    static List<AnalyzedText.Token> join(List<AnalyzedText.Token> tokens, String text, int shift) {
        List<AnalyzedText.Token> out = new ArrayList<>(tokens.size());
        for (AnalyzedText.Token t : tokens) {
            AnalyzedText.Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == t.start() && isCodePart(text, last, shift) && isCodePart(text, t, shift)) {
                out.set(out.size() - 1, new AnalyzedText.Token(text.substring(last.start() - shift, t.end() - shift).toLowerCase(Locale.ROOT),
                        last.start(), t.end(), 0));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isCodePart(String text, AnalyzedText.Token t, int shift) {
        if (t.end() <= t.start()) {
            return false;
        }
        for (int i = t.start() - shift; i < t.end() - shift; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
