package org.jiceng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.core.validation.IdNumbers.Problem;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** The sample of GB 11643-1999 (Beijing Chaoyang, born 1949-12-31, female). */
    private static final String STANDARD_SAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsSampleNumber() {
        assertThat(IdNumbers.explain(STANDARD_SAMPLE, TODAY)).isEmpty();
        assertThat(IdNumbers.isValid(STANDARD_SAMPLE)).isTrue();
    }

    @Test
    void computesTheStandardsSampleCheckCharacterX() {
        assertThat(IdNumbers.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.withCheckDigit("11010519491231002")).isEqualTo(STANDARD_SAMPLE);
    }

    @Test
    void computesCheckDigitByHandForAnotherPublishedSample() {
        // 44052418800101001: sum of digits x weights = 4*7+4*9+0*10+5*5+2*8+4*4+1*2+8*1+8*6+0*3+0*7+1*9+0*10+1*5
        // +0*8+0*4+1*2 = 195; 195 mod 11 = 8 -> check character '4'.
        assertThat(IdNumbers.checkDigit("44052418800101001")).isEqualTo('4');
        assertThat(IdNumbers.isValid("440524188001010014", TODAY)).isTrue();
    }

    @Test
    void rejectsIdNumberWithWrongCheckDigit() {
        assertThat(IdNumbers.explain("110105194912310021", TODAY)).contains(Problem.CHECK_DIGIT);
    }

    @Test
    void rejectsLowercaseCheckCharacter() {
        assertThat(IdNumbers.explain("11010519491231002x", TODAY)).contains(Problem.CHARACTERS);
    }

    @Test
    void rejectsWrongLength() {
        assertThat(IdNumbers.explain("11010519491231002", TODAY)).contains(Problem.LENGTH);
        assertThat(IdNumbers.explain("11010519491231002X1", TODAY)).contains(Problem.LENGTH);
    }

    @Test
    void rejectsLettersInsideTheNumber() {
        assertThat(IdNumbers.explain("1101051949123A002X", TODAY)).contains(Problem.CHARACTERS);
    }

    @Test
    void rejectsUnknownProvincePrefix() {
        String unknownProvince = IdNumbers.withCheckDigit("99010519491231002");
        assertThat(IdNumbers.explain(unknownProvince, TODAY)).contains(Problem.PROVINCE);
    }

    @Test
    void rejectsImpossibleBirthDates() {
        assertThat(IdNumbers.explain(IdNumbers.withCheckDigit("11010519490230002"), TODAY))
                .as("30 February").contains(Problem.BIRTH_DATE);
        assertThat(IdNumbers.explain(IdNumbers.withCheckDigit("11010519491331002"), TODAY))
                .as("month 13").contains(Problem.BIRTH_DATE);
        assertThat(IdNumbers.explain(IdNumbers.withCheckDigit("11010517991231002"), TODAY))
                .as("before 1800").contains(Problem.BIRTH_DATE);
    }

    @Test
    void rejectsBirthDateAfterToday() {
        String bornTomorrow = IdNumbers.withCheckDigit("11010520261124002");
        String bornToday = IdNumbers.withCheckDigit("11010520261123002");
        assertThat(IdNumbers.explain(bornTomorrow, TODAY)).contains(Problem.FUTURE_BIRTH_DATE);
        assertThat(IdNumbers.explain(bornToday, TODAY)).isEmpty();
    }

    @Test
    void reportsLegacyNumberAsNotAllowedInTheStrictCheck() {
        assertThat(IdNumbers.explain("110105491231002", TODAY)).contains(Problem.LEGACY_NOT_ALLOWED);
    }

    @Test
    void validatesLegacyNumbersWithTheirOwnRules() {
        assertThat(IdNumbers.explainLegacy15("110105491231002", TODAY)).isEmpty();
        assertThat(IdNumbers.explainLegacy15("110105491331002", TODAY)).contains(Problem.BIRTH_DATE);
        assertThat(IdNumbers.explainLegacy15("990105491231002", TODAY)).contains(Problem.PROVINCE);
        assertThat(IdNumbers.explainLegacy15("11010549123100X", TODAY)).contains(Problem.CHARACTERS);
        assertThat(IdNumbers.explainLegacy15("11010549123100", TODAY)).contains(Problem.LENGTH);
    }

    @Test
    void upgradesTheLegacyFormOfTheStandardSample() {
        assertThat(IdNumbers.upgradeLegacy15("110105491231002")).isEqualTo(STANDARD_SAMPLE);
    }

    @Test
    void refusesToUpgradeAnInvalidLegacyNumberWithoutLeakingIt() {
        assertThatThrownBy(() -> IdNumbers.upgradeLegacy15("110105491331002"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("birth date")
                .hasMessageNotContaining("110105491331002");
    }

    @Test
    void extractsTheBirthDateOfBothForms() {
        assertThat(IdNumbers.birthDate(STANDARD_SAMPLE)).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.birthDate("110105491231002")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.birthDate("abc")).isEmpty();
    }

    @Property
    void builtNumbersHoldTheBirthDateAndSequenceZeroPaddedAndAreValid(
            @ForAll @IntRange(min = IdNumbers.EARLIEST_BIRTH_YEAR, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 365) int dayOfYear, @ForAll @IntRange(min = 0, max = 999) int sequence) {
        LocalDate birth = LocalDate.ofYearDay(year, dayOfYear);
        String built = IdNumbers.of("110105", birth, sequence);
        assertThat(built.substring(0, 17)).isEqualTo("110105" + String.format(java.util.Locale.ROOT, "%04d%02d%02d%03d",
                year, birth.getMonthValue(), birth.getDayOfMonth(), sequence));
        assertThat(IdNumbers.isValid(built, LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(IdNumbers.birthDate(built)).contains(birth);
    }

    @Test
    void buildsTheStandardSampleFromItsParts() {
        assertThat(IdNumbers.of("110105", LocalDate.of(1949, 12, 31), 2)).isEqualTo(STANDARD_SAMPLE);
        assertThatThrownBy(() -> IdNumbers.of("990105", LocalDate.of(1949, 12, 31), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("province");
        assertThatThrownBy(() -> IdNumbers.of("110105", LocalDate.of(1949, 12, 31), 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0-999");
    }

    @Test
    void checkDigitNeedsExactlySeventeenDigits() {
        assertThatThrownBy(() -> IdNumbers.checkDigit("1234")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17 digits");
    }

    @Property
    void generatedIdNumbersAreValid(@ForAll("idNumbers") String idNumber) {
        assertThat(IdNumbers.explain(idNumber, TODAY)).isEmpty();
    }

    @Property
    void anySingleCharacterSubstitutionIsDetected(@ForAll("idNumbers") String idNumber,
            @ForAll @IntRange(min = 0, max = 17) int position, @ForAll("idCharacters") char replacement) {
        net.jqwik.api.Assume.that(idNumber.charAt(position) != replacement);
        String corrupted = idNumber.substring(0, position) + replacement + idNumber.substring(position + 1);

        assertThat(IdNumbers.isValid(corrupted, TODAY)).as(corrupted).isFalse();
    }

    @Property
    void upgradedLegacyNumbersAreValidAndKeepTheBirthDate(@ForAll("legacyIdNumbers") String legacy) {
        String upgraded = IdNumbers.upgradeLegacy15(legacy);

        assertThat(IdNumbers.explain(upgraded, TODAY)).isEmpty();
        assertThat(IdNumbers.birthDate(upgraded)).isEqualTo(IdNumbers.birthDate(legacy));
        assertThat(upgraded.substring(0, 6)).isEqualTo(legacy.substring(0, 6));
        assertThat(upgraded.substring(14, 17)).isEqualTo(legacy.substring(12, 15));
    }

    @Provide
    Arbitrary<String> idNumbers() {
        return CodeArbitraries.idNumbers();
    }

    @Provide
    Arbitrary<String> legacyIdNumbers() {
        return CodeArbitraries.legacyIdNumbers();
    }

    @Provide
    Arbitrary<Character> idCharacters() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
    }
}
