package org.jiceng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.validation.DivisionCodes.Problem;
import org.junit.jupiter.api.Test;

/**
 * Division codes have no check digit, so a substituted digit usually yields another well-formed code:
 * the properties here are about structure and levels, not about detecting typos.
 */
class DivisionCodesTest {

    @Test
    void acceptsSixAndTwelveDigitCodes() {
        assertThat(DivisionCodes.explain("530112")).isEmpty(); // 昆明市西山区
        assertThat(DivisionCodes.explain("530112001000")).isEmpty(); // a subdistrict of it
        assertThat(DivisionCodes.explain("530112001003")).isEmpty(); // a community
    }

    @Test
    void rejectsOtherLengths() {
        assertThat(DivisionCodes.explain("53011")).contains(Problem.LENGTH);
        assertThat(DivisionCodes.explain("530112001")).contains(Problem.LENGTH);
    }

    @Test
    void rejectsNonDigits() {
        assertThat(DivisionCodes.explain("53011A")).contains(Problem.CHARACTERS);
    }

    @Test
    void rejectsUnknownProvince() {
        assertThat(DivisionCodes.explain("990112")).contains(Problem.PROVINCE);
        assertThat(DivisionCodes.explain("000000")).contains(Problem.PROVINCE);
    }

    @Test
    void rejectsNonZeroSegmentBelowZeroSegment() {
        assertThat(DivisionCodes.explain("530012")).contains(Problem.STRUCTURE);
        assertThat(DivisionCodes.explain("530112000003")).contains(Problem.STRUCTURE);
    }

    @Test
    void givesTheLevelOfEachSegment() {
        assertThat(DivisionCodes.levelOf("530000")).contains(DivisionLevel.PROVINCE);
        assertThat(DivisionCodes.levelOf("530100")).contains(DivisionLevel.PREFECTURE);
        assertThat(DivisionCodes.levelOf("530112")).contains(DivisionLevel.COUNTY);
        assertThat(DivisionCodes.levelOf("530112000000")).contains(DivisionLevel.COUNTY);
        assertThat(DivisionCodes.levelOf("530112001000")).contains(DivisionLevel.TOWNSHIP);
        assertThat(DivisionCodes.levelOf("530112001003")).contains(DivisionLevel.VILLAGE);
        assertThat(DivisionCodes.levelOf("53011")).isEmpty();
    }

    @Test
    void mapsLevelsToModelAreaLevels() {
        assertThat(DivisionCodes.areaLevelOf("530112")).contains(AreaLevel.DISTRICT);
        assertThat(DivisionCodes.areaLevelOf("530112001000")).contains(AreaLevel.SUBDISTRICT);
        assertThat(DivisionCodes.areaLevelOf("530112001003")).contains(AreaLevel.COMMUNITY);
        assertThat(DivisionCodes.areaLevelOf("530100")).isEmpty();
        assertThat(DivisionLevel.expectedFor(AreaLevel.BUILDING)).isEqualTo(DivisionLevel.VILLAGE);
    }

    @Test
    void checksChildrenAgainstTheirParentsPrefix() {
        assertThat(DivisionCodes.isUnder("530112001003", "530112001000")).isTrue();
        assertThat(DivisionCodes.isUnder("530112001003", "530112")).isTrue();
        assertThat(DivisionCodes.isUnder("530112001003", "530000")).isTrue();
        assertThat(DivisionCodes.isUnder("530112002003", "530112001000")).as("other township").isFalse();
        assertThat(DivisionCodes.isUnder("530112001000", "530112001000")).as("itself").isFalse();
        assertThat(DivisionCodes.isUnder("530112", "530112001000")).as("above").isFalse();
        assertThat(DivisionCodes.isUnder("530112", "53011")).as("invalid parent").isFalse();
    }

    @Test
    void givesParentAndSignificantPrefix() {
        assertThat(DivisionCodes.parentOf("530112001003")).contains("530112001000");
        assertThat(DivisionCodes.parentOf("530112001000")).contains("530112000000");
        assertThat(DivisionCodes.parentOf("530112")).contains("530100");
        assertThat(DivisionCodes.parentOf("530000")).isEmpty();
        assertThat(DivisionCodes.significantPrefix("530112001000")).isEqualTo("530112001");
        assertThat(DivisionCodes.toTwelveDigits("530112")).isEqualTo("530112000000");
        assertThatThrownBy(() -> DivisionCodes.parentOf("5301")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6 (GB/T 2260) or 12");
    }

    @Test
    void buildsChildCodesOneLevelDown() {
        assertThat(DivisionCodes.childCode("530000", 1)).isEqualTo("530100");
        assertThat(DivisionCodes.childCode("530100", 12)).isEqualTo("530112");
        assertThat(DivisionCodes.childCode("530112", 1)).isEqualTo("530112001000");
        assertThat(DivisionCodes.childCode("530112001000", 3)).isEqualTo("530112001003");
        assertThatThrownBy(() -> DivisionCodes.childCode("530112001003", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("village");
        assertThatThrownBy(() -> DivisionCodes.childCode("530100", 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-99");
    }

    @Property
    void childCodesAreOneLevelBelowAndUnderTheirParent(@ForAll("codes") String parent,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 99) int sequence) {
        net.jqwik.api.Assume.that(DivisionCodes.levelOf(parent).orElseThrow() != DivisionLevel.VILLAGE);
        String child = DivisionCodes.childCode(parent, sequence);

        assertThat(DivisionCodes.isUnder(child, parent)).isTrue();
        assertThat(DivisionCodes.parentOf(DivisionCodes.toTwelveDigits(child)))
                .contains(DivisionCodes.toTwelveDigits(parent));
    }

    @Property
    void levelIsTheDepthOfTheLastNonZeroSegment(@ForAll("codes") String code) {
        DivisionLevel level = DivisionCodes.levelOf(code).orElseThrow();
        String prefix = DivisionCodes.significantPrefix(code);

        assertThat(code).isEqualTo(prefix + "0".repeat(12 - prefix.length()));
        assertThat(prefix).doesNotEndWith(level.ordinal() >= 3 ? "000" : "00");
        assertThat(prefix.length()).isEqualTo(new int[] {2, 4, 6, 9, 12}[level.ordinal()]);
    }

    @Property
    void everyAncestorContainsTheCodeAndSitsOneLevelUp(@ForAll("codes") String code) {
        String current = code;
        while (DivisionCodes.parentOf(current).isPresent()) {
            String parent = DivisionCodes.parentOf(current).get();
            assertThat(DivisionCodes.isUnder(code, parent)).isTrue();
            assertThat(DivisionCodes.isUnder(parent, code)).isFalse();
            assertThat(DivisionCodes.levelOf(parent).orElseThrow().ordinal())
                    .isEqualTo(DivisionCodes.levelOf(current).orElseThrow().ordinal() - 1);
            current = parent;
        }
        assertThat(DivisionCodes.levelOf(current)).contains(DivisionLevel.PROVINCE);
    }

    @Property
    void sixDigitFormHasTheSameLevelAsItsTwelveDigitForm(@ForAll("codes") String code) {
        if (code.endsWith("000000")) {
            assertThat(DivisionCodes.levelOf(code.substring(0, 6))).isEqualTo(DivisionCodes.levelOf(code));
        }
    }

    @Provide
    Arbitrary<String> codes() {
        return CodeArbitraries.twelveDigitCodes();
    }
}
