package org.jiceng.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        // Baseline: no signal in the 10 weeks before, shrunk toward 0.1/week with the weight of 4 weeks.
        double rate = 0.1 * 4 / (10 + 4);
        assertThat(f.evidence().observed()).isEqualTo(6);
        assertThat(f.evidence().expected()).isCloseTo(rate, within(1e-12));
        double p = 0;
        for (int k = 6; k < 40; k++) {
            p += Math.exp(-rate) * Math.pow(rate, k) / factorial(k);
        }
        assertThat(f.evidence().probability()).isCloseTo(p, within(p * 1e-9));
        assertThat(f.evidence().threshold()).isCloseTo(Lattice.THRESHOLD, within(1e-15));
        assertThat(f.evidence().weeklyCounts()).containsExactly(6);
        assertThat(f.evidence().visitIds()).containsExactlyElementsOf(burst.stream().map(Visit::id).sorted().toList());
        assertThat(f.evidence().caseIds()).isEmpty();
        assertThat(f.reason()).contains("6 signals in 1 week(s)").contains("Poisson");
    }

    @Test
    void threeVisitsAreBelowTheMinimumCountAndRaiseNothing() {
        assertThat(Lattice.detect(Lattice.visits("v", "g05", "P02", 10, 3)).findings()).isEmpty();
    }

    @Test
    void aBurstInAGridThatAlwaysHasItIsNotEmerging() {
        List<Visit> visits = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            visits.addAll(Lattice.visits("v", "g03", "S02", w, 4));
        }
        visits.addAll(Lattice.visits("x", "g03", "S02", 20, 5));
        AnticipationReport report = Lattice.detect(visits);
        assertThat(report.findings("emerging")).allSatisfy(f -> assertThat(f.firstWeek()).isBefore(Lattice.week(12)));
    }

    @Test
    void oneVisitAWeekFromWeekTwoRecursAndIsRaisedWhenTheBinomialTailFirstPasses() {
        List<Visit> visits = new ArrayList<>();
        for (int w = 2; w <= 9; w++) {
            visits.addAll(Lattice.visits("v", "g01", "S04", w, 1));
        }
        AnticipationReport report = Lattice.detect(visits);

        assertThat(report.findings()).extracting(Finding::detector).containsExactly("recurring");
        Finding f = report.findings().get(0);
        // Week 6: 5 active of the 7 weeks so far, P = 1.3e-4 > 5.6e-5; week 7: 6 of 8, P = 1.7e-5 passes.
        assertThat(f.firstWeek()).isEqualTo(Lattice.week(7));
        double q = -Math.expm1(-0.1);
        double p = 28 * Math.pow(q, 6) * Math.pow(1 - q, 2) + 8 * Math.pow(q, 7) * (1 - q) + Math.pow(q, 8);
        assertThat(f.evidence().probability()).isCloseTo(p, within(p * 1e-9));
        assertThat(f.evidence().weeklyCounts()).containsExactly(0, 0, 1, 1, 1, 1, 1, 1);
        assertThat(f.evidence().visitIds()).hasSize(6);
        assertThat(f.lastWeek()).isAfterOrEqualTo(f.firstWeek());
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

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
