package org.jiceng.examples.demo.generate;

import java.nio.charset.StandardCharsets;

/**
 * Consecutive ids {@code prefix + n} for n = 1, 2, 3, …, n zero-padded to a width (as {@code %0<width>d}
 * would, more digits when n outgrows the width), made without formatting: the digits are counted up in
 * place and copied into each new string, which matters for the half million event ids.
 */
final class SequenceIds {

    private final String prefix;
    private final int width;
    /** The prefix's ASCII bytes, then the digits of the last id. */
    private final byte[] text;
    /** 10 to the width: from this number on the digits outgrow the width. */
    private final long limit;
    private long last;

    /**
     * @param prefix ASCII characters before the number
     * @param width the least number of digits
     */
    SequenceIds(String prefix, int width) {
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) > 0x7F) {
                throw new IllegalArgumentException("Id prefix '" + prefix + "' is not ASCII at index " + i);
            }
        }
        if (width < 1 || width > 18) {
            throw new IllegalArgumentException("Id width " + width + " is not within 1..18");
        }
        this.prefix = prefix;
        this.width = width;
        long tenToTheWidth = 1;
        for (int i = 0; i < width; i++) {
            tenToTheWidth *= 10;
        }
        this.limit = tenToTheWidth;
        this.text = new byte[prefix.length() + width];
        System.arraycopy(prefix.getBytes(StandardCharsets.US_ASCII), 0, text, 0, prefix.length());
        for (int i = prefix.length(); i < text.length; i++) {
            text[i] = '0';
        }
    }

    /** @return the next id: the prefix and the next number, zero-padded */
    String next() {
        last++;
        if (last >= limit) {
            return padded(prefix, last, width);
        }
        // last - 1 had fewer than width nines at the end, so the carry stops inside the digits.
        int i = text.length - 1;
        while (text[i] == '9') {
            text[i--] = '0';
        }
        text[i]++;
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /**
     * @param prefix text before the number
     * @param n a number, not negative
     * @param width the least number of digits
     * @return the prefix and {@code n} zero-padded to {@code width} digits
     */
    static String padded(String prefix, long n, int width) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
