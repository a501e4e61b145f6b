package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.jiceng.cases.HandSample.MR;
import static org.jiceng.cases.HandSample.UM;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.model.DateRange;
import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand from the cases in {@link HandSample}. */
class CaseMetricsTest {

    private final CaseMetrics m = CaseMetrics.over(HandSample.all(), HandSample.MARCH);

    @Test
    void countsTheSevenCasesReceivedInMarchByKindCategoryAreaAndStatus() {
        assertThat(m.received()).isEqualTo(7); // G is in April
        assertThat(m.byKind()).containsOnly(entry(WhistleKind.PROBLEM, 4), entry(WhistleKind.EMERGENCY, 1),
                entry(WhistleKind.COMPLAINT, 2));
        assertThat(m.byCategory()).containsExactly(entry("C01", 2), entry("E02", 1), entry("P01", 4));
        assertThat(m.byArea()).containsExactly(entry("(unknown)", 1), entry("c1", 4), entry("c2", 2));
        assertThat(m.byStatus()).containsOnly(entry(CaseStatus.CLOSED, 1), entry(CaseStatus.RESOLVED, 2),
                entry(CaseStatus.IN_PROGRESS, 2), entry(CaseStatus.DUPLICATE, 1), entry(CaseStatus.REJECTED, 1));
    }

    @Test
    void closureRateIsResolvedOverAcceptedAndExcludesDuplicatesAndRejections() {
        assertThat(m.accepted()).isEqualTo(5);
        assertThat(m.resolved()).isEqualTo(3); // A, B, D; H's resolution was undone by the reopen
        assertThat(m.closureRate()).isEqualTo(new Rate(3, 5));
    }

    @Test
    void onTimeRateCountsResolutionsByTheirDeadline() {
        assertThat(m.onTimeRate()).isEqualTo(new Rate(2, 3)); // B resolved at +60 > +48
        assertThat(m.overdue()).isEqualTo(3); // B late, C and H unresolved past their deadlines
    }

    @Test
    void medianTimeToResolveIsTheMiddleOfTenThirtyAndSixtyHours() {
        assertThat(m.medianTimeToResolve()).contains(Duration.ofHours(30));
    }

    @Test
    void departmentsAreCountedFromTheirSummonsAndReports() {
        assertThat(m.departments()).containsOnlyKeys("emergency", MR, UM, "water");
        DepartmentMetrics um = m.departments().get(UM);
        assertThat(um).isEqualTo(new DepartmentMetrics(UM, 4, 4, 4, 4, 2, 1,
                // response times 30, 60, 45, 30 min → middle two 30 and 45 → 37.5 min
                Optional.of(Duration.ofSeconds(37 * 60 + 30))));
        DepartmentMetrics mr = m.departments().get(MR);
        assertThat(mr).isEqualTo(new DepartmentMetrics(MR, 2, 2, 1, 0, 2, 1, Optional.of(Duration.ofMinutes(150))));
        assertThat(mr.responseRate()).isEqualTo(new Rate(1, 2));
        assertThat(mr.onTimeResponseRate()).isEqualTo(new Rate(0, 2));
        assertThat(mr.closureRate()).isEqualTo(new Rate(2, 2));
        assertThat(mr.onTimeClosureRate()).isEqualTo(new Rate(1, 2));
        assertThat(m.departments().get("water").medianResponseTime()).contains(Duration.ofMinutes(30));
    }

    @Test
    void observingEarlierIgnoresLaterEntries() {
        // At +11 h: A resolved (+10), B and H in progress (H resolved at +5 but reopened at +6), D not yet.
        CaseMetrics early = CaseMetrics.over(HandSample.all(), Fixtures.T0, Fixtures.hours(24 * 30),
                Fixtures.hours(11));
        assertThat(early.resolved()).isEqualTo(1);
        assertThat(early.count(CaseStatus.IN_PROGRESS)).isEqualTo(4); // B, C, D, H
        assertThat(early.overdue()).isZero(); // C's deadline is +12
    }

    @Test
    void summaryNamesTheHeadlineFiguresAndEachDepartment() {
        assertThat(m.summary()).contains(": 7 (问题哨 4, 应急哨 1, 接诉即办 2)")
                .contains("closure rate 60.0% (3/5)").contains("on time 66.7% (2/3)").contains("overdue 3")
                .contains("PT30H").contains("  market-regulation: summoned 2, responded 50.0% (1/2)");
    }

    @Test
    void emptySetGivesUndefinedRates() {
        CaseMetrics none = CaseMetrics.over(List.of(), HandSample.MARCH);
        assertThat(none.received()).isZero();
        assertThat(none.closureRate().isDefined()).isFalse();
        assertThat(none.closureRate().value()).isZero();
        assertThat(none.medianTimeToResolve()).isEmpty();
        assertThat(none.closureRate()).hasToString("n/a (0/0)");
    }

    @Test
    void rateFormatsAsPercentWithCounts() {
        assertThat(new Rate(3902, 4702)).hasToString("83.0% (3902/4702)");
        assertThatThrownBy(() -> new Rate(3, 2)).hasMessageContaining("0 <= count <= total");
    }

    @Test
    void openEndedPeriodIsRefused() {
        assertThatThrownBy(() -> CaseMetrics.over(List.of(), DateRange.startingOn(LocalDate.of(2024, 1, 1))))
                .hasMessageContaining("closed period");
    }

    @Test
    void observationBeforeThePeriodIsRefused() {
        assertThatThrownBy(() -> CaseMetrics.over(List.of(), Fixtures.T0, Fixtures.hours(1), Fixtures.hours(-1)))
                .hasMessageContaining("must not be before the period start");
    }
}
