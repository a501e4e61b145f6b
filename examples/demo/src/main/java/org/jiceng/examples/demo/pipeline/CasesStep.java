package org.jiceng.examples.demo.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiceng.scoring.Points;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseRouting;
import org.jiceng.cases.spi.CaseRouter;
import org.jiceng.cases.spi.Route;
import org.jiceng.cases.spi.RoutingContext;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import org.jiceng.cases.CaseAssessment;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.DepartmentMetrics;
import org.jiceng.cases.IllegalCaseTransitionException;
import org.jiceng.cases.Rate;
import org.jiceng.cases.Reporter;
import org.jiceng.cases.Situation;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.core.model.Event;
import org.jiceng.examples.demo.generate.WhistleCase;
import org.jiceng.examples.demo.report.ReportModel.Problem;
import org.jiceng.examples.demo.report.ReportModel.Table;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;

/**
 * Replays every generated case through the SDK's case state machine (吹哨全留痕: each step becomes an
 * audit entry, an illegal step is refused), then computes the year's metrics per department and the
 * 一哨一考核 assessment of the departments with the {@code guandu-whistle-assessment} pack.
 */
public final class CasesStep {

    /** The rule pack that turns case outcomes into department points. */
    public static final String ASSESSMENT_PACK = "guandu-whistle-assessment";
    private static final String SECRETARY = "社区书记";

    /**
     * The outcome.
     *
     * @param cases the replayed cases
     * @param metrics the year's metrics
     * @param table per-department metrics and assessment points
     * @param refused steps the state machine refused, as problems
     * @param assessed whether the assessment pack was installed and applied
     */
    public record Result(List<Case> cases, CaseMetrics metrics, Table table, List<Problem> refused, boolean assessed) {
    }

    /**
     * The cases located and routed (网格化) with the SDK's {@link CaseRouting}: the default router finds each
     * case's grid with the grid index and writes the grid and its community into the case's location.
     *
     * @param cases the replayed cases, with their grid and community where located
     * @param perGrid the number of cases per grid code
     * @param inGrid cases located to a grid
     * @param index the name of the grid index provider that located them
     * @param routing what the router was built from (point → grid, grid → community, situations)
     */
    public record Located(List<Case> cases, Map<String, Integer> perGrid, int inGrid, String index,
            RoutingContext routing) {
        /** Copies the collections. */
        public Located {
            cases = List.copyOf(cases);
            perGrid = java.util.Collections.unmodifiableMap(new TreeMap<>(perGrid));
        }
    }

    private CasesStep() {
    }

    /**
     * @param cases the replayed cases
     * @param partition the grids
     * @return the cases located and routed to their grid
     */
    static Located locate(List<Case> cases, PartitionStep.Result partition) {
        GridIndex index = GridIndexes.create(partition.grids().stream()
                .map(g -> new GridShape(g.grid().code(), g.polygon())).toList());
        Map<String, String> communities = new LinkedHashMap<>();
        partition.grids().forEach(g -> communities.put(g.grid().code(), g.grid().areaId()));
        RoutingContext routing = new RoutingContext(index::locate, communities, SituationCatalogue.defaults());
        CaseRouter router = CaseRouting.router(CaseRouting.DEFAULT_PROVIDER, routing);
        Map<String, Integer> perGrid = new TreeMap<>();
        List<Case> located = new ArrayList<>(cases.size());
        int inGrid = 0;
        for (Case c : cases) {
            Route route = router.route(c);
            if (route.gridId().isPresent()) {
                perGrid.merge(route.gridId().get(), 1, Integer::sum);
                inGrid++;
            }
            located.add(route.applyTo(c));
        }
        return new Located(located, perGrid, inGrid, index.providerName(), routing);
    }

    static Result run(List<WhistleCase> generated, Instant from, Instant to) {
        SituationCatalogue catalogue = SituationCatalogue.defaults();
        List<Case> cases = new ArrayList<>(generated.size());
        int refusedCount = 0;
        String refusedExample = "";
        for (WhistleCase w : generated) {
            Situation situation = catalogue.get(w.situationCode());
            Case c = Case.builder(w.id(), situation).description(w.title())
                    .location(CaseLocation.at(w.lon(), w.lat()).withArea(w.communityId()))
                    .reporter(Reporter.anonymous()).receivedAt(w.received(), "网格员").build();
            for (WhistleCase.Step step : w.steps().subList(1, w.steps().size())) {
                try {
                    c = apply(c, step, situation);
                } catch (IllegalCaseTransitionException e) {
                    // The audit trail keeps the case as it was: the refused step is reported, not hidden.
                    refusedCount++;
                    // The report is bilingual (中文 English), like its headers; the messages name the case.
                    refusedExample = refusedExample.isEmpty() ? e.messageZh() + " " + e.getMessage() : refusedExample;
                }
            }
            cases.add(c);
        }
        CaseMetrics metrics = CaseMetrics.over(cases, from, to, to);
        boolean assessed = RuleSets.available().contains(ASSESSMENT_PACK);
        Map<String, Long> points = Map.of();
        if (assessed) {
            List<Event> events = CaseAssessment.events(cases, from, to, to);
            Scorecards cards = ScoringEngine.compile(RuleSets.builtIn(ASSESSMENT_PACK)).score(events, to);
            points = cards.totals();
        }
        List<List<String>> rows = new ArrayList<>();
        for (DepartmentMetrics d : metrics.departments().values()) {
            rows.add(List.of(d.departmentId(), String.valueOf(d.summoned()), rate(d.responseRate()),
                    rate(d.onTimeResponseRate()), rate(d.closureRate()), rate(d.onTimeClosureRate()),
                    d.medianResponseTime().map(CasesStep::hours).orElse("-"),
                    assessed ? Points.formatWhole(points.getOrDefault(d.departmentId(), 0L)) : "-"));
        }
        rows.add(List.of("全部 All", String.valueOf(metrics.accepted()), "", "", rate(metrics.closureRate()),
                rate(metrics.onTimeRate()), metrics.medianTimeToResolve().map(CasesStep::hours).orElse("-"), ""));
        Table table = new Table("case-metrics", "Cases received " + metrics.received() + ", accepted "
                + metrics.accepted() + ", resolved " + metrics.resolved() + ", overdue " + metrics.overdue()
                + " (per department: summoned cases; the last row: all accepted cases, median time to resolve)",
                List.of("部门 Department", "召集 Summoned", "报到率 Response", "按时报到 On-time response",
                        "办结率 Closure", "按时办结 On-time closure", "响应中位数 Median response (h)",
                        "一哨一考核 Points"), rows);
        List<Problem> refused = refusedCount == 0 ? List.of()
                : List.of(new Problem("error", "CASE_TRANSITION_REFUSED", refusedCount, refusedExample));
        return new Result(cases, metrics, table, refused, assessed);
    }

    private static Case apply(Case c, WhistleCase.Step step, Situation situation) {
        String lead = situation.departments().get(0);
        return switch (step.state()) {
            case "whistled" -> c.whistle(step.at(), SECRETARY, situation.departments(), "吹哨");
            case "reported" -> c.report(step.at(), step.note(), "报到");
            case "handling" -> c.startWork(step.at(), lead, "处置");
            case "resolved" -> c.resolve(step.at(), lead, "已办结");
            case "evaluated" -> c.evaluate(step.at(), "居民", "满意");
            case "closed" -> c.close(step.at(), SECRETARY, "");
            case "duplicate" -> c.markDuplicate(step.at(), SECRETARY, step.note(), "重复诉求");
            case "rejected" -> c.reject(step.at(), SECRETARY, step.note());
            case "reopened" -> c.reopen(step.at(), "居民", step.note());
            default -> throw new IllegalArgumentException("Case " + c.id() + ": unknown generated step '"
                    + step.state() + "'");
        };
    }

    private static String rate(Rate r) {
        return r.isDefined() ? String.format(Locale.ROOT, "%.1f%%", 100 * r.value()) : "-";
    }

    private static String hours(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMinutes() / 60.0);
    }
}
