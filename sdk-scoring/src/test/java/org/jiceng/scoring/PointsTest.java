package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Property
    void formatMatchesTheDecimalForm(@ForAll long hundredths) {
        assertThat(Points.format(hundredths)).isEqualTo(BigDecimal.valueOf(hundredths, 2).toPlainString());
    }

    @Property
    void formatWholeDropsTheHundredthsTowardZero(@ForAll long hundredths) {
        assertThat(Points.formatWhole(hundredths))
                .isEqualTo(BigDecimal.valueOf(hundredths, 2).setScale(0, RoundingMode.DOWN).toPlainString());
    }

    @Test
    void formatWholeShowsWholePointsOnly() {
        assertThat(Points.formatWhole(1299)).isEqualTo("12");
        assertThat(Points.formatWhole(-250)).isEqualTo("-2");
        assertThat(Points.formatWhole(-50)).isEqualTo("0");
        assertThat(Points.formatWhole(0)).isEqualTo("0");
    }

    @Property
    void multiplicationRoundsSymmetrically(@ForAll int a, @ForAll short b) {
        assertThat(Points.multiply(-(long) a, b)).isEqualTo(-Points.multiply(a, b));
        BigDecimal exact = BigDecimal.valueOf((long) a * b, 4);
        assertThat(Points.multiply(a, b)).isEqualTo(exact.setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue().longValueExact());
    }

    @Property
    void multiplicationIsExactlyRoundedUpToTheLargestProducts(@ForAll long a, @ForAll @IntRange(min = -200, max = 200) int b) {
        BigDecimal exact = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b));
        Assume.that(exact.toBigInteger().bitLength() < Long.SIZE);
        long expected = exact.movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        assertThat(Points.multiply(a, b)).isEqualTo(expected);
    }

    @Property
    void quantitiesWithOneOrTwoDecimalsConvertExactly(@ForAll @LongRange(min = -9_999_999_999_999L, max = 9_999_999_999_999L) long unscaled,
            @ForAll @IntRange(min = 1, max = 2) int scale) {
        BigDecimal q = BigDecimal.valueOf(unscaled, scale);
        assertThat(Points.quantity(q)).isEqualTo(q.movePointRight(2).longValueExact());
    }

    @Test
    void quantitiesAtTheEdgeOfTheDecimalFastPathConvertExactly() {
        assertThat(Points.quantity(new BigDecimal("99999999999.99"))).isEqualTo(9_999_999_999_999L);
        assertThat(Points.quantity(new BigDecimal("-999999999999.9"))).isEqualTo(-99_999_999_999_990L);
        assertThat(Points.quantity(new BigDecimal("999999999999.99"))).isEqualTo(99_999_999_999_999L);
        assertThat(Points.quantity(new BigDecimal("0.01"))).isEqualTo(1);
        assertThat(Points.quantity(new BigDecimal("-0.5"))).isEqualTo(-50);
    }

    @Test
    void multiplicationNearTheLongRangeDoesNotWrapAround() {
        assertThat(Points.multiply(Long.MAX_VALUE - 10, 1)).isEqualTo(92_233_720_368_547_758L);
        assertThat(Points.multiply(Long.MIN_VALUE, 1)).isEqualTo(-92_233_720_368_547_758L);
    }

    @Test
    void quantitiesRoundHalfUpAndWholeNumbersAreExact() {
        assertThat(Points.quantity(new BigDecimal("1.255"))).isEqualTo(126);
        assertThat(Points.quantity(new BigDecimal("7"))).isEqualTo(700);
        assertThat(Points.quantity(new BigDecimal("0.5"))).isEqualTo(50);
        assertThat(Points.quantity(new BigDecimal("1E+2"))).isEqualTo(10_000);
    }

    @Test
    void parsingRejectsMoreThanTwoDecimals() {
        assertThat(Points.parse("2.5")).isEqualTo(250);
        assertThatThrownBy(() -> Points.parse("2.505")).isInstanceOf(ArithmeticException.class);
    }
}
