package org.jiceng.io.internal;

import java.util.ArrayList;
import java.util.List;

/** Backslash escaping for lists and maps packed into one cell ({@code a;b}, {@code k=v;k2=v2}). */
public final class Escapes {

    private Escapes() {
    }

    /**
     * Splits on unescaped {@code separator}. At the last level every escape is removed; otherwise only
     * escaped separators are, and other escapes stay for the next level.
     *
     * @param text the packed text
     * @param separator the separator of this level
     * @param last whether this is the innermost level
     * @return the parts
     */
    public static List<String> split(String text, char separator, boolean last) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == separator || last) {
                    current.append(next);
                    i++;
                    continue;
                }
                // Keep escapes meant for another level (e.g. \= inside a ;-split entry) intact.
                current.append(c).append(next);
                i++;
                continue;
            }
            if (c == separator) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /**
     * Appends {@code value}, escaping backslash and the given special characters.
     *
     * @param out where to append
     * @param value the text
     * @param specials characters to escape besides the backslash
     */
    public static void append(StringBuilder out, String value, String specials) {
        if (nothingToEscape(value, specials)) {
            // Nearly every value: one bulk copy instead of a call per character.
            out.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || specials.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    private static boolean nothingToEscape(String value, String specials) {
        if (value.indexOf('\\') >= 0) {
            return false;
        }
        for (int i = 0; i < specials.length(); i++) {
            if (value.indexOf(specials.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
