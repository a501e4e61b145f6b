package org.jiceng.examples.demo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The report's coordinates are written as {@code String.format("%.1f")} writes them, character for character. */
class TenthsFormatTest {

    @Property
    void anyValueIsWrittenAsTheFormatterWritesIt(@ForAll("values") double v) {
        assertThat(HtmlReport.fmt(v)).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
    }

    @Test
    void halvesNegativeZerosAndExtremesAreWrittenAsTheFormatterWritesThem() {
        for (double v : List.of(0.05, 0.15, 0.25, 0.35, 0.45, 1.05, 2.675, -0.05, -0.04, -0.0, 0.0, 0.04, 999.95,
                -999.95, 123456.75, 1e-9, -1e-9, 999_999_999.95, 1e9, -1e9, 1e300, Double.MIN_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)) {
            assertThat(HtmlReport.fmt(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
        }
    }

    @Provide
    Arbitrary<Double> values() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-2000, 2000),
                Arbitraries.doubles().between(-2000, 2000).ofScale(2),
                Arbitraries.doubles().between(-1e9, 1e9),
                Arbitraries.integers().between(-200_000, 200_000).map(i -> i / 100.0 + 0.05));
    }
}
