package org.jiceng.examples.demo.generate;

import java.util.Locale;
import java.time.LocalDate;

/**
 * Computes the check characters of the Chinese national codes the generator emits, so that every
 * generated ID number and credit code is valid on its own, whatever validator later reads it.
 */
public final class GbCodes {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    /** GB 32100 character set: digits and upper-case letters without I, O, Z, S, V. */
    static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORG_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private GbCodes() {
    }

    /**
     * Builds a GB 11643 resident ID number.
     *
     * @param addressCode six-digit GB/T 2260 code of the place of registration
     * @param birth date of birth
     * @param sequence 1..999; odd for men, even for women
     * @return the 18-character ID number with its MOD 11-2 check character
     */
    public static String idNumber(String addressCode, LocalDate birth, int sequence) {
        if (addressCode.length() != 6 || sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("ID number needs a 6-digit address code and sequence 1..999, got "
                    + addressCode + "/" + sequence);
        }
        String body = addressCode + String.format(Locale.ROOT, "%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return body + idCheckChar(body);
    }

    /**
     * @param first17 the first 17 digits of an ID number
     * @return the GB 11643 MOD 11-2 check character ('0'..'9' or 'X')
     */
    public static char idCheckChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /**
     * Builds a GB 32100 unified social credit code.
     *
     * @param department registration department code, e.g. '1' (机构编制), '5' (民政), '9' (工商)
     * @param kind organisation kind code within the department, e.g. '1'
     * @param divisionCode six-digit division code
     * @param organizationSerial eight-digit body of the GB 11714 organisation code (0..99,999,999)
     * @return the 18-character code with the embedded GB 11714 check and the final MOD 31 check
     */
    public static String creditCode(char department, char kind, String divisionCode, int organizationSerial) {
        String orgBody = String.format(Locale.ROOT, "%08d", organizationSerial);
        String body = "" + department + kind + divisionCode + orgBody + orgCodeCheckChar(orgBody);
        return body + creditCheckChar(body);
    }

    /**
     * @param first8 the eight-character body of a GB 11714 organisation code (digits here)
     * @return its check character
     */
    static char orgCodeCheckChar(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(first8.charAt(i), 36) * ORG_CODE_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /**
     * @param first17 the first 17 characters of a credit code
     * @return the GB 32100 check character (weights 3^(i-1) mod 31)
     */
    public static char creditCheckChar(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CHARS.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Character '" + first17.charAt(i) + "' at position " + (i + 1)
                        + " is not in the GB 32100 character set");
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        int check = (31 - sum % 31) % 31;
        return CREDIT_CHARS.charAt(check);
    }
}
