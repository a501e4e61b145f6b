package org.jiceng.testkit.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * The seasonal pattern {@link VisitYearGenerator} plants over two years (the same four weeks in the year
 * before and this year) is found by the seasonal detector just before it recurs, from last year's signals;
 * the other planted patterns are still found, and nothing the planted patterns do not explain is raised.
 */
class SeasonalPatternTest {

    private static final Anticipator ANTICIPATOR = Anticipation.anticipator(AnticipationRules.builtIn());
    /** The seasonal detector looks this many weeks ahead (the built-in pack). */
    private static final int LOOKAHEAD = 4;
    /** The seasonal detector's minimum count of signals a year ago (the built-in pack). */
    private static final int MIN_COUNT = 4;

    private static PlantedPattern seasonal(VisitYear year) {
        return year.planted().stream().filter(p -> p.kind().equals("seasonal")).findFirst().orElseThrow();
    }

    @Test
    void theSeasonalPatternIsFoundBeforeItRecursInTenSmallTwoYearPeriods() {
        for (long seed = 1; seed <= 10; seed++) {
            VisitYear year = VisitYearGenerator.generate(VisitYearSpec.small(seed, true).withYearBefore());
            PlantedPattern p = seasonal(year);
            LocalDate recurrence = p.firstWeek().plusWeeks(52);
            List<Finding> found = ANTICIPATOR.detect(year.input()).findings("seasonal");

            assertThat(found).as("seed %d: seasonal findings", seed).singleElement().satisfies(f -> {
                assertThat(f.gridId()).isEqualTo(p.gridIds().get(0));
                assertThat(f.situation()).isEqualTo(p.situation());
                assertThat(f.firstWeek()).isBefore(recurrence).isAfterOrEqualTo(recurrence.minusWeeks(LOOKAHEAD));
                // Last year's planted signals are the evidence (a background signal of the same weeks may join).
                List<String> evidence = new java.util.ArrayList<>(f.evidence().visitIds());
                evidence.addAll(f.evidence().caseIds());
                assertThat(evidence).filteredOn(p.ids()::contains).hasSizeGreaterThanOrEqualTo(MIN_COUNT)
                        .allSatisfy(id -> assertThat(id).contains("-seasonal-" + p.gridIds().get(0) + "-0-"));
            });
        }
    }

    @Test
    void everyPlantedPatternIsFoundAndNothingElseOverTwoYears() {
        for (long seed = 1; seed <= 10; seed++) {
            VisitYear year = VisitYearGenerator.generate(VisitYearSpec.small(seed, true).withYearBefore());
            AnticipationReport report = ANTICIPATOR.detect(year.input());

            assertThat(year.planted()).extracting(PlantedPattern::kind)
                    .containsExactly("cluster", "recurring", "recurring", "emerging", "emerging", "seasonal");
            for (PlantedPattern p : year.planted()) {
                assertThat(report.findings()).as("seed %d: a %s finding for %s", seed, p.kind(), p)
                        .anySatisfy(f -> {
                            assertThat(f.detector()).isEqualTo(p.kind());
                            assertThat(f.situation()).isEqualTo(p.situation());
                            assertThat(f.gridId()).isEqualTo(p.gridIds().get(0));
                        });
            }
            for (Finding f : report.findings()) {
                assertThat(year.planted()).as("seed %d: a planted pattern behind %s (%s)", seed, f.id(), f.reason())
                        .anySatisfy(p -> assertThat(f.situation().equals(p.situation())
                                && p.gridIds().contains(f.gridId())
                                && (f.evidence().visitIds().stream().anyMatch(p.ids()::contains)
                                        || f.evidence().caseIds().stream().anyMatch(p.ids()::contains))).isTrue());
            }
        }
    }

    @Test
    void theYearBeforeLeavesTheYearItselfAsTheOneYearSpecMakesIt() {
        VisitYear one = VisitYearGenerator.generate(VisitYearSpec.small(7, true));
        VisitYear two = VisitYearGenerator.generate(VisitYearSpec.small(7, true).withYearBefore());

        assertThat(two.cases()).containsAll(one.cases());
        assertThat(two.visits()).containsAll(one.visits());
        assertThat(two.planted().subList(0, 5)).isEqualTo(one.planted());
        assertThat(two.input().from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(two.visits()).hasSize(one.visits().size() + 4000 + 8);
    }
}
