package org.jiceng.io.geojson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A closed ring of positions (RFC 7946 §3.1.6): at least four positions, the last equal to the first.
 *
 * @param positions the positions, first and last equal
 */
public record LinearRing(List<Position> positions) {

    /** Minimum number of positions of a closed ring (a triangle plus the closing position). */
    public static final int MIN_POSITIONS = 4;

    /**
     * Validates closure and length.
     *
     * @param positions the positions, first and last equal
     * @throws NullPointerException if {@code positions} or a position is null
     * @throws IllegalArgumentException if the ring has fewer than {@link #MIN_POSITIONS} positions or does not end
     *         where it starts
     */
    public LinearRing {
        positions = List.copyOf(positions);
        if (positions.size() < MIN_POSITIONS) {
            throw new IllegalArgumentException("A linear ring needs at least " + MIN_POSITIONS
                    + " positions (first repeated as last), had " + positions.size());
        }
        if (!positions.get(0).equals(positions.get(positions.size() - 1))) {
            throw new IllegalArgumentException("A linear ring must end where it starts: first "
                    + positions.get(0) + ", last " + positions.get(positions.size() - 1));
        }
    }

    /**
     * Twice the signed area in the lon/lat plane (shoelace formula): positive when the ring runs
     * counterclockwise. Only the sign is used, so degrees are good enough. The sum is exact (the
     * products of doubles are summed as decimals and rounded once), so a ring and its reverse
     * always get opposite signs, even for nearly flat rings where a floating-point sum would round
     * both to the same side.
     *
     * @return twice the signed planar area
     */
    public double signedArea2() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < positions.size() - 1; i++) {
            Position a = positions.get(i);
            Position b = positions.get(i + 1);
            sum = sum.add(new BigDecimal(a.lon()).multiply(new BigDecimal(b.lat())))
                    .subtract(new BigDecimal(b.lon()).multiply(new BigDecimal(a.lat())));
        }
        return sum.doubleValue();
    }

    /** @return true when the ring runs counterclockwise (a degenerate ring of zero area is not) */
    public boolean isCounterClockwise() {
        return signedArea2() > 0;
    }

    /** @return the same ring run the other way */
    public LinearRing reversed() {
        List<Position> copy = new ArrayList<>(positions);
        Collections.reverse(copy);
        return new LinearRing(copy);
    }

    /**
     * @param counterClockwise the wanted orientation
     * @return this ring when it already has that orientation (or has no area), otherwise the reversed ring
     */
    public LinearRing oriented(boolean counterClockwise) {
        double area = signedArea2();
        if (area == 0 || (area > 0) == counterClockwise) {
            return this;
        }
        return reversed();
    }
}
