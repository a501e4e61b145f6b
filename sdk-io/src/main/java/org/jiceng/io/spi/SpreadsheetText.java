package org.jiceng.io.spi;

/**
 * Formula-injection defence for spreadsheet outputs (OWASP "CSV Injection"): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return could be run as a formula by
 * Excel or LibreOffice, so it is written with a leading apostrophe. Plain numbers such as {@code -5} or
 * {@code +3.25} are safe and left alone. A value that already starts with an apostrophe followed by
 * such a cell is escaped again, which makes {@link #unescape} the exact inverse of {@link #escape}: round
 * trips stay lossless.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * @param value a cell text
     * @return the text to write
     */
    public static String escape(String value) {
        return needsEscape(value) ? "'" + value : value;
    }

    /**
     * @param cell a cell text as read
     * @return the original value ({@code escape(unescape(x))} equals {@code x} for every escaped cell)
     */
    public static String unescape(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && needsEscape(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /**
     * @param value a cell text
     * @return true when a spreadsheet could interpret it as a formula (or it is an escaped such text)
     */
    public static boolean needsEscape(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i >= value.length()) {
            return false;
        }
        char c = value.charAt(i);
        boolean dangerous = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (!dangerous) {
            return false;
        }
        return !isPlainNumber(value, i);
    }

    private static boolean isPlainNumber(String value, int start) {
        if (start > 0) {
            return false;
        }
        char c = value.charAt(0);
        if (c != '-' && c != '+') {
            return false;
        }
        boolean digits = false;
        boolean dot = false;
        for (int i = 1; i < value.length(); i++) {
            char d = value.charAt(i);
            if (d >= '0' && d <= '9') {
                digits = true;
            } else if (d == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits;
    }
}
