package org.jiceng.core.privacy;

/**
 * Masks personal data for display, logs and exports. Masking keeps enough to recognise a record
 * (region prefix and last digits) without revealing the person.
 */
public final class Masking {

    private Masking() {
    }

    /**
     * Masks an ID number, keeping the first 6 (region) and last 4 characters:
     * {@code 11010519491231002X} becomes {@code 110105********002X}.
     *
     * @param idNumber an ID number of any length
     * @return the masked value; values of 10 characters or fewer are fully masked
     */
    public static String idNumber(String idNumber) {
        return keepEnds(idNumber, 6, 4);
    }

    /**
     * Masks a phone number, keeping the first 3 and last 4 digits: {@code 13812345678} becomes
     * {@code 138****5678}.
     *
     * @param phone a phone number
     * @return the masked value; values of 7 characters or fewer are fully masked
     */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /**
     * Masks a personal name, keeping the first character: {@code 张三丰} becomes {@code 张**}.
     *
     * @param name a name
     * @return the masked name
     */
    public static String name(String name) {
        if (name.length() <= 1) {
            return "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 1);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
