package org.jiceng.cases;

/**
 * A ratio kept as its two counts, so that reports can show "83% (3,902 / 4,702)" and an empty
 * denominator is visible rather than hidden in a NaN.
 *
 * @param count the numerator
 * @param total the denominator
 */
public record Rate(int count, int total) {

    /**
     * Checks {@code 0 <= count <= total}.
     *
     * @param count the numerator
     * @param total the denominator
     */
    public Rate {
        if (count < 0 || total < 0 || count > total) {
            throw new IllegalArgumentException("Rate needs 0 <= count <= total, was " + count + " / " + total);
        }
    }

    /** @return true when the denominator is not zero */
    public boolean isDefined() {
        return total > 0;
    }

    /** @return count / total, or 0 when the denominator is zero */
    public double value() {
        return total == 0 ? 0.0 : (double) count / total;
    }

    @Override
    public String toString() {
        return isDefined() ? String.format(java.util.Locale.ROOT, "%.1f%% (%d/%d)", value() * 100, count, total)
                : "n/a (0/0)";
    }
}
