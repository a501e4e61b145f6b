package org.jiceng.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jiceng.scoring.DatedValue;
import org.jiceng.scoring.Parameter;
import org.jiceng.scoring.ParameterUse;
import org.jiceng.scoring.ValueRef;

/**
 * A compiled value answers days in the last dated segment (and every day of a literal) without a
 * search: the answer must be the one the search over all segments gives, on every day.
 */
class CompiledValueTest {

    private static final long BASE = LocalDate.of(2024, 1, 1).toEpochDay();

    @Property
    void valueOfADayIsTheValueOfTheLatestSegmentStartingOnOrBeforeIt(
            @ForAll @Size(min = 1, max = 5) Set<@IntRange(min = 0, max = 60) Integer> starts,
            @ForAll @IntRange(min = -5, max = 70) int dayOffset) {
        List<Integer> sorted = starts.stream().sorted().toList();
        // Given latest first: the parameter sorts its values.
        List<DatedValue> values = sorted.stream()
                .map(s -> new DatedValue(LocalDate.ofEpochDay(BASE + s), 100L * s + 7)).collect(Collectors.toList());
        Collections.reverse(values);
        Parameter p = new Parameter("p", "a parameter", "a policy", Optional.empty(), values, false);
        CompiledValue value = CompiledValue.of(new ValueRef.Param("p"), Map.of("p", p));
        long day = BASE + dayOffset;
        Integer latest = null;
        for (int s : sorted) {
            if (s <= dayOffset) {
                latest = s;
            }
        }
        if (latest == null) {
            assertThatThrownBy(() -> value.at(day)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("has no value on");
            return;
        }
        assertThat(value.at(day)).isEqualTo(100L * latest + 7);
        ParameterUse use = value.useAt(day);
        assertThat(use).isNotNull();
        assertThat(value.at(day)).isEqualTo(use.value());
    }

    @Property
    void literalHasItsValueOnEveryDay(@ForAll long hundredths, @ForAll long day) {
        CompiledValue value = CompiledValue.of(new ValueRef.Literal(hundredths), Map.of());
        assertThat(value.at(day)).isEqualTo(hundredths);
        assertThat(value.useAt(day)).isNull();
    }
}
