package org.jiceng.testkit.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.cases.anticipate.Anticipation;
import org.jiceng.cases.anticipate.AnticipationReport;
import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.Anticipator;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.testkit.cases.sample.PlantedPattern;
import org.jiceng.testkit.cases.sample.VisitYear;
import org.jiceng.testkit.cases.sample.VisitYearGenerator;
import org.jiceng.testkit.cases.sample.VisitYearSpec;
import org.junit.jupiter.api.Test;

/**
 * The built-in pack finds every pattern {@link VisitYearGenerator} plants, by the detector it was
 * planted for, and raises nothing the planted patterns do not explain.
 */
class PlantedPatternsTest {

    private static final Anticipator ANTICIPATOR = Anticipation.anticipator(AnticipationRules.builtIn());
    /** A finding may be raised up to this many weeks after its pattern started (recurring needs ten). */
    private static final int LATEST_WEEKS = 12;

    private static boolean finds(Finding f, PlantedPattern p) {
        return f.detector().equals(p.kind()) && f.situation().equals(p.situation())
                && f.gridId().equals(p.gridIds().get(0)) && !f.firstWeek().isBefore(p.firstWeek())
                && !f.firstWeek().isAfter(p.firstWeek().plusWeeks(LATEST_WEEKS));
    }

    private static boolean explains(PlantedPattern p, Finding f) {
        return f.situation().equals(p.situation()) && p.gridIds().contains(f.gridId())
                && !f.firstWeek().isBefore(p.firstWeek()) && !f.firstWeek().isAfter(p.lastWeek().plusWeeks(LATEST_WEEKS))
                && (f.evidence().visitIds().stream().anyMatch(p.ids()::contains)
                        || f.evidence().caseIds().stream().anyMatch(p.ids()::contains));
    }

    private static void check(VisitYear year) {
        AnticipationReport report = ANTICIPATOR.detect(year.input());
        assertThat(year.planted()).hasSize(5);
        for (PlantedPattern p : year.planted()) {
            assertThat(report.findings()).as("seed %d: a %s finding for %s", year.spec().seed(), p.kind(), p)
                    .anySatisfy(f -> assertThat(finds(f, p)).isTrue());
        }
        for (Finding f : report.findings()) {
            assertThat(year.planted()).as("seed %d: a planted pattern behind %s (%s)", year.spec().seed(), f.id(),
                    f.reason()).anySatisfy(p -> assertThat(explains(p, f)).isTrue());
        }
    }

    @Test
    void everyPlantedPatternIsFoundAndNothingElseInTwentySmallYears() {
        for (long seed = 1; seed <= 20; seed++) {
            check(VisitYearGenerator.generate(VisitYearSpec.small(seed, true)));
        }
    }

    @Test
    void everyPlantedPatternIsFoundAndNothingElseInAGuanduSizedYear() {
        VisitYear year = VisitYearGenerator.generate(VisitYearSpec.guandu(2024, 2024, true));
        check(year);
        assertThat(year.grids()).hasSize(603);
        assertThat(year.cases()).hasSize(8325 + 2 * 6 + 2 * 3);
        assertThat(year.visits()).hasSize(20_000 + 2 * 6 + 2 * 5 + 5 + 4 * 3);
    }

    @Test
    void theClusterFindingNamesTheCentreFirstAndItsRisingNeighbours() {
        VisitYear year = VisitYearGenerator.generate(VisitYearSpec.small(1, true));
        PlantedPattern cluster = year.planted().stream().filter(p -> p.kind().equals("cluster")).findFirst().orElseThrow();
        List<Finding> found = ANTICIPATOR.detect(year.input()).findings("cluster");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).gridIds()).first().isEqualTo(cluster.gridIds().get(0));
        assertThat(found.get(0).gridIds()).containsExactlyInAnyOrderElementsOf(cluster.gridIds());
        assertThat(found.get(0).evidence().visitIds()).containsAll(cluster.ids());
    }
}
