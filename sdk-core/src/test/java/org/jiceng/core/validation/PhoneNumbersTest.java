package org.jiceng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.validation.PhoneNumbers.Kind;
import org.jiceng.core.validation.PhoneNumbers.Problem;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void acceptsMobileNumbersInCommonSpellings() {
        for (String phone : new String[] {"13812345678", "+8613812345678", "+86 138 1234 5678", "0086-138-1234-5678",
                "8613812345678", "19912345678"}) {
            assertThat(PhoneNumbers.kind(phone)).as(phone).contains(Kind.MOBILE);
            assertThat(PhoneNumbers.normalize(phone)).as(phone).hasValueSatisfying(n -> assertThat(n).hasSize(11));
        }
    }

    @Test
    void rejectsMobileNumbersWithWrongSecondDigitOrLength() {
        assertThat(PhoneNumbers.explain("12812345678")).contains(Problem.MOBILE);
        assertThat(PhoneNumbers.explain("1381234567")).contains(Problem.MOBILE);
        assertThat(PhoneNumbers.explain("138123456789")).contains(Problem.MOBILE);
    }

    @Test
    void acceptsLandlinesWithAreaCode() {
        assertThat(PhoneNumbers.normalize("010-87654321")).contains("010-87654321");
        assertThat(PhoneNumbers.normalize("(021)62345678")).contains("021-62345678");
        assertThat(PhoneNumbers.normalize("0871 6512345")).contains("0871-6512345");
        assertThat(PhoneNumbers.normalize("+86 10 87654321")).contains("010-87654321");
        assertThat(PhoneNumbers.isLandline("0755-23456789")).isTrue();
    }

    @Test
    void rejectsLandlineWithUnknownAreaCode() {
        assertThat(PhoneNumbers.explain("0123-4567890")).contains(Problem.AREA_CODE);
        assertThat(PhoneNumbers.explain("+86 010 87654321")).as("trunk 0 after +86").contains(Problem.AREA_CODE);
    }

    @Test
    void rejectsLandlineWithBadSubscriberNumber() {
        assertThat(PhoneNumbers.explain("0755-12345678")).as("starts with 1").contains(Problem.SUBSCRIBER);
        assertThat(PhoneNumbers.explain("010-234567")).as("6 digits").contains(Problem.SUBSCRIBER);
        assertThat(PhoneNumbers.explain("010-234567890")).as("9 digits").contains(Problem.SUBSCRIBER);
    }

    @Test
    void rejectsLandlineWithoutAreaCode() {
        assertThat(PhoneNumbers.explain("87654321")).contains(Problem.FORMAT);
    }

    @Test
    void rejectsLettersAndOtherSymbols() {
        assertThat(PhoneNumbers.explain("138-1234-567a")).contains(Problem.CHARACTERS);
        assertThat(PhoneNumbers.explain("138.1234.5678")).contains(Problem.CHARACTERS);
    }

    @Property
    void everyMobileNumberWithValidPrefixIsAcceptedInEverySpelling(@ForAll("mobiles") String mobile) {
        String spaced = mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
        assertThat(PhoneNumbers.normalize(mobile)).contains(mobile);
        assertThat(PhoneNumbers.normalize("+86 " + spaced)).contains(mobile);
        assertThat(PhoneNumbers.isLandline(mobile)).isFalse();
    }

    @Property
    void normalisedLandlinesAreStable(@ForAll("landlines") String landline) {
        String normal = PhoneNumbers.normalize(landline).orElseThrow();
        assertThat(PhoneNumbers.normalize(normal)).contains(normal);
        assertThat(PhoneNumbers.normalize("+86 " + normal.substring(1))).contains(normal);
    }

    @Provide
    Arbitrary<String> mobiles() {
        return Arbitraries.integers().between(3, 9).flatMap(second ->
                Arbitraries.strings().numeric().ofLength(9).map(rest -> "1" + second + rest));
    }

    @Provide
    Arbitrary<String> landlines() {
        Arbitrary<String> areaCodes = Arbitraries.oneOf(Arbitraries.just("010"),
                Arbitraries.integers().between(20, 29).map(i -> "0" + i),
                Arbitraries.integers().between(300, 999).map(i -> "0" + i));
        Arbitrary<String> subscribers = Arbitraries.integers().between(7, 8).flatMap(n ->
                Arbitraries.integers().between(2, 9).flatMap(first ->
                        Arbitraries.strings().numeric().ofLength(n - 1).map(rest -> first + rest)));
        return net.jqwik.api.Combinators.combine(areaCodes, subscribers).as((a, s) -> a + "-" + s);
    }
}
