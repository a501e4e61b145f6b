package org.jiceng.examples.demo.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.model.Dataset;
import org.jiceng.examples.demo.generate.GeneratedDistrict;
import org.jiceng.examples.demo.report.ReportModel.Trend;
import org.jiceng.examples.demo.report.StepOutcome;

/**
 * What every step of a demo run produced, immutable: the input of the report builder
 * ({@link ReportBuilder}). Nothing here knows about HTML.
 *
 * @param options what was run
 * @param district the generated district
 * @param validation Bean Validation of every record
 * @param integrity the registry and its integrity report
 * @param partition the grids
 * @param rivers the river sections and patrols, when the district has rivers
 * @param scoring the rule packs applied
 * @param cases the cases replayed through the state machine, with metrics
 * @param located the cases located and routed to their grid
 * @param anticipation 未诉先办
 * @param trend the monthly 先锋指数, when the index pack is installed
 * @param files the files written by the export, relative to the output folder, in a fixed order
 * @param inputFiles how many of {@code files} (the last ones) are in {@code input/}
 */
public record DemoRun(DemoPipeline.Options options, GeneratedDistrict district, ProblemsStep.Validation validation,
        ProblemsStep.Integrity integrity, PartitionStep.Result partition, Optional<RiverStep.Result> rivers,
        ScoringStep.Result scoring, CasesStep.Result cases, CasesStep.Located located,
        AnticipationStep.Result anticipation, Optional<Trend> trend, List<String> files, int inputFiles) {

    /** Checks and copies the components. */
    public DemoRun {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(rivers, "rivers");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(located, "located");
        Objects.requireNonNull(anticipation, "anticipation");
        Objects.requireNonNull(trend, "trend");
        files = List.copyOf(files);
    }

    /** @return what each step did, or why it was skipped, in pipeline order */
    public List<StepOutcome> steps() {
        List<StepOutcome> steps = new ArrayList<>();
        steps.add(StepOutcome.done("generate", generated(district)));
        steps.add(StepOutcome.done("validate", validated(validation)));
        steps.add(StepOutcome.done("registry", registered(integrity)));
        steps.add(StepOutcome.done("partition", partitioned(partition)));
        steps.add(rivers.map(r -> StepOutcome.done("rivers", patrolled(district, r)))
                .orElseGet(() -> StepOutcome.skipped("rivers", "the district has no rivers")));
        steps.add(scoring.scored().isEmpty() ? StepOutcome.skipped("score", "no rule pack installed: " + scoring.skipped())
                : StepOutcome.done("score", scored(scoring)));
        steps.add(StepOutcome.done("cases", replayed(district, cases, located)));
        steps.add(StepOutcome.done("anticipate", anticipated(anticipation)));
        steps.add(StepOutcome.done("export", ExportStep.detail(files, inputFiles)));
        return steps;
    }

    static String generated(GeneratedDistrict district) {
        Dataset d = district.dataset();
        return d.areas().size() + " areas, " + d.organizations().size() + " organisations, "
                + d.partyMembers().size() + " members, " + d.events().size() + " events, " + district.cases().size()
                + " cases";
    }

    static String validated(ProblemsStep.Validation v) {
        return v.checked() + " records checked, " + v.violations() + " violations of " + v.problems().size() + " rules";
    }

    static String registered(ProblemsStep.Integrity i) {
        return "registry of " + i.registry().persons().size() + " persons, " + i.registry().organizations().size()
                + " organisations; " + i.report().problems().size() + " integrity problems "
                + i.report().countsByCode();
    }

    static String partitioned(PartitionStep.Result p) {
        return String.format(Locale.ROOT, "%d grids (%s); load max/avg worst %.3f, mean %.3f; worst excess "
                + "over floor %.3f; mean compactness %.2f; %d non-contiguous", p.grids().size(), p.partitioner(),
                p.worstImbalance(), p.meanImbalance(), p.worstExcessOverFloor(), p.meanCompactness(), p.nonContiguous());
    }

    static String patrolled(GeneratedDistrict district, RiverStep.Result rivers) {
        return String.format(Locale.ROOT, "%d rivers -> %d sections -> %d members; %d patrol in their home "
                + "community; length per member max/avg %.3f; %d sections uncovered", district.rivers().size(),
                rivers.segments().size(), rivers.members(), rivers.assignment().homeAreaMatches(),
                rivers.assignment().maxLoadOverAverage(), rivers.assignment().uncoveredSegments().size());
    }

    static String scored(ScoringStep.Result r) {
        return "scored with " + String.join(", ", r.scored())
                + (r.skipped().isEmpty() ? "" : "; packs not installed: " + String.join(", ", r.skipped()));
    }

    static String replayed(GeneratedDistrict district, CasesStep.Result r, CasesStep.Located located) {
        var m = r.metrics();
        return m.received() + " received, " + m.accepted() + " accepted, " + m.resolved() + " resolved ("
                + percent(m.closureRate()) + "), on time " + percent(m.onTimeRate()) + ", overdue " + m.overdue()
                + ", " + m.departments().size() + " departments" + (r.refused().isEmpty() ? ""
                        : ", " + r.refused().get(0).count() + " steps refused by the state machine")
                + "; " + located.inGrid() + " of " + district.cases().size() + " located to a grid ("
                + located.index() + " index)";
    }

    static String anticipated(AnticipationStep.Result a) {
        return a.visits() + " visits, " + a.report().signals() + " signals, " + a.report().findings().size()
                + " findings (" + a.planted().size() + " patterns planted), " + a.tasks().size()
                + " proactive cases, 未诉先办 rate " + a.metrics().handledBeforeComplaint();
    }

    /**
     * @param rate a rate
     * @return the rate as a percentage with one decimal, or {@code -} when undefined
     */
    public static String percent(org.jiceng.cases.Rate rate) {
        return rate.isDefined() ? String.format(Locale.ROOT, "%.1f%%", 100 * rate.value()) : "-";
    }
}
