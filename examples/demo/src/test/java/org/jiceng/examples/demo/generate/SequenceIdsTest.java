package org.jiceng.examples.demo.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Counted ids read exactly as {@code String.format(Locale.ROOT, "%s%0<width>d", prefix, n)} would. */
class SequenceIdsTest {

    private static String formatted(String prefix, long n, int width) {
        return String.format(Locale.ROOT, "%s%0" + width + "d", prefix, n);
    }

    @Test
    void countsUpLikeFormatAcrossCarriesAndPastTheWidth() {
        for (int width = 1; width <= 4; width++) {
            SequenceIds ids = new SequenceIds("E", width);
            for (long n = 1; n <= 12_345; n++) {
                assertThat(ids.next()).as("width %d, n %d", width, n).isEqualTo(formatted("E", n, width));
            }
        }
    }

    @Test
    void anEmptyPrefixGivesTheDigitsAlone() {
        SequenceIds ids = new SequenceIds("", 3);
        assertThat(ids.next()).isEqualTo("001");
        assertThat(ids.next()).isEqualTo("002");
    }

    @Property
    void paddedReadsAsFormat(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n,
            @ForAll @IntRange(min = 1, max = 20) int width) {
        assertThat(SequenceIds.padded("RV", n, width)).isEqualTo(formatted("RV", n, width));
    }

    @Test
    void aNonAsciiPrefixOrAnOddWidthIsRejected() {
        assertThatThrownBy(() -> new SequenceIds("事", 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not ASCII");
        assertThatThrownBy(() -> new SequenceIds("E", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..18");
    }
}
