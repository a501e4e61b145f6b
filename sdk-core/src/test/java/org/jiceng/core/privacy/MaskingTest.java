package org.jiceng.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumberKeepsRegionPrefixAndLastFour() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.idNumber("110105491231002")).isEqualTo("110105*****1002");
    }

    @Test
    void phoneKeepsFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void shortValuesAreFullyMasked() {
        assertThat(Masking.idNumber("12345")).isEqualTo("*****");
        assertThat(Masking.phone("1234567")).isEqualTo("*******");
    }

    @Test
    void nameKeepsOnlyTheFamilyName() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("李")).isEqualTo("*");
    }
}
