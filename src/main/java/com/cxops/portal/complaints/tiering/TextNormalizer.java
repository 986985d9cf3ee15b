package com.cxops.portal.complaints.tiering;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings complaint text to one form before analysis: HTML tags removed and entities decoded, full-width letters and
 * digits made half-width (Unicode NFKC), traditional Chinese characters made simplified (ICU's Traditional-Simplified
 * transform, applied as a per-character table built once), and the length capped.
 */
public final class TextNormalizer {

    /** Intake limits subject and description to 200 + 4 000 characters; anything longer is cut, not refused. */
    public static final int MAX_CHARS = 5000;

    private static final Pattern TAG = Pattern.compile("<[^<>]{0,500}>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final int CJK_FIRST = 0x4E00;
    private static final int CJK_LAST = 0x9FFF;

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (s.indexOf('<') >= 0) {
            s = TAG.matcher(s).replaceAll(" ");
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return simplified(withoutSymbols(s));
    }

    /**
     * Emoji and other symbols carry no words: each run of them becomes one space, so that 4 000 emoji cost nothing
     * to analyze. Letters, digits, punctuation and spaces stay.
     */
    static String withoutSymbols(String s) {
        StringBuilder b = null;
        boolean inRun = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean drop = switch (Character.getType(cp)) {
                case Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL, Character.SURROGATE, Character.PRIVATE_USE,
                     Character.FORMAT, Character.UNASSIGNED, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
                case Character.CONTROL -> cp != '\n' && cp != '\r' && cp != '\t';
                default -> false;
            };
            if (drop && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (b != null) {
                if (drop) {
                    if (!inRun) {
                        b.append(' ');
                    }
                } else {
                    b.appendCodePoint(cp);
                }
            }
            inRun = drop;
            i += n;
        }
        return b == null ? s : b.toString();
    }

    /** Traditional characters (投訴, 消費者協會, 記者) as simplified ones (投诉, 消费者协会, 记者). */
    public static String simplified(String s) {
        char[] table = Table.SIMPLIFIED;
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= CJK_FIRST && c <= CJK_LAST) {
                char m = table[c - CJK_FIRST];
                if (m != 0 && m != c) {
                    if (out == null) {
                        out = s.toCharArray();
                    }
                    out[i] = m;
                }
            }
        }
        return out == null ? s : new String(out);
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> codePoint(e);
            };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String codePoint(String e) {
        try {
            int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X' ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
            return Character.isValidCodePoint(cp) && !Character.isISOControl(cp) ? new String(Character.toChars(cp)) : " ";
        } catch (NumberFormatException ex) {
            return " ";
        }
    }

    /** Built on first use: one ICU pass over the CJK block, kept as a table so each complaint costs one array lookup a character. */
    private static final class Table {
        static final char[] SIMPLIFIED = build();

        private static char[] build() {
            Transliterator t = Transliterator.getInstance("Traditional-Simplified");
            char[] table = new char[CJK_LAST - CJK_FIRST + 1];
            StringBuilder all = new StringBuilder(table.length);
            for (int c = CJK_FIRST; c <= CJK_LAST; c++) {
                all.append((char) c);
            }
            String converted = t.transliterate(all.toString());
            if (converted.length() == all.length()) {
                for (int i = 0; i < table.length; i++) {
                    table[i] = converted.charAt(i);
                }
            } else {
                for (int c = CJK_FIRST; c <= CJK_LAST; c++) {
                    String one = t.transliterate(String.valueOf((char) c));
                    table[c - CJK_FIRST] = one.length() == 1 ? one.charAt(0) : (char) c;
                }
            }
            return table;
        }
    }
}
