package org.jiceng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link IdNumbers#explain(String, LocalDate)} reads the 18-character form in place (no substrings, no
 * LocalDate) for speed; it must give the answer of the straightforward definition below, rule by rule.
 */
class IdNumbersInPlaceCheckTest {

    // Fixed at 1000 tries (not the build's default of 200): at 200, the 2% coverage floor for
    // CHECK_DIGIT (about 5% of cases) failed on about one seed in a hundred; at 1000 it is over four
    // standard deviations away.
    @Property(tries = 1000)
    void explainEqualsTheStraightforwardDefinition(@ForAll("candidates") String idNumber,
            @ForAll("todays") LocalDate today) {
        Optional<IdNumbers.Problem> expected = reference(idNumber, today);
        assertThat(IdNumbers.explain(idNumber, today)).as("%s on %s", idNumber, today).isEqualTo(expected);
        Statistics.collect(expected.map(Enum::name).orElse("VALID"));
        Statistics.coverage(coverage -> {
            coverage.check("VALID").percentage(p -> p >= 5);
            coverage.check("CHECK_DIGIT").percentage(p -> p >= 2);
            coverage.check("FUTURE_BIRTH_DATE").percentage(p -> p >= 2);
        });
    }

    /** Valid numbers around calendar edges, each possibly with one digit replaced. */
    @Provide
    Arbitrary<String> candidates() {
        Arbitrary<String> year = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of("1800", "1900", "2000", "2024", "2025", "2026", "2027")),
                Tuple.of(1, Arbitraries.of("1799", "0000", "2100", "9999")));
        Arbitrary<String> month = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("01", "02", "04", "11", "12")),
                Tuple.of(1, Arbitraries.of("00", "13", "99")));
        Arbitrary<String> day = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("01", "28", "29", "30", "31")),
                Tuple.of(1, Arbitraries.of("00", "32", "99")));
        Arbitrary<String> province = Arbitraries.frequencyOf(Tuple.of(9, CodeArbitraries.provinces()),
                Tuple.of(1, Arbitraries.of("00", "10", "99")));
        Arbitrary<String> valid = Combinators.combine(province, CodeArbitraries.digits(4), year, month, day,
                CodeArbitraries.digits(3)).as((p, d, y, m, dd, s) -> IdNumbers.withCheckDigit(p + d + y + m + dd + s));
        Arbitrary<String> mutated = Combinators.combine(valid, Arbitraries.integers().between(0, 17),
                Arbitraries.chars().with("0123456789X")).as((v, i, c) -> v.substring(0, i) + c + v.substring(i + 1));
        return Arbitraries.oneOf(valid, mutated);
    }

    @Provide
    Arbitrary<LocalDate> todays() {
        return Arbitraries.longs().between(LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2027, 12, 31)
                .toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private static Optional<IdNumbers.Problem> reference(String id, LocalDate today) {
        if (id.length() == 15 && id.chars().allMatch(Character::isDigit)) {
            return Optional.of(IdNumbers.Problem.LEGACY_NOT_ALLOWED);
        }
        if (id.length() != 18) {
            return Optional.of(IdNumbers.Problem.LENGTH);
        }
        if (!id.substring(0, 17).matches("[0-9]{17}") || !id.substring(17).matches("[0-9X]")) {
            return Optional.of(IdNumbers.Problem.CHARACTERS);
        }
        if (!DivisionCodes.isProvinceCode(id.substring(0, 2))) {
            return Optional.of(IdNumbers.Problem.PROVINCE);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of(IdNumbers.Problem.BIRTH_DATE);
        }
        if (birth.getYear() < IdNumbers.EARLIEST_BIRTH_YEAR) {
            return Optional.of(IdNumbers.Problem.BIRTH_DATE);
        }
        if (birth.isAfter(today)) {
            return Optional.of(IdNumbers.Problem.FUTURE_BIRTH_DATE);
        }
        return id.charAt(17) == IdNumbers.checkDigit(id.substring(0, 17)) ? Optional.empty()
                : Optional.of(IdNumbers.Problem.CHECK_DIGIT);
    }
}
