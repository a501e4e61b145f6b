package org.jiceng.examples.demo.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseRouting;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.anticipate.Anticipation;
import org.jiceng.cases.anticipate.AnticipationInput;
import org.jiceng.cases.anticipate.AnticipationReport;
import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.Evidence;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.ProactiveMetrics;
import org.jiceng.cases.anticipate.ProactiveTasks;
import org.jiceng.cases.spi.CaseRouter;
import org.jiceng.examples.demo.generate.DistrictGenerator;
import org.jiceng.examples.demo.report.AnticipationSection;
import org.jiceng.examples.demo.report.ReportModel.Table;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * 未诉先办: the year's cases (located to their grid) and the {@link VisitDiary}'s household visits go
 * through the SDK's anticipation with the built-in pack; every finding opens a proactive case, routed
 * like any other, which the district then handles (deterministically from the seed: three in four within
 * a week, the others after three weeks); the 未诉先办 rate is measured over a {@value #WINDOW_DAYS}-day
 * window. Grids are neighbours when their polygons touch.
 */
public final class AnticipationStep {

    /** The window of the 未诉先办 rate, in days. */
    static final int WINDOW_DAYS = 14;

    /**
     * The outcome.
     *
     * @param report the findings and the records not counted
     * @param planted the patterns the diary planted
     * @param visits the number of visits
     * @param tasks the proactive cases opened and handled
     * @param metrics the 未诉先办 rate and demands before and after
     */
    public record Result(AnticipationReport report, List<VisitDiary.Planted> planted, int visits, List<Case> tasks,
            ProactiveMetrics metrics) {
    }

    private AnticipationStep() {
    }

    static Result run(PartitionStep.Result partition, CasesStep.Located located, int year, long seed) {
        List<String> grids = partition.grids().stream().map(g -> g.grid().code()).toList();
        Map<String, Set<String>> neighbours = neighbours(partition);
        VisitDiary.Result diary = VisitDiary.generate(grids, neighbours, year, seed);
        SituationCatalogue catalogue = SituationCatalogue.defaults();
        AnticipationInput input = new AnticipationInput(located.cases(), diary.visits(), grids, neighbours, catalogue,
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        AnticipationReport report = Anticipation.anticipator(AnticipationRules.builtIn()).detect(input);

        CaseRouter router = CaseRouting.router(CaseRouting.DEFAULT_PROVIDER, located.routing());
        SplittableRandom r = new SplittableRandom(seed ^ 0x7A5C_0000L);
        List<Case> tasks = new ArrayList<>();
        for (Finding f : report.findings()) {
            // Opened on the Monday after the week the finding was raised in, at 09:00.
            Instant opened = f.firstWeek().plusWeeks(1).atTime(9, 0).atZone(org.jiceng.core.time.ChinaTime.ZONE).toInstant();
            Case task = ProactiveTasks.openAll(List.of(f), catalogue, router, opened, "街道办").get(0);
            tasks.add(handle(task, r));
        }
        List<Case> all = new ArrayList<>(located.cases());
        all.addAll(tasks);
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(org.jiceng.core.time.ChinaTime.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 8).atStartOfDay(org.jiceng.core.time.ChinaTime.ZONE).toInstant();
        ProactiveMetrics metrics = ProactiveMetrics.over(all, from, to, Duration.ofDays(WINDOW_DAYS));
        return new Result(report, diary.planted(), diary.visits().size(), tasks, metrics);
    }

    /**
     * @param r the outcome
     * @return what the report's 未诉先办 section shows
     */
    public static AnticipationSection.View view(Result r) {
        SituationCatalogue catalogue = SituationCatalogue.defaults();
        Map<String, ProactiveMetrics.Outcome> outcomes = new LinkedHashMap<>();
        r.metrics().outcomes().forEach(o -> outcomes.put(o.caseId(), o));
        List<List<String>> rows = new ArrayList<>();
        Map<String, String> outlines = new LinkedHashMap<>();
        for (Finding f : r.report().findings()) {
            Evidence e = f.evidence();
            ProactiveMetrics.Outcome o = outcomes.get(ProactiveTasks.ID_PREFIX + f.id());
            rows.add(List.of(f.detector(), f.situation() + " " + catalogue.get(f.situation()).name(),
                    String.join(" ", f.gridIds()), f.isoWeek() + (f.lastWeek().equals(f.firstWeek()) ? ""
                            : " – " + f.lastIsoWeek()),
                    String.valueOf(e.observed()), num(e.expected()), sci(e.probability()), sci(e.threshold()),
                    e.caseIds().size() + " / " + e.visitIds().size(),
                    o == null ? "-" : o.handledBeforeComplaint() ? "未诉先办 handled" : "not in time"));
            f.gridIds().forEach(g -> outlines.putIfAbsent(g, AnticipationSection.colour(f.detector())));
        }
        Table findings = new Table("anticipation-findings", r.report().findings().size() + " findings of the "
                + r.report().rulesId() + " pack (version " + r.report().rulesVersion() + "); evidence at the week each"
                + " was first raised", List.of("检测 Detector", "情形 Situation", "网格 Grids (first: where raised)",
                        "周 ISO week", "观测 Observed", "预期 Expected", "P", "阈值 Threshold", "案件/走访 Cases / visits",
                        "任务 Task"), rows);
        List<List<String>> planted = new ArrayList<>();
        for (VisitDiary.Planted p : r.planted()) {
            String found = r.report().findings().stream().filter(f -> f.detector().equals(p.kind())
                    && f.situation().equals(p.situation()) && f.gridId().equals(p.gridIds().get(0))).map(Finding::id)
                    .findFirst().orElse("not found");
            planted.add(List.of(p.kind(), p.situation() + " " + catalogue.get(p.situation()).name(),
                    String.join(" ", p.gridIds()), p.firstWeek() + " – " + p.lastWeek(), found));
        }
        Table plantedTable = new Table("anticipation-planted", "Patterns planted in the visit diary (民情日记)",
                List.of("模式 Pattern", "情形 Situation", "网格 Grids", "周 Weeks", "发现 Found as"), planted);
        String note = r.visits() + " household visits and the located cases gave " + r.report().signals()
                + " signals; " + r.report().excluded().size() + " records or visit situations were not counted, each"
                + " with its reason (mostly visits that noted no situation). Each finding opened a proactive case"
                + " (未诉先办) routed like any other; the rate counts those resolved within " + WINDOW_DAYS
                + " days with no complaint in their grid and situation meanwhile. Demands in their grid and situation"
                + " in the " + WINDOW_DAYS + " days before: " + r.metrics().demandsBefore() + ", after: "
                + r.metrics().demandsAfter() + ".";
        return new AnticipationSection.View(r.metrics().handledBeforeComplaint().toString(), findings, plantedTable,
                outlines, note);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String sci(double v) {
        return String.format(Locale.ROOT, "%.2e", v);
    }

    /** The grid secretary whistles the situation's departments, they report, and the task is resolved. */
    private static Case handle(Case task, SplittableRandom r) {
        Instant t = task.createdAt();
        List<String> departments = SituationCatalogue.defaults().get(task.category()).departments();
        Case c = task.whistle(t.plus(Duration.ofHours(1)), "社区书记", departments, "未诉先办 吹哨");
        for (String d : departments) {
            c = c.report(t.plus(Duration.ofHours(3)), d, "报到");
        }
        c = c.startWork(t.plus(Duration.ofHours(4)), departments.get(0), "上门处置");
        Duration took = r.nextInt(4) == 0 ? Duration.ofDays(21) : Duration.ofDays(1 + r.nextInt(6));
        return c.resolve(t.plus(took), departments.get(0), "已处置");
    }

    private static Map<String, Set<String>> neighbours(PartitionStep.Result partition) {
        STRtree tree = new STRtree();
        partition.grids().forEach(g -> tree.insert(g.polygon().getEnvelopeInternal(), g));
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (PartitionStep.GridPiece g : partition.grids()) {
            Set<String> near = new TreeSet<>();
            Geometry polygon = g.polygon();
            // Prepared: the same answer as Geometry.intersects, without a full relate per candidate.
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(polygon);
            for (Object o : tree.query(polygon.getEnvelopeInternal())) {
                PartitionStep.GridPiece other = (PartitionStep.GridPiece) o;
                if (other != g && prepared.intersects(other.polygon())) {
                    near.add(other.grid().code());
                }
            }
            out.put(g.grid().code(), near);
        }
        return out;
    }
}
