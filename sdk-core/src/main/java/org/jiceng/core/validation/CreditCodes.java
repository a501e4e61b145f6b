package org.jiceng.core.validation;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Unified social credit codes (统一社会信用代码) after GB 32100-2015: 18 characters from a
 * 31-character set ({@code 0-9 A-H J-N P-R T-U W-Y}; no I, O, S, V, Z):
 * <ol>
 *   <li>1: registration-authority code (e.g. {@code 9} market regulation, {@code 5} civil affairs),</li>
 *   <li>2: organisation type code, defined per authority (e.g. {@code 91} enterprise),</li>
 *   <li>3–8: GB/T 2260 division code of the registering administration ({@code 100000} for national),</li>
 *   <li>9–17: the GB 11714 organisation code, whose ninth character is its own MOD 11 check
 *       ({@code 0-9} or {@code X}; weights 3 7 9 10 5 8 4 2),</li>
 *   <li>18: the check character: {@code 31 - (Σ value(c_i) × 3^(i-1) mod 31) mod 31}, as a character of
 *       the set.</li>
 * </ol>
 */
public final class CreditCodes {

    /** The 31 characters in value order: the character at index v has value v. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Length of a credit code. */
    public static final int LENGTH = 18;

    /** Weights 3^(i-1) mod 31 for positions 1..17. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** GB 11714 weights for the eight body characters of an organisation code. */
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /**
     * Organisation type codes defined for each registration authority (GB 32100-2015 table 1 and the
     * later authority codes A and N).
     */
    private static final Map<Character, String> TYPES_BY_AUTHORITY = Map.ofEntries(
            Map.entry('1', "1239"), // 机构编制: 机关, 事业单位, 群众团体, 其他
            Map.entry('2', "19"), // 外交
            Map.entry('3', "123459"), // 司法行政: 律师执业机构, 外国律所驻华代表机构, 司法鉴定机构, 仲裁委员会, 公证机构, 其他
            Map.entry('4', "19"), // 文化
            Map.entry('5', "1239"), // 民政: 社会团体, 民办非企业单位, 基金会, 其他
            Map.entry('6', "129"), // 旅游
            Map.entry('7', "129"), // 宗教: 宗教活动场所, 宗教院校, 其他
            Map.entry('8', "19"), // 工会
            Map.entry('9', "123"), // 工商 / 市场监管: 企业, 个体工商户, 农民专业合作社
            Map.entry('A', "19"), // 中央军委改革和编制办公室
            Map.entry('N', "1239"), // 农业农村: 组级, 村级, 乡镇级集体经济组织, 其他
            Map.entry('Y', "1")); // 其他

    private CreditCodes() {
    }

    /** The rules of GB 32100 a credit code can break, in the order they are checked. */
    public enum Problem implements CodeProblem {
        /** Not 18 characters. */
        LENGTH("length", "must have 18 characters (GB 32100-2015)"),
        /** A character outside the 31-character set. */
        CHARACTERS("characters", "must use only the characters 0-9 A-H J-N P-R T-U W-Y (GB 32100-2015)"),
        /** The first character is not a registration-authority code. */
        AUTHORITY("authority", "must start with a registration-authority code (1-9, A, N or Y)"),
        /** The second character is not a type code defined for the authority. */
        TYPE("type", "must have an organisation type code defined for its registration authority"),
        /** Characters 3–8 are not a division code with a province prefix. */
        DIVISION("division", "must have a GB/T 2260 division code in characters 3-8"),
        /** Character 17 does not match the GB 11714 check of characters 9–16. */
        ORGANIZATION_CODE("organizationCode", "must contain a GB 11714 organisation code whose check character "
                + "(17th) matches"),
        /** Character 18 does not match the MOD 31 check character. */
        CHECK_CHARACTER("checkCharacter", "has a wrong check character (weights 3^(i-1) mod 31, GB 32100-2015)");

        private final String key;
        private final String description;

        Problem(String key, String description) {
            this.key = "org.jiceng.core.validation.CreditCode." + key;
            this.description = description;
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public String description() {
            return "Credit code " + description;
        }
    }

    /**
     * @param code a credit code
     * @return true when it follows every rule of GB 32100-2015
     */
    public static boolean isValid(String code) {
        return explain(code).isEmpty();
    }

    /**
     * @param code a credit code
     * @return the first rule it breaks, or empty when valid
     */
    public static Optional<Problem> explain(String code) {
        Objects.requireNonNull(code, "code");
        if (code.length() != LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        String types = TYPES_BY_AUTHORITY.get(code.charAt(0));
        if (types == null) {
            return Optional.of(Problem.AUTHORITY);
        }
        if (types.indexOf(code.charAt(1)) < 0) {
            return Optional.of(Problem.TYPE);
        }
        String division = code.substring(2, 8);
        if (!IdNumbers.allDigits(division, 0, 6)
                || !(DivisionCodes.isProvinceCode(division.substring(0, 2)) || division.equals("100000"))) {
            return Optional.of(Problem.DIVISION);
        }
        if (code.charAt(16) != organizationCheckCharacter(code.substring(8, 16))) {
            return Optional.of(Problem.ORGANIZATION_CODE);
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17))
                ? Optional.empty() : Optional.of(Problem.CHECK_CHARACTER);
    }

    /**
     * @param first17 the first 17 characters of a credit code, from the 31-character set
     * @return the 18th (check) character
     * @throws IllegalArgumentException when {@code first17} has another length or a character outside the set
     */
    public static char checkCharacter(String first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17) {
            throw new IllegalArgumentException("Check character needs exactly 17 characters, got " + first17.length()
                    + " in '" + first17 + "'");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Character '" + first17.charAt(i) + "' at position " + (i + 1)
                        + " of '" + first17 + "' is not in the credit-code set " + ALPHABET);
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * @param first17 the first 17 characters of a credit code
     * @return the complete 18-character code
     * @throws IllegalArgumentException when {@code first17} has another length or a character outside the set
     */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /**
     * @param body8 the first eight characters of a GB 11714 organisation code (digits or uppercase letters)
     * @return its ninth (check) character, {@code 0-9} or {@code X}
     * @throws IllegalArgumentException when {@code body8} is not eight digits or uppercase letters
     */
    public static char organizationCheckCharacter(String body8) {
        Objects.requireNonNull(body8, "body8");
        if (body8.length() != 8) {
            throw new IllegalArgumentException("Organisation code check needs exactly 8 characters, got '" + body8 + "'");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("Character '" + c + "' at position " + (i + 1) + " of '" + body8
                        + "' is not a digit or uppercase letter (GB 11714)");
            }
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * Builds a valid credit code from its parts, computing both check characters.
     *
     * @param authority registration-authority code, e.g. {@code '9'}
     * @param type organisation type code, e.g. {@code '1'}
     * @param division six-digit division code of the registering administration
     * @param organizationBody the first eight characters of the organisation code, from the 31-character set
     * @return the 18-character code
     * @throws IllegalArgumentException naming the broken rule when the parts do not make a valid code
     */
    public static String of(char authority, char type, String division, String organizationBody) {
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(organizationBody, "organizationBody");
        String first16 = "" + authority + type + division + organizationBody;
        String code = withCheckCharacter(first16 + organizationCheckCharacter(organizationBody));
        Optional<Problem> problem = explain(code);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Cannot build credit code from '" + first16 + "': "
                    + problem.get().description());
        }
        return code;
    }
}
