package org.jiceng.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LonLatTest {

    @Test
    void keepsLongitudeFirstAndTheExactValues() {
        LonLat p = LonLat.of(102.712345678901, 25.040123456789);
        assertThat(p.lon()).isEqualTo(102.712345678901);
        assertThat(p.lat()).isEqualTo(25.040123456789);
    }

    @Test
    void negativeZeroIsTheSamePlaceAsZero() {
        assertThat(LonLat.of(-0.0, -0.0)).isEqualTo(LonLat.of(0.0, 0.0));
        assertThat(Double.doubleToRawLongBits(LonLat.of(-0.0, 1).lon())).isZero();
    }

    @Test
    void rejectsOutOfRangeAndNonFiniteValuesNamingTheAxis() {
        assertThatThrownBy(() -> LonLat.of(180.5, 0)).hasMessageContaining("Longitude").hasMessageContaining("180.5");
        assertThatThrownBy(() -> LonLat.of(0, -90.01)).hasMessageContaining("Latitude");
        assertThatThrownBy(() -> LonLat.of(Double.NaN, 0)).hasMessageContaining("Longitude");
        assertThatThrownBy(() -> LonLat.of(0, Double.POSITIVE_INFINITY)).hasMessageContaining("Latitude");
    }
}
