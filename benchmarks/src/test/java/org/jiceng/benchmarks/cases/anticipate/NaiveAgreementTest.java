package org.jiceng.benchmarks.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.cases.anticipate.Anticipation;
import org.jiceng.cases.anticipate.AnticipationInput;
import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.testkit.cases.sample.VisitYear;
import org.jiceng.testkit.cases.sample.VisitYearGenerator;
import org.jiceng.testkit.cases.sample.VisitYearSpec;
import org.junit.jupiter.api.Test;

/** The benchmark's peer finds exactly what the SDK finds, so the two time the same job. */
class NaiveAgreementTest {

    private static List<Finding> withoutReasons(List<Finding> findings) {
        return findings.stream().map(f -> new Finding(f.id(), f.detector(), f.situation(), f.gridIds(), f.firstWeek(),
                f.lastWeek(), f.evidence(), "-")).toList();
    }

    private static void agree(VisitYear year) {
        AnticipationInput input = year.input();
        AnticipationRules rules = AnticipationRules.builtIn();
        NaiveAnticipation naive = new NaiveAnticipation(input.from(), input.to(), input.grids(),
                input.catalogue().situations().stream().map(s -> s.code()).toList(), input.neighbours(), rules.alpha());
        List<Finding> sdk = Anticipation.anticipator(rules).detect(input).findings();
        assertThat(sdk).isNotEmpty();
        assertThat(withoutReasons(naive.detect(Anticipation.signals(input)))).isEqualTo(withoutReasons(sdk));
    }

    @Test
    void naivePeerAgreesWithTheSdkOnSmallYears() {
        for (long seed = 1; seed <= 10; seed++) {
            agree(VisitYearGenerator.generate(VisitYearSpec.small(seed, true)));
        }
    }

    @Test
    void naivePeerAgreesWithTheSdkOnTheBenchmarkYear() {
        agree(VisitYearGenerator.generate(VisitYearSpec.guandu(2024, 2024, true)));
    }
}
