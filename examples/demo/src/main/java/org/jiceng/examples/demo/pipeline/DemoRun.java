package org.jiceng.examples.demo.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.model.Dataset;
import org.jiceng.examples.demo.Messages;
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

    /** @return what each step did, or why it was skipped, in pipeline order, in the run's language */
    public List<StepOutcome> steps() {
        Messages m = Messages.of(options.language());
        List<StepOutcome> steps = new ArrayList<>();
        steps.add(StepOutcome.done("generate", generated(m, district)));
        steps.add(StepOutcome.done("validate", validated(m, validation)));
        steps.add(StepOutcome.done("registry", registered(m, integrity)));
        steps.add(StepOutcome.done("partition", partitioned(m, partition)));
        steps.add(rivers.map(r -> StepOutcome.done("rivers", patrolled(m, district, r)))
                .orElseGet(() -> StepOutcome.skipped("rivers", m.get("msg.skip.rivers"))));
        steps.add(scoring.scored().isEmpty() ? StepOutcome.skipped("score", m.get("msg.skip.score", scoring.skipped()))
                : StepOutcome.done("score", scored(m, scoring)));
        steps.add(StepOutcome.done("cases", replayed(m, district, cases, located)));
        steps.add(StepOutcome.done("anticipate", anticipated(m, anticipation)));
        steps.add(StepOutcome.done("export", ExportStep.detail(m, files, inputFiles)));
        return steps;
    }

    // Each step's one-line result, from the catalogue keys msg.detail.* of the run's language.

    static String generated(Messages m, GeneratedDistrict district) {
        Dataset d = district.dataset();
        return m.get("msg.detail.generate", d.areas().size(), d.organizations().size(), d.partyMembers().size(),
                d.events().size(), district.cases().size());
    }

    static String validated(Messages m, ProblemsStep.Validation v) {
        return m.get("msg.detail.validate", v.checked(), v.violations(), v.problems().size());
    }

    static String registered(Messages m, ProblemsStep.Integrity i) {
        return m.get("msg.detail.registry", i.registry().persons().size(), i.registry().organizations().size(),
                i.report().problems().size(), i.report().countsByCode());
    }

    static String partitioned(Messages m, PartitionStep.Result p) {
        return m.get("msg.detail.partition", p.grids().size(), p.partitioner(), p.worstImbalance(), p.meanImbalance(),
                p.worstExcessOverFloor(), p.meanCompactness(), p.nonContiguous());
    }

    static String patrolled(Messages m, GeneratedDistrict district, RiverStep.Result rivers) {
        return m.get("msg.detail.rivers", district.rivers().size(), rivers.segments().size(), rivers.members(),
                rivers.assignment().homeAreaMatches(), rivers.assignment().maxLoadOverAverage(),
                rivers.assignment().uncoveredSegments().size());
    }

    static String scored(Messages m, ScoringStep.Result r) {
        return m.get("msg.detail.score", String.join(", ", r.scored()), r.skipped().isEmpty() ? ""
                : m.get("msg.detail.score.notInstalled", String.join(", ", r.skipped())));
    }

    static String replayed(Messages m, GeneratedDistrict district, CasesStep.Result r, CasesStep.Located located) {
        var metrics = r.metrics();
        return m.get("msg.detail.cases", metrics.received(), metrics.accepted(), metrics.resolved(),
                percent(metrics.closureRate()), percent(metrics.onTimeRate()), metrics.overdue(),
                metrics.departments().size(), r.refused().isEmpty() ? ""
                        : m.get("msg.detail.cases.refused", r.refused().get(0).count()),
                located.inGrid(), district.cases().size(), located.index());
    }

    static String anticipated(Messages m, AnticipationStep.Result a) {
        return m.get("msg.detail.anticipate", a.visits(), a.report().signals(), a.report().findings().size(),
                a.planted().size(), a.tasks().size(), a.metrics().handledBeforeComplaint());
    }

    /**
     * @param rate a rate
     * @return the rate as a percentage with one decimal, or {@code -} when undefined
     */
    public static String percent(org.jiceng.cases.Rate rate) {
        return rate.isDefined() ? String.format(Locale.ROOT, "%.1f%%", 100 * rate.value()) : "-";
    }
}
