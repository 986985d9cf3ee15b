package com.cxops.portal.base;

/**
 * Plausibility of free text from any input path (API, import, forms): no control characters (a NUL or an escape
 * sequence breaks exports, mail and the database driver), no unpaired UTF-16 surrogates (not storable as UTF-8), and
 * names must show at least one visible character (a name of zero-width spaces is a blank name in disguise).
 */
public final class TextRules {

    private TextRules() {
    }

    /** True if the text has a control character (tab and line breaks allowed when multiline), an unpaired surrogate or a non-character. */
    public static boolean hasBrokenCharacters(String s, boolean multiline) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
                continue;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return true;
            }
            if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return true;
            }
        }
        return false;
    }

    /** True if at least one character would show: not a space, control, format (zero-width) or combining mark, nor a blank filler. */
    public static boolean hasVisibleCharacter(String s) {
        if (s == null) {
            return false;
        }
        return s.codePoints().anyMatch(TextRules::visible);
    }

    private static boolean visible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false;
        }
        // Hangul fillers and the blank Braille pattern are letters/symbols that render as nothing.
        if (cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /**
     * The message key for a one-line text that is required: blank or invisible → {@code blankKey}, broken characters →
     * error.text.control, else null.
     */
    public static String checkRequired(String s, String blankKey) {
        if (s == null || !hasVisibleCharacter(s)) {
            return blankKey;
        }
        return hasBrokenCharacters(s, false) ? "error.text.control" : null;
    }
}
