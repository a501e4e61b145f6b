package org.jiceng.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate BASE = LocalDate.of(2020, 1, 1);

    @Test
    void includesStartAndExcludesEnd() {
        DateRange term = DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1));

        assertThat(term.contains(LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(term.contains(LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(term.contains(LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(term.contains(LocalDate.of(2020, 12, 31))).isFalse();
    }

    @Test
    void consecutiveTermsDoNotOverlap() {
        DateRange first = DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1));
        DateRange second = DateRange.startingOn(LocalDate.of(2024, 1, 1));

        assertThat(first.overlaps(second)).isFalse();
        assertThat(second.overlaps(first)).isFalse();
        assertThat(first.overlaps(DateRange.startingOn(LocalDate.of(2023, 12, 31)))).isTrue();
    }

    @Test
    void openEndedRangeContainsTheFarFuture() {
        assertThat(DateRange.startingOn(BASE).contains(LocalDate.of(2999, 1, 1))).isTrue();
    }

    @Test
    void rejectsEndNotAfterStart() {
        assertThatThrownBy(() -> DateRange.of(BASE, BASE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after");
    }

    @Test
    void withinRequiresBothEndsInside() {
        DateRange life = DateRange.of(BASE, BASE.plusYears(5));
        assertThat(DateRange.of(BASE.plusDays(1), BASE.plusYears(1)).within(life)).isTrue();
        assertThat(DateRange.startingOn(BASE.plusDays(1)).within(life)).isFalse();
        assertThat(DateRange.of(BASE.minusDays(1), BASE.plusYears(1)).within(life)).isFalse();
        assertThat(DateRange.startingOn(BASE).within(DateRange.startingOn(BASE))).isTrue();
    }

    @Property
    void overlapsAgreesWithDayByDayCheck(@ForAll @IntRange(max = 60) int aStart, @ForAll @IntRange(min = 1, max = 30) int aLen,
            @ForAll @IntRange(max = 60) int bStart, @ForAll @IntRange(min = 1, max = 30) int bLen) {
        DateRange a = DateRange.of(BASE.plusDays(aStart), BASE.plusDays(aStart + aLen));
        DateRange b = DateRange.of(BASE.plusDays(bStart), BASE.plusDays(bStart + bLen));
        boolean shareADay = false;
        for (int d = 0; d < 100; d++) {
            LocalDate day = BASE.plusDays(d);
            shareADay |= a.contains(day) && b.contains(day);
        }
        assertThat(a.overlaps(b)).isEqualTo(shareADay).isEqualTo(b.overlaps(a));
    }
}
