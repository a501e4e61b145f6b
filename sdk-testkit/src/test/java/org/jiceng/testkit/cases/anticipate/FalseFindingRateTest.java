package org.jiceng.testkit.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.cases.anticipate.Anticipation;
import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.Anticipator;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.testkit.cases.sample.VisitYearGenerator;
import org.jiceng.testkit.cases.sample.VisitYearSpec;
import org.junit.jupiter.api.Test;

/**
 * The false-finding rate of the built-in pack, measured on pattern-free synthetic years (every finding
 * there is false). Measured with seeds 1–200 of {@link VisitYearSpec#small} (36 grids × 20 situations
 * × 53 weeks, 1,500 cases and 4,000 visits a year): 3 findings in 200 years (two clusters, one
 * recurring), a false-finding rate of 0.015 a year, in 7.6 million grid × situation × week looks per detector; with
 * seeds 1–10 of {@link VisitYearSpec#guandu} (603 grids, 8,325 cases, 20,000 visits): none. The bound the
 * statistics give is looser: at most 52 × alpha = 0.52 weeks with a false finding per detector and year
 * (Bonferroni), 1.56 a year for the recurring, emerging and cluster detectors (the seasonal one needs a
 * year of history and cannot fire in a one-year period). The assertions pin the measured counts as upper
 * bounds, so a change that raises more false findings fails here.
 */
class FalseFindingRateTest {

    private static final Anticipator ANTICIPATOR = Anticipation.anticipator(AnticipationRules.builtIn());

    private static List<Finding> falseFindings(VisitYearSpec spec) {
        return ANTICIPATOR.detect(VisitYearGenerator.generate(spec).input()).findings();
    }

    @Test
    void patternFreeSmallYearsRaiseAtMostThreeFindingsIn200Years() {
        List<String> found = new ArrayList<>();
        for (long seed = 1; seed <= 200; seed++) {
            falseFindings(VisitYearSpec.small(seed, false)).forEach(f -> found.add(f.id() + ": " + f.reason()));
        }
        assertThat(found).as("false findings in 200 pattern-free small years").hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void patternFreeGuanduSizedYearsRaiseNoFindingInTenYears() {
        List<String> found = new ArrayList<>();
        for (long seed = 1; seed <= 10; seed++) {
            falseFindings(VisitYearSpec.guandu(seed, 2024, false)).forEach(f -> found.add(f.id() + ": " + f.reason()));
        }
        assertThat(found).as("false findings in 10 pattern-free Guandu-sized years").isEmpty();
    }
}
