package org.jiceng.core.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jiceng.core.model.AreaLevel;

/**
 * Administrative division codes: GB/T 2260 six-digit codes {@code PP CC DD} (province, prefecture,
 * county) and the 12-digit statistical division codes {@code PP CC DD TTT VVV} that add the
 * township (subdistrict) and village (community) segments.
 *
 * <p>Division codes carry no check digit: validation is structural. A code is valid when it has 6 or
 * 12 digits, starts with a GB/T 2260 province code, and its zero segments are all trailing (a
 * non-zero segment below a zero segment names nothing). The level a code denotes is given by its
 * last non-zero segment, and {@link #isUnder(String, String)} tests containment by prefix.
 */
public final class DivisionCodes {

    /** Province-level codes of GB/T 2260 (including Taiwan, Hong Kong and Macao). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31",
            "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65", "71", "81", "82");

    /** Segment boundaries of the 12-digit form: PP CC DD TTT VVV. */
    private static final int[] SEGMENT_ENDS = {2, 4, 6, 9, 12};

    private DivisionCodes() {
    }

    /** The structural rules a division code can break, in the order they are checked. */
    public enum Problem implements CodeProblem {
        /** Neither 6 nor 12 characters. */
        LENGTH("length", "must have 6 (GB/T 2260) or 12 (statistical division code) digits"),
        /** A character other than a digit. */
        CHARACTERS("characters", "must contain digits only"),
        /** The first two digits are not a province code. */
        PROVINCE("province", "must start with a GB/T 2260 province code"),
        /** A non-zero segment follows a zero segment (e.g. {@code 110000001000}). */
        STRUCTURE("structure", "must have its zero segments (PP CC DD TTT VVV) only at the end"),
        /** The code denotes a level that the constraint does not allow. */
        LEVEL("level", "denotes a level that is not allowed here");

        private final String key;
        private final String description;

        Problem(String key, String description) {
            this.key = "org.jiceng.core.validation.DivisionCode." + key;
            this.description = description;
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public String description() {
            return "Division code " + description;
        }
    }

    /**
     * @param twoDigits two characters
     * @return true when they are a GB/T 2260 province-level code, e.g. {@code 53} (Yunnan)
     */
    public static boolean isProvinceCode(String twoDigits) {
        return PROVINCES.contains(twoDigits);
    }

    /**
     * @param code a 6- or 12-digit code
     * @return true when structurally valid
     */
    public static boolean isValid(String code) {
        return explain(code).isEmpty();
    }

    /**
     * @param code a 6- or 12-digit code
     * @return the first structural rule it breaks, or empty when valid
     */
    public static Optional<Problem> explain(String code) {
        Objects.requireNonNull(code, "code");
        if (code.length() != 6 && code.length() != 12) {
            return Optional.of(Problem.LENGTH);
        }
        if (!IdNumbers.allDigits(code, 0, code.length())) {
            return Optional.of(Problem.CHARACTERS);
        }
        if (!isProvinceCode(code.substring(0, 2))) {
            return Optional.of(Problem.PROVINCE);
        }
        boolean zeroSeen = false;
        for (int s = 1; s < SEGMENT_ENDS.length && SEGMENT_ENDS[s] <= code.length(); s++) {
            boolean zero = isZero(code, SEGMENT_ENDS[s - 1], SEGMENT_ENDS[s]);
            if (zeroSeen && !zero) {
                return Optional.of(Problem.STRUCTURE);
            }
            zeroSeen |= zero;
        }
        return Optional.empty();
    }

    /**
     * @param code a division code
     * @return the level it denotes (by its last non-zero segment), or empty when it is not valid
     */
    public static Optional<DivisionLevel> levelOf(String code) {
        if (!isValid(code)) {
            return Optional.empty();
        }
        DivisionLevel[] levels = DivisionLevel.values();
        DivisionLevel level = DivisionLevel.PROVINCE;
        for (int s = 1; s < SEGMENT_ENDS.length && SEGMENT_ENDS[s] <= code.length(); s++) {
            if (!isZero(code, SEGMENT_ENDS[s - 1], SEGMENT_ENDS[s])) {
                level = levels[s];
            }
        }
        return Optional.of(level);
    }

    /**
     * @param code a division code
     * @return the model's area level the code denotes (district, subdistrict or community), or empty
     *     when the code is invalid or denotes a province or prefecture
     */
    public static Optional<AreaLevel> areaLevelOf(String code) {
        return levelOf(code).flatMap(DivisionLevel::areaLevel);
    }

    /**
     * @param code a valid division code
     * @return the same division as a 12-digit code (6-digit codes gain six zeros)
     * @throws IllegalArgumentException naming the broken rule when the code is not valid
     */
    public static String toTwelveDigits(String code) {
        requireValid(code);
        return code.length() == 12 ? code : code + "000000";
    }

    /**
     * @param code a valid division code
     * @return the significant prefix: the digits up to and including the last non-zero segment, e.g.
     *     {@code 530112} for {@code 530112000000} and {@code 530112001} for {@code 530112001000}
     * @throws IllegalArgumentException naming the broken rule when the code is not valid
     */
    public static String significantPrefix(String code) {
        DivisionLevel level = levelOf(code).orElseThrow(() -> invalid(code));
        return code.substring(0, SEGMENT_ENDS[level.ordinal()]);
    }

    /**
     * @param code a valid division code
     * @return the code of the enclosing division in the same length (e.g. {@code 530112001000} for
     *     {@code 530112001003}), or empty for a province
     * @throws IllegalArgumentException naming the broken rule when the code is not valid
     */
    public static Optional<String> parentOf(String code) {
        DivisionLevel level = levelOf(code).orElseThrow(() -> invalid(code));
        if (level == DivisionLevel.PROVINCE) {
            return Optional.empty();
        }
        String prefix = code.substring(0, SEGMENT_ENDS[level.ordinal() - 1]);
        return Optional.of(prefix + "0".repeat(code.length() - prefix.length()));
    }

    /**
     * Builds the code of a child division, e.g. for generated test or demo data: the
     * {@code sequence}-th prefecture of a province, county of a prefecture, township of a county or
     * village of a township.
     *
     * @param parent a valid division code of any level but village
     * @param sequence 1-99 below a province or prefecture, 1-999 below a county or township
     * @return the child's code, in the parent's length when it fits there (6 digits down to county
     *     level), otherwise in 12 digits
     * @throws IllegalArgumentException when the parent is invalid or a village, or the sequence out of range
     */
    public static String childCode(String parent, int sequence) {
        DivisionLevel level = levelOf(parent).orElseThrow(() -> invalid(parent));
        if (level == DivisionLevel.VILLAGE) {
            throw new IllegalArgumentException("'" + parent + "' is a village-level code: it has no child divisions");
        }
        int start = SEGMENT_ENDS[level.ordinal()];
        int width = SEGMENT_ENDS[level.ordinal() + 1] - start;
        int max = width == 2 ? 99 : 999;
        if (sequence < 1 || sequence > max) {
            throw new IllegalArgumentException("Sequence of a child of '" + parent + "' must be 1-" + max + ", got "
                    + sequence);
        }
        String twelve = toTwelveDigits(parent);
        String child = twelve.substring(0, start) + String.format(Locale.ROOT, "%0" + width + "d", sequence)
                + twelve.substring(start + width);
        return parent.length() == 6 && start + width <= 6 ? child.substring(0, 6) : child;
    }

    /**
     * Tests containment: {@code child} is strictly below {@code parent} when the parent's significant
     * prefix is a prefix of the child and the child is at a deeper level. Codes of 6 and 12 digits
     * may be mixed.
     *
     * @param child a division code
     * @param parent a division code
     * @return true when both are valid and {@code child} lies strictly inside {@code parent}
     */
    public static boolean isUnder(String child, String parent) {
        Optional<DivisionLevel> childLevel = levelOf(child);
        Optional<DivisionLevel> parentLevel = levelOf(parent);
        if (childLevel.isEmpty() || parentLevel.isEmpty() || childLevel.get().compareTo(parentLevel.get()) <= 0) {
            return false;
        }
        return child.startsWith(significantPrefix(parent));
    }

    private static void requireValid(String code) {
        if (!isValid(code)) {
            throw invalid(code);
        }
    }

    private static IllegalArgumentException invalid(String code) {
        return new IllegalArgumentException("'" + code + "': " + explain(code).map(Problem::description).orElse(""));
    }

    private static boolean isZero(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
