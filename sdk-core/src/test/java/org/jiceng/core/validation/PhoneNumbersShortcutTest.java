package org.jiceng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * {@link PhoneNumbers} answers a bare mobile number ({@code 13812345678}) without stripping or copying it;
 * for every text, the public answers must be those of the full parse of any spelling.
 */
class PhoneNumbersShortcutTest {

    @Property
    void publicAnswersEqualTheFullParse(@ForAll("phones") String phone) {
        PhoneNumbers.Parsed full = PhoneNumbers.parseSpelled(phone);
        assertThat(PhoneNumbers.kind(phone)).as(phone).isEqualTo(java.util.Optional.ofNullable(full.kind()));
        assertThat(PhoneNumbers.normalize(phone)).as(phone).isEqualTo(java.util.Optional.ofNullable(full.canonical()));
        assertThat(PhoneNumbers.explain(phone)).as(phone).isEqualTo(java.util.Optional.ofNullable(full.problem()));
        Statistics.collect(PhoneNumbers.isBareMobile(phone) ? "shortcut" : "full parse");
        Statistics.coverage(coverage -> {
            coverage.check("shortcut").percentage(p -> p >= 10);
            coverage.check("full parse").percentage(p -> p >= 10);
        });
    }

    @Test
    void onlyElevenAsciiDigitsStartingWithOneAndThreeToNineTakeTheShortcut() {
        assertThat(PhoneNumbers.isBareMobile("13812345678")).isTrue();
        assertThat(PhoneNumbers.isBareMobile("19912345678")).isTrue();
        assertThat(PhoneNumbers.isBareMobile("12812345678")).as("second digit 2").isFalse();
        assertThat(PhoneNumbers.isBareMobile("1381234567")).as("ten digits").isFalse();
        assertThat(PhoneNumbers.isBareMobile(" 13812345678")).as("leading space").isFalse();
        assertThat(PhoneNumbers.isBareMobile("1381234567８")).as("full-width digit").isFalse();
        assertThat(PhoneNumbers.isBareMobile("1:812345678")).as("':' follows '9'").isFalse();
    }

    /** Mobile-like digit strings, mutated by one character from a pool of digits, separators and look-alikes. */
    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> mobile = Arbitraries.strings().withChars("0123456789").ofLength(9)
                .flatMap(rest -> Arbitraries.of('0', '1', '2', '3', '5', '9').map(second -> "1" + second + rest));
        Arbitrary<Character> pool = Arbitraries.of('0', '1', '9', ' ', '-', '+', '(', ')', ':', '/', '\uFF18', '\u3000');
        Arbitrary<String> mutated = mobile.flatMap(m -> Arbitraries.integers().between(0, m.length())
                .flatMap(i -> pool.flatMap(c -> Arbitraries.of(
                        m.substring(0, i) + c + m.substring(i),
                        i < m.length() ? m.substring(0, i) + c + m.substring(i + 1) : m + c,
                        i < m.length() ? m.substring(0, i) + m.substring(i + 1) : m))));
        Arbitrary<String> other = Arbitraries.of("+8613812345678", "8613812345678", "010-87654321", "+86 10 87654321",
                "0871 6512345", "", " ", "1");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, mobile), net.jqwik.api.Tuple.of(3, mutated),
                net.jqwik.api.Tuple.of(1, other));
    }
}
