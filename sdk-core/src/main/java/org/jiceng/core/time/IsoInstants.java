package org.jiceng.core.time;

import java.time.Instant;

/**
 * {@link Instant#toString()} without its cost: the same text (ISO-8601 in UTC, seconds always shown, the
 * fraction in groups of three digits as needed), written straight into a byte or char buffer instead of
 * through {@link java.time.format.DateTimeFormatter}, which allocates a dozen objects per call and shows when
 * half a million events are exported or stored. Instants outside the years 1970 to 9999 take
 * {@link Instant#toString()} itself.
 */
public final class IsoInstants {

    /** 9999-12-31T23:59:59Z. */
    private static final long LAST_FAST_SECOND = 253_402_300_799L;
    /** The longest text of the fast path: {@code 2025-01-01T00:00:00.123456789Z}. */
    public static final int MAX_LENGTH = 30;

    private IsoInstants() {
    }

    /**
     * @param instant an instant
     * @return exactly {@code instant.toString()}
     */
    public static String format(Instant instant) {
        long s = instant.getEpochSecond();
        if (s < 0 || s > LAST_FAST_SECOND) {
            return instant.toString();
        }
        byte[] b = new byte[MAX_LENGTH];
        int n = write(s, instant.getNano(), b, 0);
        return new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes {@code instant.toString()} as ASCII bytes.
     *
     * @param instant an instant
     * @param buffer where to write; needs {@link #MAX_LENGTH} bytes from {@code offset} for instants of the
     *     years 1970 to 9999, the length of {@code instant.toString()} for others
     * @param offset where to start
     * @return the offset after the last byte written
     */
    public static int write(Instant instant, byte[] buffer, int offset) {
        long s = instant.getEpochSecond();
        if (s < 0 || s > LAST_FAST_SECOND) {
            String text = instant.toString();
            for (int i = 0; i < text.length(); i++) {
                buffer[offset + i] = (byte) text.charAt(i);
            }
            return offset + text.length();
        }
        return write(s, instant.getNano(), buffer, offset);
    }

    private static int write(long epochSecond, int nano, byte[] b, int at) {
        long days = epochSecond / 86_400;
        int secs = (int) (epochSecond % 86_400);
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm, proleptic Gregorian as java.time).
        long z = days + 719_468;
        long era = z / 146_097;
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        int i = at;
        i = digits(year, 4, b, i);
        b[i++] = '-';
        i = digits(month, 2, b, i);
        b[i++] = '-';
        i = digits(day, 2, b, i);
        b[i++] = 'T';
        i = digits(secs / 3600, 2, b, i);
        b[i++] = ':';
        i = digits(secs / 60 % 60, 2, b, i);
        b[i++] = ':';
        i = digits(secs % 60, 2, b, i);
        if (nano != 0) {
            b[i++] = '.';
            if (nano % 1_000_000 == 0) {
                i = digits(nano / 1_000_000, 3, b, i);
            } else if (nano % 1000 == 0) {
                i = digits(nano / 1000, 6, b, i);
            } else {
                i = digits(nano, 9, b, i);
            }
        }
        b[i++] = 'Z';
        return i;
    }

    private static int digits(int value, int width, byte[] b, int at) {
        int v = value;
        for (int k = at + width - 1; k >= at; k--) {
            b[k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return at + width;
    }
}
