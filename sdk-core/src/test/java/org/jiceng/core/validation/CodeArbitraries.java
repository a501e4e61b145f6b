package org.jiceng.core.validation;

import java.util.Locale;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid codes, built from the parts each standard defines. */
final class CodeArbitraries {

    static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
            "64", "65", "71", "81", "82");

    private CodeArbitraries() {
    }

    static Arbitrary<String> provinces() {
        return Arbitraries.of(PROVINCES);
    }

    static Arbitrary<String> digits(int length) {
        return Arbitraries.strings().numeric().ofLength(length);
    }

    /** Valid 18-character ID numbers born between 1900 and 2020. */
    static Arbitrary<String> idNumbers() {
        Arbitrary<LocalDate> births = Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(),
                LocalDate.of(2020, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        return Combinators.combine(provinces(), digits(4), births, digits(3))
                .as((p, d, b, s) -> IdNumbers.withCheckDigit(p + d + String.format(Locale.ROOT, "%04d%02d%02d", b.getYear(),
                        b.getMonthValue(), b.getDayOfMonth()) + s));
    }

    /** Valid 15-digit legacy ID numbers born between 1900 and 1999. */
    static Arbitrary<String> legacyIdNumbers() {
        Arbitrary<LocalDate> births = Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(),
                LocalDate.of(1999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        return Combinators.combine(provinces(), digits(4), births, digits(3))
                .as((p, d, b, s) -> p + d + String.format(Locale.ROOT, "%02d%02d%02d", b.getYear() % 100, b.getMonthValue(),
                        b.getDayOfMonth()) + s);
    }

    /** Valid credit codes for the common authorities. */
    static Arbitrary<String> creditCodes() {
        Arbitrary<String> authorityAndType = Arbitraries.of("11", "12", "13", "19", "51", "52", "53", "59", "91",
                "92", "93", "Y1", "N2", "81");
        Arbitrary<String> division = Combinators.combine(provinces(), digits(4)).as(String::concat);
        Arbitrary<String> body = Arbitraries.strings().withChars(CreditCodes.ALPHABET.toCharArray()).ofLength(8);
        return Combinators.combine(authorityAndType, division, body)
                .as((at, d, b) -> CreditCodes.of(at.charAt(0), at.charAt(1), d, b));
    }

    /** Valid 12-digit statistical division codes of every level. */
    static Arbitrary<String> twelveDigitCodes() {
        Arbitrary<String> nonZero2 = Arbitraries.integers().between(1, 99).map(i -> String.format(Locale.ROOT, "%02d", i));
        Arbitrary<String> nonZero3 = Arbitraries.integers().between(1, 999).map(i -> String.format(Locale.ROOT, "%03d", i));
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 5);
        return Combinators.combine(provinces(), nonZero2, nonZero2, nonZero3, nonZero3, depth)
                .as((p, c, d, t, v, n) -> {
                    String[] segments = {p, c, d, t, v};
                    String[] zeros = {"00", "00", "00", "000", "000"};
                    StringBuilder code = new StringBuilder();
                    for (int i = 0; i < 5; i++) {
                        code.append(i < n ? segments[i] : zeros[i]);
                    }
                    return code.toString();
                });
    }
}
