package org.jiceng.grid.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
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
        Thresholds t = new Thresholds(1, 2, 3);
        assertThat(t.classify(0.999)).isEqualTo(SizeClass.SMALL);
        assertThat(t.classify(1)).isEqualTo(SizeClass.MEDIUM);
        assertThat(t.classify(2)).isEqualTo(SizeClass.LARGE);
        assertThat(t.classify(3)).isEqualTo(SizeClass.EXTRA_LARGE);
        assertThatThrownBy(() -> new Thresholds(2, 1, 3)).hasMessageContaining("medium < large");
    }

    @Test
    void rejectsQuotasThatShrinkWithSize() {
        assertThatThrownBy(() -> new StaffingRules(new Thresholds(1, 2, 3), new Thresholds(1, 2, 3),
                new Thresholds(1, 2, 3), 2, Map.of(SizeClass.SMALL, 30, SizeClass.MEDIUM, 25, SizeClass.LARGE, 35,
                SizeClass.EXTRA_LARGE, 40))).hasMessageContaining("must not decrease");
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
