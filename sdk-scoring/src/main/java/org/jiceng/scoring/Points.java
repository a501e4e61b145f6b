package org.jiceng.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point points: every amount in the engine is a {@code long} counting hundredths of a point
 * ({@code 250} is 2.50 points). Doubles are never used, so totals are exact and identical on every
 * machine and in every order of addition.
 */
public final class Points {

    /** Hundredths per point. */
    public static final long SCALE = 100;

    private Points() {
    }

    /**
     * Converts a decimal to hundredths. Values out of range are rejected from their digit count and
     * exponent before any arithmetic, so a hostile {@code 1E+999999999} costs no more than {@code 1}.
     *
     * @param points a decimal amount with at most two decimals, e.g. {@code 2.5}
     * @return the amount in hundredths
     * @throws ArithmeticException when the value has more than two decimals or does not fit a long
     */
    public static long of(BigDecimal points) {
        if (points.signum() == 0) {
            return 0;
        }
        requireInRange(points);
        BigDecimal exact = points;
        if (exact.scale() > 2) {
            exact = exact.stripTrailingZeros();
            if (exact.scale() > 2) {
                throw new ArithmeticException("has more than two decimals (points are hundredths)");
            }
        }
        try {
            return exact.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException(OUT_OF_RANGE);
        }
    }

    private static final String OUT_OF_RANGE = "is out of range: points and quantities are kept as hundredths in a"
            + " long, at most 92233720368547758.07 in absolute value";

    /** Rejects values with more than 19 integer digits, computed without arithmetic on the value. */
    private static void requireInRange(BigDecimal value) {
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > 19) {
            throw new ArithmeticException(OUT_OF_RANGE);
        }
    }

    /**
     * @param points a decimal literal such as {@code "2.50"} or {@code "-5"}
     * @return the amount in hundredths
     * @throws NumberFormatException when the text is not a number
     * @throws ArithmeticException when it has more than two decimals
     */
    public static long parse(String points) {
        return of(new BigDecimal(points.trim()));
    }

    /**
     * @param whole whole points
     * @return the amount in hundredths
     */
    public static long ofWhole(long whole) {
        return Math.multiplyExact(whole, SCALE);
    }

    /**
     * Converts an event quantity to hundredths, rounding half-up beyond two decimals (quantities such
     * as 1.255 hours are rounded, not rejected). Allocation-free for whole-number quantities below
     * 10^16; larger ones are converted exactly or rejected, never wrapped.
     *
     * @param quantity an event quantity
     * @return the quantity in hundredths
     * @throws ArithmeticException when the quantity does not fit a long in hundredths
     */
    public static long quantity(BigDecimal quantity) {
        // precision() is cached by BigDecimal and cheap for values held in a long; 16 digits times 100 fit.
        if (quantity.scale() == 0 && quantity.precision() <= 16) {
            return quantity.longValue() * SCALE;
        }
        int scale = quantity.scale();
        if ((scale == 1 || scale == 2) && quantity.precision() <= 13) {
            // Halves and hundredths (0.5 hours, 1.25 km) without allocating: |unscaled| < 10^13, so the
            // correctly rounded double u / 10^scale times 100 is within target × 2^-52 < 0.25 of the
            // exact integer target u × 10^(2 - scale) < 2^47, and rounding gives it exactly.
            return Math.round(quantity.doubleValue() * SCALE);
        }
        if (quantity.signum() == 0) {
            return 0;
        }
        requireInRange(quantity);
        if ((long) quantity.precision() - quantity.scale() < -3) {
            // Below 0.0001 in absolute value: rounds to zero hundredths (and its scale may be huge).
            return 0;
        }
        try {
            return quantity.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException(OUT_OF_RANGE);
        }
    }

    /**
     * @param hundredths an amount in hundredths
     * @return the amount as a decimal with two decimals
     */
    public static BigDecimal toDecimal(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    /**
     * @param hundredths an amount in hundredths
     * @return a plain text form with two decimals, e.g. {@code "-2.50"}
     */
    public static String format(long hundredths) {
        return appendTo(new StringBuilder(12), hundredths).toString();
    }

    /**
     * The whole points of an amount, the hundredths dropped (truncated toward zero, as in "points in
     * whole points"): {@code 1299} gives {@code "12"}, {@code -250} gives {@code "-2"}, {@code -50} gives
     * {@code "0"}. For tables that show whole points and say so; {@link #format(long)} keeps every hundredth.
     *
     * @param hundredths an amount in hundredths
     * @return the whole points as plain text
     */
    public static String formatWhole(long hundredths) {
        return Long.toString(hundredths / SCALE);
    }

    /**
     * Appends the {@link #format(long)} form without creating a {@link BigDecimal}.
     *
     * @param out where to append
     * @param hundredths an amount in hundredths
     * @return {@code out}
     */
    public static StringBuilder appendTo(StringBuilder out, long hundredths) {
        if (hundredths == Long.MIN_VALUE) {
            return out.append(toDecimal(hundredths).toPlainString());
        }
        long abs = Math.abs(hundredths);
        if (hundredths < 0) {
            out.append('-');
        }
        long fraction = abs % SCALE;
        out.append(abs / SCALE).append('.');
        if (fraction < 10) {
            out.append('0');
        }
        return out.append(fraction);
    }

    /**
     * Multiplies two fixed-point values and rounds half away from zero, so {@code +x} and {@code -x}
     * round symmetrically.
     *
     * @param a hundredths
     * @param b hundredths
     * @return {@code a*b} in hundredths
     */
    public static long multiply(long a, long b) {
        long product = Math.multiplyExact(a, b);
        // Quotient and remainder rather than (product ± half) / SCALE, which wraps around near the long range.
        long quotient = product / SCALE;
        long remainder = product % SCALE; // same sign as product
        if (Math.abs(remainder) * 2 >= SCALE) {
            quotient += Long.signum(product);
        }
        return quotient;
    }
}
