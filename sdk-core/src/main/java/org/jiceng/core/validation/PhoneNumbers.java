package org.jiceng.core.validation;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Mainland China phone numbers: mobile numbers {@code 1[3-9]} plus nine digits, and landlines with an
 * area code ({@code 010}, {@code 02X} or a four-digit {@code 0[3-9]XX}) and a subscriber number of 7
 * or 8 digits not starting with 0 or 1.
 *
 * <p>Accepted spellings: an optional country prefix {@code +86}, {@code 0086} (or {@code 86} before a
 * mobile number), spaces and hyphens as separators, and the area code in parentheses. After a
 * country prefix, a landline's area code drops its trunk {@code 0} ({@code +86 10 87654321}).
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The kind of a valid number. */
    public enum Kind {
        /** A mobile number. */
        MOBILE,
        /** A landline with area code. */
        LANDLINE
    }

    /** The rules a phone number can break. */
    public enum Problem implements CodeProblem {
        /** Characters other than digits, a leading {@code +}, spaces, hyphens and parentheses. */
        CHARACTERS("characters", "must contain only digits, a leading +, spaces, hyphens and parentheses"),
        /** Starts like a mobile number but is not {@code 1[3-9]} followed by nine digits. */
        MOBILE("mobile", "must be a mobile number 1[3-9] followed by 9 digits"),
        /** Starts like a landline but the area code is not 010, 02X or 0[3-9]XX. */
        AREA_CODE("areaCode", "must have a landline area code 010, 02X or 0[3-9]XX (without the 0 after +86)"),
        /** The landline subscriber number is not 7 or 8 digits starting with 2-9. */
        SUBSCRIBER("subscriber", "must have a landline subscriber number of 7 or 8 digits starting with 2-9"),
        /** Neither a mobile number nor a landline with area code. */
        FORMAT("format", "must be a mobile number or a landline with area code");

        private final String key;
        private final String description;

        Problem(String key, String description) {
            this.key = "org.jiceng.core.validation.PhoneNumber." + key;
            this.description = description;
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public String description() {
            return "Phone number " + description;
        }
    }

    /** A parse outcome: either a kind with its canonical form, or a problem. */
    record Parsed(@Nullable Kind kind, @Nullable String canonical, @Nullable Problem problem) {
    }

    /**
     * @param phone a phone number
     * @return true when it is a valid mobile or landline number
     */
    public static boolean isValid(String phone) {
        return parse(phone).problem == null;
    }

    /**
     * @param phone a phone number
     * @return the rule it breaks, or empty when valid
     */
    public static Optional<Problem> explain(String phone) {
        return Optional.ofNullable(parse(phone).problem);
    }

    /**
     * @param phone a phone number
     * @return whether it is a mobile number or a landline, or empty when invalid
     */
    public static Optional<Kind> kind(String phone) {
        return Optional.ofNullable(parse(phone).kind);
    }

    /**
     * @param phone a phone number
     * @return true when it is a valid mobile number
     */
    public static boolean isMobile(String phone) {
        return parse(phone).kind == Kind.MOBILE;
    }

    /**
     * @param phone a phone number
     * @return true when it is a valid landline number with area code
     */
    public static boolean isLandline(String phone) {
        return parse(phone).kind == Kind.LANDLINE;
    }

    /**
     * @param phone a phone number in any accepted spelling
     * @return the canonical spelling without country prefix: {@code 13812345678} for mobiles,
     *     {@code 010-87654321} for landlines; empty when invalid
     */
    public static Optional<String> normalize(String phone) {
        return Optional.ofNullable(parse(phone).canonical);
    }

    private static Parsed parse(String phone) {
        Objects.requireNonNull(phone, "phone");
        // The usual spelling, a bare mobile number, is its own canonical form: no strip, no copy.
        if (isBareMobile(phone)) {
            return new Parsed(Kind.MOBILE, phone, null);
        }
        return parseSpelled(phone);
    }

    /** True for exactly eleven ASCII digits {@code 1[3-9]…}, which {@link #parseSpelled} reads as a mobile number. */
    static boolean isBareMobile(String phone) {
        if (phone.length() != 11 || phone.charAt(0) != '1' || phone.charAt(1) < '3' || phone.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            char c = phone.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Parses any accepted spelling (the definition; {@link #parse} only adds the bare-mobile shortcut). */
    static Parsed parseSpelled(String phone) {
        String s = phone.strip();
        boolean international = false;
        if (s.startsWith("+86")) {
            international = true;
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            international = true;
            s = s.substring(4);
        }
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
                return failure(Problem.CHARACTERS);
            }
        }
        String d = digits.toString();
        if (!international && d.length() == 13 && d.startsWith("861")) {
            international = true;
            d = d.substring(2);
        }
        // After +86 a leading 10 is Beijing's area code without its trunk 0, not a mobile number.
        boolean beijingAfterCountryCode = international && d.startsWith("10");
        if (d.startsWith("1") && !beijingAfterCountryCode) {
            return d.length() == 11 && d.charAt(1) >= '3' ? new Parsed(Kind.MOBILE, d, null) : failure(Problem.MOBILE);
        }
        if (international) {
            if (d.startsWith("0")) {
                return failure(Problem.AREA_CODE);
            }
            d = "0" + d;
        }
        if (!d.startsWith("0")) {
            return failure(Problem.FORMAT);
        }
        int areaLength = areaCodeLength(d);
        if (areaLength == 0) {
            return failure(Problem.AREA_CODE);
        }
        String subscriber = d.substring(areaLength);
        if (subscriber.length() < 7 || subscriber.length() > 8 || subscriber.charAt(0) < '2') {
            return failure(Problem.SUBSCRIBER);
        }
        return new Parsed(Kind.LANDLINE, d.substring(0, areaLength) + "-" + subscriber, null);
    }

    /** @return 3 for 010 and 02X, 4 for 0[3-9]XX, 0 when no area code can start {@code d} */
    private static int areaCodeLength(String d) {
        if (d.length() < 4) {
            return 0;
        }
        char second = d.charAt(1);
        if (second == '1') {
            return d.charAt(2) == '0' ? 3 : 0;
        }
        if (second == '2') {
            return 3;
        }
        return second >= '3' && second <= '9' ? 4 : 0;
    }

    private static Parsed failure(Problem problem) {
        return new Parsed(null, null, problem);
    }
}
