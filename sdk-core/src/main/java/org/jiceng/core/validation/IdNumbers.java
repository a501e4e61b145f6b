package org.jiceng.core.validation;

import java.util.Locale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.privacy.Masking;
import org.jiceng.core.time.ChinaTime;

/**
 * Resident identity numbers (居民身份证号码) after GB 11643-1999: six digits of the GB/T 2260 address
 * code, eight digits of birth date {@code YYYYMMDD}, a three-digit sequence (odd for men, even for
 * women) and a check character computed with ISO 7064 MOD 11-2 ({@code 0-9} or {@code X}).
 *
 * <p>The legacy 15-digit form (before 1999: six-digit address, {@code YYMMDD} birth date in the
 * 1900s, three-digit sequence, no check digit) is validated by {@link #explainLegacy15(String, LocalDate)}
 * and converted by {@link #upgradeLegacy15(String)}.
 *
 * <p>Methods without a {@code today} argument use the current date in Asia/Shanghai.
 */
public final class IdNumbers {

    /** Length of the current (1999) form. */
    public static final int LENGTH = 18;
    /** Length of the legacy form. */
    public static final int LEGACY_LENGTH = 15;
    /** Earliest birth year accepted as plausible. */
    public static final int EARLIEST_BIRTH_YEAR = 1800;
    /** W(i) = 2^(18-i) mod 11 for i = 1..17 (ISO 7064 MOD 11-2). */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for each value of (sum of weighted digits) mod 11. */
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** The rules of GB 11643 an ID number can break, in the order they are checked. */
    public enum Problem implements CodeProblem {
        /** Neither 18 characters (nor 15 where the legacy form is allowed). */
        LENGTH("length", "must have 18 characters (GB 11643-1999)"),
        /** A 15-digit legacy number where only the 18-character form is allowed. */
        LEGACY_NOT_ALLOWED("legacy", "is a 15-digit legacy number; only the 18-character form is allowed"),
        /** Characters other than 17 digits followed by a digit or {@code X} (15 digits for the legacy form). */
        CHARACTERS("characters", "must be 17 digits followed by a digit or uppercase X (GB 11643-1999)"),
        /** The first two digits are not a GB/T 2260 province code. */
        PROVINCE("province", "must start with a GB/T 2260 province code"),
        /** The birth-date digits are not a calendar date from 1800 on. */
        BIRTH_DATE("birthDate", "must contain a valid birth date YYYYMMDD (digits 7-14)"),
        /** The birth date lies in the future. */
        FUTURE_BIRTH_DATE("futureBirthDate", "must not contain a birth date in the future"),
        /** The 18th character does not match the MOD 11-2 check character of the first 17 digits. */
        CHECK_DIGIT("checkDigit", "has a wrong check character (ISO 7064 MOD 11-2, GB 11643-1999)");

        private final String key;
        private final String description;

        Problem(String key, String description) {
            this.key = "org.jiceng.core.validation.ChineseIdNumber." + key;
            this.description = description;
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public String description() {
            return "ID number " + description;
        }
    }

    /**
     * @param idNumber an 18-character ID number
     * @return true when it follows every rule of GB 11643-1999 (checked against today's date)
     */
    public static boolean isValid(String idNumber) {
        return explain(idNumber).isEmpty();
    }

    /**
     * @param idNumber an 18-character ID number
     * @param today the date birth dates must not be after
     * @return true when it follows every rule of GB 11643-1999
     */
    public static boolean isValid(String idNumber, LocalDate today) {
        return explain(idNumber, today).isEmpty();
    }

    /**
     * @param idNumber an 18-character ID number
     * @return the first rule it breaks, or empty when valid (checked against today's date)
     */
    public static Optional<Problem> explain(String idNumber) {
        return explain(idNumber, LocalDate.now(ChinaTime.ZONE));
    }

    /**
     * Checks an 18-character ID number; a 15-digit one is reported as {@link Problem#LEGACY_NOT_ALLOWED}.
     *
     * @param idNumber an ID number
     * @param today the date birth dates must not be after
     * @return the first rule it breaks, or empty when valid
     */
    public static Optional<Problem> explain(String idNumber, LocalDate today) {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(today, "today");
        if (idNumber.length() == LEGACY_LENGTH && allDigits(idNumber, 0, LEGACY_LENGTH)) {
            return Optional.of(Problem.LEGACY_NOT_ALLOWED);
        }
        if (idNumber.length() != LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        char last = idNumber.charAt(17);
        if (!allDigits(idNumber, 0, 17) || !(isDigit(last) || last == 'X')) {
            return Optional.of(Problem.CHARACTERS);
        }
        // Same checks, same order as checkAddressAndBirth and checkDigit, read in place: this runs once per
        // imported person, so no substrings, no parsing and no LocalDate on the valid path.
        if (!PROVINCE_TABLE[digitsValue(idNumber, 0, 2)]) {
            return Optional.of(Problem.PROVINCE);
        }
        int year = digitsValue(idNumber, 6, 10);
        int month = digitsValue(idNumber, 10, 12);
        int day = digitsValue(idNumber, 12, 14);
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || year < EARLIEST_BIRTH_YEAR) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (year > today.getYear() || year == today.getYear() && (month > today.getMonthValue()
                || month == today.getMonthValue() && day > today.getDayOfMonth())) {
            return Optional.of(Problem.FUTURE_BIRTH_DATE);
        }
        return last == checkDigitOf(idNumber) ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    // Indexed by the two-digit number: whether it is a province code (from DivisionCodes, the one source).
    private static final boolean[] PROVINCE_TABLE = provinceTable();

    private static boolean[] provinceTable() {
        boolean[] table = new boolean[100];
        for (int i = 0; i < 100; i++) {
            table[i] = DivisionCodes.isProvinceCode(String.format(Locale.ROOT, "%02d", i));
        }
        return table;
    }

    /** The number written by the (already checked) digits {@code from..to} of {@code s}. */
    private static int digitsValue(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        return java.time.Month.of(month).length(java.time.Year.isLeap(year));
    }

    /** The check character of the (already checked) first 17 digits of {@code idNumber}. */
    private static char checkDigitOf(String idNumber) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * @param idNumber a 15-digit legacy ID number
     * @param today the date birth dates must not be after
     * @return the first rule it breaks (length, digits, province, birth date {@code 19YYMMDD}), or empty
     */
    public static Optional<Problem> explainLegacy15(String idNumber, LocalDate today) {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(today, "today");
        if (idNumber.length() != LEGACY_LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        if (!allDigits(idNumber, 0, LEGACY_LENGTH)) {
            return Optional.of(Problem.CHARACTERS);
        }
        return checkAddressAndBirth(idNumber.substring(0, 2), "19" + idNumber.substring(6, 12), today);
    }

    /**
     * @param idNumber a 15-digit legacy ID number
     * @return true when it is a plausible legacy number (checked against today's date)
     */
    public static boolean isValidLegacy15(String idNumber) {
        return explainLegacy15(idNumber, LocalDate.now(ChinaTime.ZONE)).isEmpty();
    }

    /**
     * Converts a legacy 15-digit number to the 18-character form: the birth year gains {@code 19} and
     * the MOD 11-2 check character is appended.
     *
     * @param legacy a valid 15-digit ID number
     * @return the 18-character number
     * @throws IllegalArgumentException naming the broken rule when {@code legacy} is not a valid
     *     15-digit number
     */
    public static String upgradeLegacy15(String legacy) {
        Optional<Problem> problem = explainLegacy15(legacy, LocalDate.now(ChinaTime.ZONE));
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Cannot upgrade legacy ID number " + Masking.idNumber(legacy) + ": "
                    + problem.get().description().replace("ID number ", "it "));
        }
        return withCheckDigit(legacy.substring(0, 6) + "19" + legacy.substring(6));
    }

    /**
     * @param first17 the first 17 digits of an ID number
     * @return the MOD 11-2 check character ({@code 0-9} or {@code X})
     * @throws IllegalArgumentException when {@code first17} is not exactly 17 digits
     */
    public static char checkDigit(String first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17 || !allDigits(first17, 0, 17)) {
            throw new IllegalArgumentException("Check digit needs exactly 17 digits, got '" + first17 + "'");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * @param first17 the first 17 digits of an ID number
     * @return the 18-character ID number with its check character appended
     * @throws IllegalArgumentException when {@code first17} is not exactly 17 digits
     */
    public static String withCheckDigit(String first17) {
        return first17 + checkDigit(first17);
    }

    /**
     * Builds a valid ID number from its parts, e.g. for generated test or demo data.
     *
     * @param addressCode six-digit GB/T 2260 address code (its first two digits a province code)
     * @param birthDate birth date, from 1800 on
     * @param sequence order code 0-999 (odd for men, even for women)
     * @return the 18-character ID number with its check character
     * @throws IllegalArgumentException naming the part that is out of range
     */
    public static String of(String addressCode, LocalDate birthDate, int sequence) {
        Objects.requireNonNull(addressCode, "addressCode");
        Objects.requireNonNull(birthDate, "birthDate");
        if (addressCode.length() != 6 || !allDigits(addressCode, 0, 6)
                || !DivisionCodes.isProvinceCode(addressCode.substring(0, 2))) {
            throw new IllegalArgumentException("Address code must be 6 digits starting with a province code, got '"
                    + addressCode + "'");
        }
        if (birthDate.getYear() < EARLIEST_BIRTH_YEAR || birthDate.getYear() > 9999) {
            throw new IllegalArgumentException("Birth year must be " + EARLIEST_BIRTH_YEAR + "-9999, got " + birthDate);
        }
        if (sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("Sequence must be 0-999, got " + sequence);
        }
        // Fixed-width digits without String.format, which dominates when generating many numbers.
        StringBuilder body = new StringBuilder(17).append(addressCode).append(birthDate.getYear());
        appendPadded(body, birthDate.getMonthValue(), 2);
        appendPadded(body, birthDate.getDayOfMonth(), 2);
        appendPadded(body, sequence, 3);
        return withCheckDigit(body.toString());
    }

    /** Appends a non-negative number left-padded with zeros to {@code width} digits. */
    private static void appendPadded(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    /**
     * @param idNumber an 18-character or 15-digit ID number
     * @return the birth date it encodes, or empty when the digits are not a date
     */
    public static Optional<LocalDate> birthDate(String idNumber) {
        Objects.requireNonNull(idNumber, "idNumber");
        if (idNumber.length() == LENGTH && allDigits(idNumber, 6, 14)) {
            return parseDate(idNumber.substring(6, 14));
        }
        if (idNumber.length() == LEGACY_LENGTH && allDigits(idNumber, 6, 12)) {
            return parseDate("19" + idNumber.substring(6, 12));
        }
        return Optional.empty();
    }

    private static Optional<Problem> checkAddressAndBirth(String province, String yyyymmdd, LocalDate today) {
        if (!DivisionCodes.isProvinceCode(province)) {
            return Optional.of(Problem.PROVINCE);
        }
        Optional<LocalDate> birth = parseDate(yyyymmdd);
        if (birth.isEmpty() || birth.get().getYear() < EARLIEST_BIRTH_YEAR) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (birth.get().isAfter(today)) {
            return Optional.of(Problem.FUTURE_BIRTH_DATE);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseDate(String yyyymmdd) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8))));
        } catch (DateTimeException e) {
            // Not a calendar date (e.g. month 13, 30 February): the caller reports BIRTH_DATE.
            return Optional.empty();
        }
    }

    static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
