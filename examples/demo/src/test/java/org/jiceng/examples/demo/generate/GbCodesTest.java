package org.jiceng.examples.demo.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GbCodesTest {

    @Test
    void computesTheCheckCharacterOfThePublishedIdNumberExample() {
        // GB 11643-1999 appendix example: 11010519491231002X.
        assertThat(GbCodes.idCheckChar("11010519491231002")).isEqualTo('X');
        assertThat(GbCodes.idNumber("110105", LocalDate.of(1949, 12, 31), 2)).isEqualTo("11010519491231002X");
    }

    @Test
    void computesTheCheckCharacterOfAPublishedCreditCode() {
        // A widely published valid code: 91350100M000100Y43.
        assertThat(GbCodes.creditCheckChar("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void computesTheOrganisationCodeCheckOfAPublishedExample() {
        // GB 11714 example D2143569-X (weights 3,7,9,10,5,8,4,2), and the code embedded in 91350100M000100Y43.
        assertThat(GbCodes.orgCodeCheckChar("D2143569")).isEqualTo('X');
        assertThat(GbCodes.orgCodeCheckChar("M000100Y")).isEqualTo('4');
    }

    @Property
    void everyChangedIdCheckCharacterIsDetected(@ForAll @IntRange(min = 1, max = 999) int sequence,
            @ForAll @IntRange(min = 0, max = 20_000) int dayOffset) {
        String id = GbCodes.idNumber("530112", LocalDate.of(1950, 1, 1).plusDays(dayOffset), sequence);
        for (char c : "0123456789X".toCharArray()) {
            boolean valid = GbCodes.idCheckChar(id.substring(0, 17)) == c;
            assertThat(valid).isEqualTo(c == id.charAt(17));
        }
    }

    @Property
    void creditCodesUseOnlyTheGb32100CharacterSet(@ForAll @IntRange(min = 0, max = 99_999_999) int serial) {
        String code = GbCodes.creditCode('9', '1', "530112", serial);
        assertThat(code).hasSize(18);
        assertThat(code.chars()).allMatch(ch -> GbCodes.CREDIT_CHARS.indexOf(ch) >= 0);
        assertThat(GbCodes.creditCheckChar(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }
}
