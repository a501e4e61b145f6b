package org.jiceng.scoring.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.scoring.Band;
import org.jiceng.scoring.Banding;
import org.junit.jupiter.api.Test;

class StaffingRulesTest {

    private final StaffingRules rules = StaffingRules.defaults();

    @Test
    void oneLargeMeasureAloneDoesNotRaiseTheClassUnderTheMajorityRule() {
        Classification c = rules.classify(new CommunityProfile(5.0, 3_000, 500));
        assertThat(c.byMeasure()).containsEntry("area", SizeClass.EXTRA_LARGE);
        assertThat(c.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(c.staffQuota()).isEqualTo(25);
        assertThat(rules.withMeasuresRequired(1).classify(new CommunityProfile(5.0, 3_000, 500)).sizeClass())
                .isEqualTo(SizeClass.EXTRA_LARGE);
    }

    @Test
    void twoMeasuresAtLargeGiveALargeCommunity() {
        Classification c = rules.classify(new CommunityProfile(0.8, 12_000, 3_500));
        assertThat(c.sizeClass()).isEqualTo(SizeClass.LARGE);
        assertThat(c.staffQuota()).isEqualTo(35);
        assertThat(c.explanation()).contains("大型", "quota 35");
    }

    @Test
    void thresholdsAreLowerBounds() {
        Banding t = SizeClass.banding("t", 1_000, 2_000, 3_000);
        assertThat(SizeClass.of(t.grade(999))).isEqualTo(SizeClass.SMALL);
        assertThat(SizeClass.of(t.grade(1_000))).isEqualTo(SizeClass.MEDIUM);
        assertThat(SizeClass.of(t.grade(2_000))).isEqualTo(SizeClass.LARGE);
        assertThat(SizeClass.of(t.grade(3_000))).isEqualTo(SizeClass.EXTRA_LARGE);
        assertThat(t.grade(3_000).label()).isEqualTo("特大型");
        assertThatThrownBy(() -> SizeClass.banding("t", 2, 1, 3)).hasMessageContaining("medium < large");
        assertThatThrownBy(() -> SizeClass.banding("t", 0, 1, 3)).hasMessageContaining("0 < medium");
    }

    @Test
    void areaIsGradedInSquareMetresAtTheKilometreThresholds() {
        StaffingRules areaAlone = rules.withMeasuresRequired(1);
        assertThat(areaAlone.classify(new CommunityProfile(0.499_999, 0, 0)).sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(areaAlone.classify(new CommunityProfile(0.5, 0, 0)).sizeClass()).isEqualTo(SizeClass.MEDIUM);
        assertThat(areaAlone.classify(new CommunityProfile(1.5, 0, 0)).sizeClass()).isEqualTo(SizeClass.LARGE);
        assertThat(areaAlone.classify(new CommunityProfile(2.999, 0, 0)).sizeClass()).isEqualTo(SizeClass.LARGE);
        assertThat(areaAlone.classify(new CommunityProfile(3.0, 0, 0)).sizeClass())
                .isEqualTo(SizeClass.EXTRA_LARGE);
    }

    @Test
    void rejectsQuotasThatShrinkWithSize() {
        Banding b = SizeClass.banding("b", 1, 2, 3);
        assertThatThrownBy(() -> new StaffingRules(b, b, b, 2, Map.of(SizeClass.SMALL, 30, SizeClass.MEDIUM, 25,
                SizeClass.LARGE, 35, SizeClass.EXTRA_LARGE, 40))).hasMessageContaining("must not decrease");
    }

    @Test
    void rejectsABandingWhoseBandsAreNotTheSizeClasses() {
        Banding passFail = Banding.passFail("population", 5_000, "不合格", "合格");
        Banding b = SizeClass.banding("b", 1, 2, 3);
        Map<SizeClass, Integer> quotas = StaffingRules.defaults().quotas();
        assertThatThrownBy(() -> new StaffingRules(b, passFail, b, 2, quotas))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'population'", "[SMALL, MEDIUM, LARGE, EXTRA_LARGE]", "[FAIL, PASS]");
        Banding mediumFromZero = new Banding("area", List.of(new Band("SMALL", "小型", Long.MIN_VALUE),
                new Band("MEDIUM", "中型", 0), new Band("LARGE", "大型", 2), new Band("EXTRA_LARGE", "特大型", 3)));
        assertThatThrownBy(() -> new StaffingRules(mediumFromZero, b, b, 2, quotas))
                .hasMessageContaining("MEDIUM starting above 0");
    }

    @Property
    void quotaIsMonotoneInEveryMeasureAndWithinTheDefaultRange(
            @ForAll @DoubleRange(min = 0, max = 10) double area, @ForAll @LongRange(min = 0, max = 50_000) long pop,
            @ForAll @LongRange(min = 0, max = 10_000) long load, @ForAll @DoubleRange(min = 0, max = 2) double more) {
        Classification base = rules.classify(new CommunityProfile(area, pop, load));
        assertThat(base.staffQuota()).isBetween(25, 40);
        assertThat(rules.classify(new CommunityProfile(area + more, pop, load)).sizeClass()).isGreaterThanOrEqualTo(base.sizeClass());
        assertThat(rules.classify(new CommunityProfile(area, pop + (long) (more * 5000), load)).sizeClass())
                .isGreaterThanOrEqualTo(base.sizeClass());
        assertThat(rules.classify(new CommunityProfile(area, pop, load + (long) (more * 3000))).sizeClass())
                .isGreaterThanOrEqualTo(base.sizeClass());
    }
}
