package org.jiceng.io.xlsx.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Text in SpreadsheetML: XML-escaped, with every character XML 1.0 cannot carry (control characters, an
 * unpaired surrogate, U+FFFE, U+FFFF) written as {@code _xHHHH_} the way Excel does, and a literal
 * {@code _xHHHH_} protected as {@code _x005F_xHHHH_}; {@link #decode} is the exact inverse.
 */
public final class XmlText {

    private XmlText() {
    }

    /**
     * @param out where to write
     * @param s the text
     * @throws IOException from the writer
     */
    public static void write(Writer out, String s) throws IOException {
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement;
            if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '"') {
                replacement = "&quot;";
            } else if (c == '\r') {
                replacement = "&#13;"; // a literal CR would reach the reader as LF (XML line-end handling)
            } else if (c == '_') {
                replacement = escapeLooksLike(s, i) ? "_x005F_" : null;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                replacement = null;
            } else if ((c < 0x20 && c != '\t' && c != '\n') || Character.isSurrogate(c)
                    || c == 0xFFFE || c == 0xFFFF) {
                replacement = String.format(Locale.ROOT, "_x%04X_", (int) c);
            } else {
                replacement = null;
            }
            if (replacement != null) {
                out.write(s, run, i - run);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.write(s, run, n - run);
    }

    /**
     * @param s text as stored in a cell or shared string
     * @return the text with {@code _xHHHH_} escapes replaced by their characters
     */
    public static String decode(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (escapeLooksLike(s, i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean escapeLooksLike(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
