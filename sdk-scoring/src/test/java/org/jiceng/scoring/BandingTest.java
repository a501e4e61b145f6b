package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.core.model.PayGrade;
import org.junit.jupiter.api.Test;

class BandingTest {

    private final Banding leshan = RuleSets.builtIn("leshan-stationed-units").bandings().get("resource-sharing");

    @Test
    void leshanLinesAreUnder60AndOver100() {
        assertThat(leshan.grade(Points.parse("59.99")).key()).isEqualTo("LOSES_RESOURCE_SHARING");
        assertThat(leshan.grade(Points.parse("60")).key()).isEqualTo("STANDARD");
        assertThat(leshan.grade(Points.parse("100")).key()).isEqualTo("STANDARD");
        assertThat(leshan.grade(Points.parse("100.01")).key()).isEqualTo("HONOURED");
        assertThat(leshan.grade(Long.MIN_VALUE).key()).isEqualTo("LOSES_RESOURCE_SHARING");
    }

    @Test
    void payBandsMapScoresToTheTwelvePayGrades() {
        long[] thresholds = new long[11];
        for (int i = 0; i < 11; i++) {
            thresholds[i] = Points.ofWhole(45 + 5L * i);
        }
        Banding pay = Banding.payBands("pay", thresholds);
        assertThat(pay.bands()).hasSize(12);
        assertThat(Banding.payGrade(pay.grade(Points.ofWhole(44)))).contains(PayGrade.ofRank(1));
        assertThat(Banding.payGrade(pay.grade(Points.ofWhole(82)))).contains(new PayGrade(3, 3));
        assertThat(pay.grade(Points.ofWhole(95)).label()).isEqualTo("4级3档");
        assertThat(Banding.payGrade(leshan.bands().get(0))).isEmpty();
    }

    @Test
    void payBandsOfTheBuiltInPackAreTheSameAsTheFactory() {
        Banding fromJson = RuleSets.builtIn("xishan-cadre-pay-bands").bandings().get("pay-band");
        long[] thresholds = new long[11];
        for (int i = 0; i < 11; i++) {
            thresholds[i] = Points.ofWhole(45 + 5L * i);
        }
        assertThat(fromJson).isEqualTo(Banding.payBands("pay-band", thresholds));
    }

    @Test
    void passFailSplitsAtTheLine() {
        Banding b = Banding.passFail("trainee", Points.ofWhole(60), "不合格", "合格");
        assertThat(b.grade(Points.parse("59.99")).label()).isEqualTo("不合格");
        assertThat(b.grade(Points.ofWhole(60)).label()).isEqualTo("合格");
    }

    @Test
    void rejectsDuplicateKeysAndDuplicateBounds() {
        assertThatThrownBy(() -> new Banding("x", List.of(new Band("A", "a", Long.MIN_VALUE), new Band("A", "b", 10))))
                .hasMessageContaining("two bands with key 'A'");
        assertThatThrownBy(() -> new Banding("x", List.of(new Band("A", "a", 10), new Band("B", "b", 10), new Band("C", "c", 0))))
                .hasMessageContaining("start at the same score 0.10");
    }

    @Property
    void gradeIsMonotoneInTheScore(@ForAll @LongRange(min = -100_000, max = 100_000) long a,
            @ForAll @LongRange(min = 0, max = 100_000) long delta) {
        int lower = leshan.bands().indexOf(leshan.grade(a));
        int higher = leshan.bands().indexOf(leshan.grade(a + delta));
        assertThat(higher).isGreaterThanOrEqualTo(lower);
        assertThat(leshan.grade(a).from()).isLessThanOrEqualTo(a);
    }
}
