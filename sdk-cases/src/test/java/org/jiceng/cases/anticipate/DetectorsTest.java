package org.jiceng.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in detectors on hand-made visits over a 3 × 3 lattice (see {@link Lattice}). */
class DetectorsTest {

    @Test
    void sixVisitsInOneWeekOfAQuietGridAreEmerging() {
        List<Visit> burst = Lattice.visits("v", "g05", "P02", 10, 6);
        AnticipationReport report = Lattice.detect(burst);

        assertThat(report.findings()).hasSize(1);
        Finding f = report.findings().get(0);
        assertThat(f.detector()).isEqualTo("emerging");
        assertThat(f.gridIds()).containsExactly("g05");
        assertThat(f.situation()).isEqualTo("P02");
        assertThat(f.firstWeek()).isEqualTo(Lattice.week(10)).isEqualTo(f.lastWeek());
        assertThat(f.isoWeek()).isEqualTo("2024-W11");
        assertThat(f.id()).isEqualTo("emerging/P02/g05/2024-W11");
        // Conditional test against the 10 weeks before (no signal): P(Binomial(6 + 0, 1 / 11) >= 6).
        assertThat(f.evidence().observed()).isEqualTo(6);
        assertThat(f.evidence().expected()).isZero();
        double p = Math.pow(1.0 / 11, 6);
        assertThat(f.evidence().probability()).isCloseTo(p, within(p * 1e-9));
        assertThat(f.evidence().threshold()).isCloseTo(Lattice.THRESHOLD, within(1e-15));
        assertThat(f.evidence().weeklyCounts()).containsExactly(6);
        assertThat(f.evidence().visitIds()).containsExactlyElementsOf(burst.stream().map(Visit::id).sorted().toList());
        assertThat(f.evidence().caseIds()).isEmpty();
        assertThat(f.reason()).startsWith("6 signals in 1 week(s) vs 0 in the 10 weeks before");
    }

    @Test
    void threeVisitsAreBelowTheMinimumCountAndRaiseNothing() {
        assertThat(Lattice.detect(Lattice.visits("v", "g05", "P02", 10, 3)).findings()).isEmpty();
    }

    @Test
    void aBurstInAGridThatAlwaysHasItIsNeitherEmergingNorRecurring() {
        List<Visit> visits = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            visits.addAll(Lattice.visits("v", "g03", "S02", w, 4));
        }
        visits.addAll(Lattice.visits("x", "g03", "S02", 20, 5));
        assertThat(Lattice.detect(visits).findings()).isEmpty();
    }

    @Test
    void nothingIsTestedBeforeEightWeeksOfHistory() {
        assertThat(Lattice.detect(Lattice.visits("v", "g05", "P02", 7, 12)).findings()).isEmpty();
        assertThat(Lattice.detect(Lattice.visits("v", "g05", "P02", 8, 12)).findings()).extracting(Finding::detector)
                .containsExactly("emerging");
    }

    @Test
    void oneSignalAWeekFromWeekTenRecursAndIsRaisedWhenTheFisherTestFirstPasses() {
        List<Visit> visits = new ArrayList<>();
        for (int w = 10; w <= 21; w++) {
            visits.addAll(Lattice.visits("v", "g01", "S04", w, 1));
        }
        AnticipationReport report = Lattice.detect(visits);

        assertThat(report.findings()).extracting(Finding::detector).containsExactly("recurring");
        Finding f = report.findings().get(0);
        // Week 18: 9 of 10 weeks vs 0 of 9 before, P = 10 / C(19, 10) = 1.1e-4 > 5.6e-5;
        // week 19: 10 of 10 vs 0 of 10, P = 1 / C(20, 10) = 5.4e-6 passes;
        // week 20: 10 of 10 vs 1 of 11, P = 11 / C(21, 10) = 3.1e-5 passes; week 21: 66 / C(22, 10) = 1.0e-4 does not.
        assertThat(f.firstWeek()).isEqualTo(Lattice.week(19));
        assertThat(f.lastWeek()).isEqualTo(Lattice.week(20));
        assertThat(f.isoWeek()).isEqualTo("2024-W20");
        assertThat(f.lastIsoWeek()).isEqualTo("2024-W21");
        double p = 1.0 / 184_756;
        assertThat(f.evidence().probability()).isCloseTo(p, within(p * 1e-9));
        assertThat(f.evidence().weeklyCounts()).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(f.evidence().visitIds()).hasSize(10);
        assertThat(f.reason()).startsWith("signals in 10 of 10 weeks (10 in all) vs 0 of the 10 weeks before");
    }

    @Test
    void neighboursRisingWithTheCentreFormOneClusterReportedFromThePeak() {
        List<Visit> visits = new ArrayList<>();
        visits.addAll(Lattice.visits("c", "g05", "P06", 15, 4));
        visits.addAll(Lattice.visits("n", "g02", "P06", 15, 2));
        visits.addAll(Lattice.visits("n", "g04", "P06", 15, 2));
        visits.addAll(Lattice.visits("n", "g06", "P06", 15, 2));
        AnticipationReport report = Lattice.detect(visits);

        List<Finding> clusters = report.findings("cluster");
        assertThat(clusters).hasSize(1);
        Finding f = clusters.get(0);
        assertThat(f.gridIds()).containsExactly("g05", "g02", "g04", "g06");
        assertThat(f.firstWeek()).isEqualTo(Lattice.week(15));
        assertThat(f.evidence().observed()).isEqualTo(10);
        assertThat(f.evidence().weeklyCounts()).containsExactly(0, 10);
        assertThat(f.evidence().visitIds()).hasSize(10);
        assertThat(f.reason()).startsWith("4 neighbouring grids rising together");
    }

    @Test
    void risesInGridsThatAreNotNeighboursAreNoCluster() {
        List<Visit> visits = new ArrayList<>();
        visits.addAll(Lattice.visits("a", "g01", "P06", 15, 3));
        visits.addAll(Lattice.visits("b", "g03", "P06", 15, 3));
        visits.addAll(Lattice.visits("c", "g07", "P06", 15, 3));
        visits.addAll(Lattice.visits("d", "g09", "P06", 15, 3));
        assertThat(Lattice.detect(visits).findings("cluster")).isEmpty();
    }

    @Test
    void aRiseInTheSameWeeksLastYearIsAnticipatedFourWeeksAhead() {
        LocalDate from = LocalDate.of(2023, 1, 2);
        List<Visit> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            burst.add(Visit.of("v-" + i, "g05", "m", from.plusWeeks(30).plusDays(i), List.of("E02")));
        }
        AnticipationReport report = Anticipation.anticipator(AnticipationRules.builtIn()).detect(new AnticipationInput(
                List.of(), burst, Lattice.GRIDS, Lattice.NEIGHBOURS, Lattice.CATALOGUE, from, LocalDate.of(2024, 12, 30)));

        assertThat(report.findings()).extracting(Finding::detector).containsExactly("emerging", "seasonal");
        Finding f = report.findings("seasonal").get(0);
        // Weeks 78-81 look ahead at weeks 27-30, 26-29, ... a year (52 weeks) earlier, each window holding week 30.
        assertThat(f.firstWeek()).isEqualTo(from.plusWeeks(78));
        assertThat(f.lastWeek()).isEqualTo(from.plusWeeks(81));
        double p = Math.pow(4.0 / 30, 6);
        assertThat(f.evidence().probability()).isCloseTo(p, within(p * 1e-9));
        assertThat(f.evidence().weeklyCounts()).containsExactly(0, 0, 0, 6);
        assertThat(f.evidence().visitIds()).hasSize(6);
        assertThat(f.reason()).startsWith("6 signals in the 4 weeks after this one a year ago vs 0 in the 26 weeks before")
                .endsWith("expected again in the next 4 weeks");
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
