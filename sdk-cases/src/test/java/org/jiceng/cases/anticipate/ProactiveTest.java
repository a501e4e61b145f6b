package org.jiceng.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.CaseRouting;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.Rate;
import org.jiceng.cases.WhistleKind;
import org.jiceng.cases.spi.GridLocator;
import org.jiceng.cases.spi.RoutingContext;
import org.junit.jupiter.api.Test;

class ProactiveTest {

    private static final Instant T = Instant.parse("2024-03-18T01:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private static Finding finding(String grid, String situation) {
        return Finding.of("emerging", situation, List.of(grid), Lattice.week(11), Lattice.week(11),
                new Evidence(6, 0.1, 1e-9, 1e-5, List.of(6), List.of(), List.of("v1")), "6 signals");
    }

    private static Case demand(String id, String grid, String situation, Instant at) {
        return Case.builder(id, Lattice.CATALOGUE.get(situation)).kind(WhistleKind.COMPLAINT)
                .location(new CaseLocation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(grid)))
                .receivedAt(at, "12345").build();
    }

    private static Case resolvedAfter(Case c, Duration d) {
        Instant t = c.createdAt();
        return c.startWork(t.plus(d.dividedBy(2)), "community", "上门").resolve(t.plus(d), "community", "已解决");
    }

    @Test
    void aFindingOpensAProactiveCaseRoutedLikeAnyOther() {
        RoutingContext ctx = new RoutingContext(GridLocator.none(), java.util.Map.of("g05", "community-2"),
                Lattice.CATALOGUE);
        List<Case> tasks = ProactiveTasks.openAll(List.of(finding("g05", "P02")), Lattice.CATALOGUE,
                CaseRouting.router(CaseRouting.DEFAULT_PROVIDER, ctx), T, "street-office");

        assertThat(tasks).hasSize(1);
        Case c = tasks.get(0);
        assertThat(c.id()).isEqualTo("P/emerging/P02/g05/2024-W12");
        assertThat(c.kind()).isEqualTo(WhistleKind.PROACTIVE);
        assertThat(c.kind().label()).isEqualTo("未诉先办");
        assertThat(c.category()).isEqualTo("P02");
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.location().gridId()).contains("g05");
        assertThat(c.location().areaId()).contains("community-2");
        assertThat(c.trail().entries().get(0).note()).isEqualTo("finding emerging/P02/g05/2024-W12");
        assertThat(c.description()).isEqualTo("未诉先办: 6 signals");
        // It then follows the ordinary state machine.
        Case whistled = c.whistle(T.plusSeconds(60), "secretary", Lattice.CATALOGUE.get("P02").departments(), "吹哨");
        assertThat(whistled.status()).isEqualTo(CaseStatus.WHISTLED);
        assertThat(CaseMetrics.over(List.of(c), T, T.plus(WEEK)).count(WhistleKind.PROACTIVE)).isEqualTo(1);
    }

    @Test
    void rateCountsTasksResolvedInTheWindowBeforeAnyDemandAndDemandsBeforeAndAfter() {
        // A: resolved in 2 days, no demand meanwhile -> handled. One demand in the week before, none after.
        Case a = resolvedAfter(ProactiveTasks.open(finding("g01", "P02"), Lattice.CATALOGUE, "A", T, "s"),
                Duration.ofDays(2));
        Case beforeA = demand("d1", "g01", "P02", T.minus(Duration.ofDays(3)));
        // B: resolved in 3 days but a demand came after 1 day -> not handled before a complaint.
        Case b = resolvedAfter(ProactiveTasks.open(finding("g02", "P02"), Lattice.CATALOGUE, "B", T, "s"),
                Duration.ofDays(3));
        Case duringB = demand("d2", "g02", "P02", T.plus(Duration.ofDays(1)));
        // C: resolved only after the window -> not handled. D: never resolved.
        Case c = resolvedAfter(ProactiveTasks.open(finding("g03", "P02"), Lattice.CATALOGUE, "C", T, "s"),
                Duration.ofDays(9));
        Case d = ProactiveTasks.open(finding("g04", "P02"), Lattice.CATALOGUE, "D", T.plusSeconds(1), "s");
        // Demands elsewhere or of another situation do not count.
        Case other = demand("d3", "g01", "P03", T.plus(Duration.ofDays(1)));
        Case laterA = demand("d4", "g01", "P02", T.plus(Duration.ofDays(8)));

        ProactiveMetrics m = ProactiveMetrics.over(List.of(laterA, d, other, c, duringB, b, beforeA, a),
                T.minus(WEEK), T.plus(WEEK), WEEK);

        assertThat(m.handledBeforeComplaint()).isEqualTo(new Rate(1, 4));
        assertThat(m.outcomes()).extracting(ProactiveMetrics.Outcome::caseId).containsExactly("A", "B", "C", "D");
        assertThat(m.outcomes()).extracting(ProactiveMetrics.Outcome::handledBeforeComplaint)
                .containsExactly(true, false, false, false);
        assertThat(m.outcomes().get(2).resolvedAt()).isEmpty();
        assertThat(m.demandsBefore()).isEqualTo(1);
        assertThat(m.demandsAfter()).isEqualTo(1);
        assertThat(m.demandsFell()).isFalse();
    }
}
