package org.jiceng.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jiceng.cases.anticipate.internal.Tails;
import org.junit.jupiter.api.Test;

class TailsTest {

    @Test
    void poissonTailMatchesClosedFormsAndTheComplementOfTheCdf() {
        assertThat(Tails.poissonUpper(0, 3)).isEqualTo(1.0);
        assertThat(Tails.poissonUpper(1, 2)).isCloseTo(1 - Math.exp(-2), within(1e-15));
        assertThat(Tails.poissonUpper(3, 0)).isEqualTo(0.0);
        // P(X >= 10 | 4) = 1 - sum_{k<10} e^-4 4^k / k! = 0.0081322427969...
        assertThat(Tails.poissonUpper(10, 4)).isCloseTo(0.008132242796964, within(1e-13));
        // Tiny tails keep their digits: P(X >= 20 | 0.01) ~ 0.01^20 / 20!.
        double first = Math.pow(0.01, 20) * Math.exp(-0.01) / 2.43290200817664e18;
        assertThat(Tails.poissonUpper(20, 0.01)).isCloseTo(first, within(first * 1e-3));
    }

    @Test
    void binomialTailMatchesDirectSums() {
        assertThat(Tails.binomialUpper(8, 0.5, 8)).isCloseTo(1.0 / 256, within(1e-15));
        assertThat(Tails.binomialUpper(4, 0.3, 2)).isCloseTo(1 - 0.7 * 0.7 * 0.7 * 0.7 - 4 * 0.3 * 0.7 * 0.7 * 0.7,
                within(1e-15));
        assertThat(Tails.binomialUpper(5, 0.2, 6)).isEqualTo(0.0);
        assertThat(Tails.binomialUpper(5, 0.2, 0)).isEqualTo(1.0);
    }

    @Test
    void hypergeometricTailIsTheOneSidedFisherExactTest() {
        assertThat(Tails.hypergeometricUpper(20, 10, 10, 10)).isCloseTo(1.0 / 184_756, within(1e-15));
        assertThat(Tails.hypergeometricUpper(4, 2, 2, 1)).isCloseTo(5.0 / 6, within(1e-15));
        assertThat(Tails.hypergeometricUpper(4, 2, 2, 3)).isEqualTo(0.0);
        assertThat(Tails.hypergeometricUpper(4, 3, 2, 1)).isEqualTo(1.0);
    }
}
