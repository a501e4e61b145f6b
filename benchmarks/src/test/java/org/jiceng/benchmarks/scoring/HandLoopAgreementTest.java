package org.jiceng.benchmarks.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.Points;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.junit.jupiter.api.Test;

/** The benchmark's peers compute exactly the engine's totals, so the comparison is fair. */
class HandLoopAgreementTest {

    private static Map<String, Long> engineTotals(List<Event> events) {
        ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn(MemberWorkload.RULE_SET));
        return new HashMap<>(engine.score(events, MemberWorkload.AS_OF, ScoringOptions.TOTALS_ONLY).totals());
    }

    @Test
    void handLoopAgreesWithTheEngineOnEveryMember() {
        List<Event> events = MemberWorkload.generate(30_000, 300, 7);
        Map<String, Long> engine = engineTotals(events);
        assertThat(HandLoop.totals(events, MemberWorkload.AS_OF)).isEqualTo(engine);
        // The workload must exercise caps, or agreement would prove little.
        assertThat(ScoringEngine.compile(RuleSets.builtIn(MemberWorkload.RULE_SET)).score(events, MemberWorkload.AS_OF)
                .bySubject().values().stream().flatMap(c -> c.lines().stream())
                .filter(l -> l.reason().name().startsWith("CAP")).count()).isGreaterThan(1000);
        assertThat(engine.values().stream().mapToLong(Long::longValue).sum()).isNotZero();
    }

    @Test
    void easyRulesAgreesWithTheEngineOnEveryMember() {
        List<Event> events = MemberWorkload.generate(10_000, 200, 11);
        assertThat(new EasyRulesScoring().totals(events, MemberWorkload.AS_OF)).isEqualTo(engineTotals(events));
    }

    @Test
    void droolsAgreesWithTheEngineOnEveryMember() {
        List<Event> events = MemberWorkload.generate(10_000, 200, 13);
        assertThat(new DroolsScoring().totals(events, MemberWorkload.AS_OF)).isEqualTo(engineTotals(events));
    }

    @Test
    void workloadIsDeterministic() {
        assertThat(MemberWorkload.generate(1000, 50, 3)).isEqualTo(MemberWorkload.generate(1000, 50, 3));
        assertThat(Points.format(engineTotals(MemberWorkload.generate(1000, 50, 3)).values().stream()
                .mapToLong(Long::longValue).sum())).isNotEqualTo("0.00");
    }
}
