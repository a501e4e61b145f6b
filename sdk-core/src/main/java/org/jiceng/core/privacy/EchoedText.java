package org.jiceng.core.privacy;

import java.util.Locale;

/**
 * Makes text read from input safe to echo in messages, reports and terminal output.
 *
 * <p>A value read from a file may carry terminal control sequences (ESC, CSI, C0 and C1 controls)
 * that recolour, move the cursor of, or rewrite a terminal, line breaks that forge extra log lines,
 * and bidirectional overrides that display text in another order than it is stored. Where such a
 * value is echoed, {@link #terminalSafe(String)} replaces every one of these characters by its
 * visible escape {@code \}{@code uXXXX}, so the reader sees that it is there and the terminal does not
 * act on it; every other character is kept. {@link #truncate(String, int)} bounds how much of a
 * value is echoed.
 */
public final class EchoedText {

    /** The mark appended to a truncated value. */
    public static final String ELLIPSIS = "…";

    private EchoedText() {
    }

    /**
     * @param c a character
     * @return true for C0 controls (tab and line breaks included), DEL, C1 controls, the line and
     *     paragraph separators and the bidirectional formatting characters (embeddings, overrides,
     *     isolates and marks)
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u2028' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * @param text any text
     * @return the text with every {@linkplain #isUnsafe unsafe} character replaced by its
     *     {@code \}{@code uXXXX} escape; the same string when there is none
     */
    public static String terminalSafe(String text) {
        int i = 0;
        while (i < text.length() && !isUnsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Shortens text to at most {@code maxChars} characters followed by {@value #ELLIPSIS}, never
     * splitting a surrogate pair.
     *
     * @param text any text
     * @param maxChars the most characters kept, at least 1
     * @return the text itself when it is not longer, else its start and {@value #ELLIPSIS}
     */
    public static String truncate(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1, was " + maxChars);
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
