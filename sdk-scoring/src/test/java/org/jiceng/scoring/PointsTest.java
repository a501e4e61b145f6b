package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Property
    void formatMatchesTheDecimalForm(@ForAll long hundredths) {
        assertThat(Points.format(hundredths)).isEqualTo(BigDecimal.valueOf(hundredths, 2).toPlainString());
    }

    @Property
    void multiplicationRoundsSymmetrically(@ForAll int a, @ForAll short b) {
        assertThat(Points.multiply(-(long) a, b)).isEqualTo(-Points.multiply(a, b));
        BigDecimal exact = BigDecimal.valueOf((long) a * b, 4);
        assertThat(Points.multiply(a, b)).isEqualTo(exact.setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue().longValueExact());
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
