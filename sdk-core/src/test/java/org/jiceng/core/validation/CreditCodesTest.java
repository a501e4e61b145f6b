package org.jiceng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.core.validation.CreditCodes.Problem;
import org.junit.jupiter.api.Test;

class CreditCodesTest {

    /** A widely published valid code: authority 9 (market regulation), type 1 (enterprise), Fuzhou 350100. */
    private static final String FUZHOU_ENTERPRISE = "91350100M000100Y43";

    @Test
    void acceptsPublishedValidCode() {
        assertThat(CreditCodes.explain(FUZHOU_ENTERPRISE)).isEmpty();
    }

    @Test
    void computesOrganisationCodeCheckByHand() {
        // M000100Y: M=22, Y=34; 22*3 + 1*5 + 34*2 = 139; 139 mod 11 = 7; 11 - 7 = 4.
        assertThat(CreditCodes.organizationCheckCharacter("M000100Y")).isEqualTo('4');
    }

    @Test
    void computesOrganisationCodeCheckIncludingTheXAndZeroCases() {
        // Weights 3 7 9 10 5 8 4 2; check = 11 - (sum mod 11), 10 -> X, 11 -> 0.
        assertThat(CreditCodes.organizationCheckCharacter("00000001")).as("sum 2").isEqualTo('9');
        assertThat(CreditCodes.organizationCheckCharacter("00000090")).as("sum 36").isEqualTo('8');
        assertThat(CreditCodes.organizationCheckCharacter("00001000")).as("sum 5").isEqualTo('6');
        assertThat(CreditCodes.organizationCheckCharacter("01000010")).as("sum 11").isEqualTo('0');
        assertThat(CreditCodes.organizationCheckCharacter("00000006")).as("sum 12").isEqualTo('X');
    }

    @Test
    void recomputesTheFinalCheckCharacterOfThePublishedCode() {
        assertThat(CreditCodes.checkCharacter(FUZHOU_ENTERPRISE.substring(0, 17))).isEqualTo('3');
        assertThat(CreditCodes.withCheckCharacter("91350100M000100Y4")).isEqualTo(FUZHOU_ENTERPRISE);
    }

    @Test
    void rejectsWrongLength() {
        assertThat(CreditCodes.explain("91350100M000100Y4")).contains(Problem.LENGTH);
    }

    @Test
    void rejectsCharactersOutsideTheThirtyOneCharacterSet() {
        for (char excluded : new char[] {'I', 'O', 'S', 'V', 'Z', 'a', '-'}) {
            String code = "91350100M000100" + excluded + "43";
            assertThat(CreditCodes.explain(code)).as("with %s", excluded).contains(Problem.CHARACTERS);
        }
    }

    @Test
    void rejectsUnknownRegistrationAuthority() {
        String code = CreditCodes.withCheckCharacter("B1350100M000100Y4");
        assertThat(CreditCodes.explain(code)).contains(Problem.AUTHORITY);
    }

    @Test
    void rejectsTypeCodeNotDefinedForTheAuthority() {
        // Market regulation (9) defines 1, 2 and 3 only.
        String code = CreditCodes.withCheckCharacter("94350100M000100Y4");
        assertThat(CreditCodes.explain(code)).contains(Problem.TYPE);
    }

    @Test
    void rejectsDivisionCodeWithoutProvincePrefix() {
        String code = CreditCodes.withCheckCharacter("91990100M000100Y4");
        assertThat(CreditCodes.explain(code)).contains(Problem.DIVISION);
        String letters = CreditCodes.withCheckCharacter("9135A100M000100Y4");
        assertThat(CreditCodes.explain(letters)).contains(Problem.DIVISION);
    }

    @Test
    void acceptsTheNationalDivisionCode() {
        String national = CreditCodes.of('1', '1', "100000", "00001234");
        assertThat(CreditCodes.explain(national)).isEmpty();
    }

    @Test
    void rejectsWrongOrganisationCodeCheck() {
        String code = CreditCodes.withCheckCharacter("91350100M000100Y5");
        assertThat(CreditCodes.explain(code)).contains(Problem.ORGANIZATION_CODE);
    }

    @Test
    void rejectsWrongFinalCheckCharacter() {
        assertThat(CreditCodes.explain("91350100M000100Y44")).contains(Problem.CHECK_CHARACTER);
    }

    @Test
    void buildingFromInvalidPartsNamesTheRule() {
        assertThatThrownBy(() -> CreditCodes.of('9', '7', "350100", "M000100Y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type code");
        assertThatThrownBy(() -> CreditCodes.checkCharacter("91350100M000100O4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 16");
    }

    @Property
    void generatedCreditCodesAreValid(@ForAll("creditCodes") String code) {
        assertThat(CreditCodes.explain(code)).isEmpty();
    }

    @Property
    void anySingleCharacterSubstitutionIsDetected(@ForAll("creditCodes") String code,
            @ForAll @IntRange(min = 0, max = 17) int position, @ForAll("codeCharacters") char replacement) {
        Assume.that(code.charAt(position) != replacement);
        String corrupted = code.substring(0, position) + replacement + code.substring(position + 1);

        assertThat(CreditCodes.isValid(corrupted)).as(corrupted).isFalse();
    }

    @Provide
    Arbitrary<String> creditCodes() {
        return CodeArbitraries.creditCodes();
    }

    @Provide
    Arbitrary<Character> codeCharacters() {
        return Arbitraries.of(CreditCodes.ALPHABET.chars().mapToObj(c -> (char) c).toList());
    }
}
