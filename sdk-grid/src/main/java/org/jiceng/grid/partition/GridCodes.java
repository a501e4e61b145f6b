package org.jiceng.grid.partition;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Hierarchical grid codes built on statistical division codes: the 12-digit community code
 * (2 province + 2 city + 2 county + 3 subdistrict + 3 community, GB/T 2260 extended) followed by a
 * 3-digit grid sequence starting at 001, e.g. {@code 530111004001} + {@code 007}.
 */
public final class GridCodes {

    /** Digits of the community division code the grid code extends. */
    public static final int DIVISION_DIGITS = 12;
    /** Digits of the grid sequence. */
    public static final int SEQUENCE_DIGITS = 3;

    private GridCodes() {
    }

    /**
     * @param divisionCode candidate community division code
     * @param gridCount grids to number under it
     * @throws IllegalArgumentException when the code is not 12 digits or the grids do not fit 3 digits
     */
    public static void checkDivisionCode(String divisionCode, int gridCount) {
        if (divisionCode == null || !divisionCode.matches("\\d{" + DIVISION_DIGITS + "}")) {
            throw new IllegalArgumentException("Division code must be " + DIVISION_DIGITS
                    + " digits (a community's statistical division code), was '" + divisionCode + "'");
        }
        if (gridCount > 999) {
            throw new IllegalArgumentException("At most 999 grids fit a " + SEQUENCE_DIGITS
                    + "-digit sequence under division code " + divisionCode + ", asked for " + gridCount);
        }
    }

    /**
     * @param divisionCode the community code, or null for bare sequence codes
     * @param sequence 1-based grid number
     * @param gridCount total grids (sets the width of bare sequence codes, at least 3 digits)
     * @return the grid code
     */
    public static String code(@Nullable String divisionCode, int sequence, int gridCount) {
        if (sequence < 1 || sequence > gridCount) {
            throw new IllegalArgumentException("Grid sequence must be in 1.." + gridCount + ", was " + sequence);
        }
        if (divisionCode != null) {
            checkDivisionCode(divisionCode, gridCount);
            return divisionCode + String.format(Locale.ROOT, "%03d", sequence);
        }
        int width = Math.max(SEQUENCE_DIGITS, Integer.toString(gridCount).length());
        return String.format(Locale.ROOT, "%0" + width + "d", sequence);
    }

    /**
     * @param gridCode a code made by {@link #code}
     * @return the division code it extends, if it has one
     */
    public static Optional<String> divisionCodeOf(String gridCode) {
        if (gridCode.length() == DIVISION_DIGITS + SEQUENCE_DIGITS && gridCode.chars().allMatch(Character::isDigit)) {
            return Optional.of(gridCode.substring(0, DIVISION_DIGITS));
        }
        return Optional.empty();
    }
}
