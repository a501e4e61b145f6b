package org.jiceng.examples.demo.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.ReserveTier;
import org.jiceng.core.spi.Plugins;
import org.jiceng.core.time.ChinaTime;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.jiceng.grid.line.LineSegment;
import org.jiceng.scoring.Banding;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.jiceng.examples.demo.generate.DistrictGenerator;
import org.jiceng.examples.demo.generate.DistrictSpec;
import org.jiceng.examples.demo.generate.GeneratedDistrict;
import org.jiceng.examples.demo.generate.InjectedDefect;
import org.jiceng.examples.demo.generate.River;
import org.jiceng.examples.demo.report.HtmlReport;
import org.jiceng.examples.demo.report.ReportModel;
import org.jiceng.examples.demo.report.ReportModel.Histogram;
import org.jiceng.examples.demo.report.ReportModel.KeyNumber;
import org.jiceng.examples.demo.report.ReportModel.Line;
import org.jiceng.examples.demo.report.ReportModel.MapView;
import org.jiceng.examples.demo.report.ReportModel.Problem;
import org.jiceng.examples.demo.report.ReportModel.Shape;
import org.jiceng.examples.demo.report.StepOutcome;

/**
 * The whole embedded demo: generate → validate → registry → partition → rivers → score → cases →
 * export → report. A step whose SDK module is not available is reported as skipped with the reason;
 * nothing is ever made up in its place.
 */
public final class DemoPipeline {

    /** Name of the HTML report in the output folder. */
    public static final String REPORT_FILE = "report.html";
    /** How many problem rules the report lists. */
    public static final int TOP_PROBLEMS = 12;

    /**
     * What to run.
     *
     * @param spec the district scale
     * @param seed the generator seed
     * @param out the output folder (created when missing)
     * @param boundary the district outline to generate in (lon/lat), or empty for the default
     */
    public record Options(DistrictSpec spec, long seed, Path out, Optional<Geometry> boundary) {

        /** Validates the components. */
        public Options {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(out, "out");
            boundary = boundary.map(Geometry::copy);
        }

        /**
         * Options with the default district outline.
         *
         * @param spec the district scale
         * @param seed the generator seed
         * @param out the output folder (created when missing)
         */
        public Options(DistrictSpec spec, long seed, Path out) {
            this(spec, seed, out, Optional.empty());
        }
    }

    private final Options options;
    private final Progress progress;
    private final List<StepOutcome> steps = new ArrayList<>();
    private final List<KeyNumber> keyNumbers = new ArrayList<>();
    private final List<Histogram> histograms = new ArrayList<>();
    private final List<Shape> gridShapes = new ArrayList<>();
    private final List<ReportModel.LegendEntry> legend = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private String mapNote = "";
    private String problemsNote = "";
    private Optional<ReportModel.Table> caseMetrics = Optional.empty();
    private Optional<ReportModel.Table> scoreSummary = Optional.empty();
    private Map<String, Long> memberTotals = Map.of();
    private Optional<Banding> memberBanding = Optional.empty();
    private PartitionStep.Result partition;
    private final List<Problem> allProblems = new ArrayList<>();
    private RiverStep.Result rivers;
    private CasesStep.Result cases;
    private AnticipationStep.Result anticipation;
    private final Map<String, Integer> casesPerGrid = new TreeMap<>();
    private String caseNote = "";
    private List<org.jiceng.cases.Case> locatedCases = List.of();

    private DemoPipeline(Options options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * Runs the demo and writes the output folder.
     *
     * @param options what to run
     * @param progress where to report progress
     * @return the result
     * @throws IOException when the output folder cannot be written
     */
    public static DemoResult run(Options options, Progress progress) throws IOException {
        return new DemoPipeline(options, progress).run();
    }

    private DemoResult run() throws IOException {
        Files.createDirectories(options.out());
        GeneratedDistrict district = generate();
        Dataset data = district.dataset();
        validate(district);
        registry(data);
        partition(district);
        rivers(district);
        score(data);
        cases(district);
        anticipate();
        export(district);
        ReportModel model = model(district);
        progress.start("report", "writing " + REPORT_FILE);
        Path reportFile = options.out().resolve(REPORT_FILE);
        Files.writeString(reportFile, HtmlReport.render(model), StandardCharsets.UTF_8);
        files.add(REPORT_FILE);
        progress.end("report", reportFile.toString());
        return new DemoResult(district, model, reportFile, files, locatedCases);
    }

    private GeneratedDistrict generate() {
        DistrictSpec spec = options.spec();
        progress.start("generate", "generating " + spec.districtName() + " (seed " + options.seed() + ")");
        GeneratedDistrict district = DistrictGenerator.generate(spec, options.seed(), options.boundary());
        Dataset d = district.dataset();
        String detail = d.areas().size() + " areas, " + d.organizations().size() + " organisations, "
                + d.partyMembers().size() + " members, " + d.events().size() + " events, " + district.cases().size()
                + " cases";
        steps.add(StepOutcome.done("generate", detail));
        progress.end("generate", detail);
        return district;
    }

    private void validate(GeneratedDistrict district) {
        progress.start("validate", "Bean Validation of every record (GB 11643, GB 32100, GB/T 2260, phones)");
        ProblemsStep.Validation v = ProblemsStep.validate(district.dataset(),
                progress.counter("validate", district.dataset().size(), "records"));
        allProblems.addAll(v.problems());
        String detail = v.checked() + " records checked, " + v.violations() + " violations of "
                + v.problems().size() + " rules";
        keyNumbers.add(new KeyNumber("validation-violations", "校验问题 Validation violations",
                String.valueOf(v.violations())));
        steps.add(StepOutcome.done("validate", detail));
        progress.end("validate", detail);
        problemsNote = "Rules from Bean Validation (error) and the registry's integrity report (warning), largest first."
                + " The generator planted " + district.injectedDefects().size() + " defects on purpose ("
                + district.injectedDefects().stream().map(InjectedDefect::kind).distinct().sorted()
                        .collect(java.util.stream.Collectors.joining(", ")) + ").";
    }

    private void registry(Dataset data) {
        progress.start("registry", "building the registry and its integrity report");
        ProblemsStep.Integrity i = ProblemsStep.integrity(data);
        allProblems.addAll(i.problems());
        String detail = "registry of " + i.registry().persons().size() + " persons, "
                + i.registry().organizations().size() + " organisations; " + i.report().problems().size()
                + " integrity problems " + i.report().countsByCode();
        keyNumbers.add(new KeyNumber("integrity-problems", "完整性问题 Integrity problems",
                String.valueOf(i.report().problems().size())));
        steps.add(StepOutcome.done("registry", detail));
        progress.end("registry", detail);
    }

    private void partition(GeneratedDistrict district) {
        progress.start("partition", "partitioning " + district.buildings().size() + " buildings into grids of about "
                + PartitionStep.HOUSEHOLDS_PER_GRID + " households");
        partition = PartitionStep.run(district);
        PartitionStep.Result p = partition;
        String detail = String.format(Locale.ROOT, "%d grids (%s); load max/avg worst %.3f, mean %.3f; worst excess "
                + "over floor %.3f; mean compactness %.2f; %d non-contiguous", p.grids().size(), p.partitioner(),
                p.worstImbalance(), p.meanImbalance(), p.worstExcessOverFloor(), p.meanCompactness(), p.nonContiguous());
        keyNumbers.add(new KeyNumber("grids", "网格 Grids", String.valueOf(p.grids().size())));
        keyNumbers.add(new KeyNumber("grid-imbalance", "网格负载 max/avg (worst community)",
                String.format(Locale.ROOT, "%.3f", p.worstImbalance())));
        steps.add(StepOutcome.done("partition", detail));
        progress.end("partition", detail);
    }

    private void rivers(GeneratedDistrict district) {
        if (district.rivers().isEmpty()) {
            steps.add(StepOutcome.skipped("rivers", "the district has no rivers"));
            return;
        }
        progress.start("rivers", "segmenting " + district.rivers().size() + " rivers and assigning patrols");
        rivers = RiverStep.run(district);
        String detail = String.format(Locale.ROOT, "%d rivers -> %d sections -> %d members; %d patrol in their home "
                + "community; length per member max/avg %.3f; %d sections uncovered", district.rivers().size(),
                rivers.segments().size(), rivers.members(), rivers.assignment().homeAreaMatches(),
                rivers.assignment().maxLoadOverAverage(), rivers.assignment().uncoveredSegments().size());
        keyNumbers.add(new KeyNumber("river-sections", "河段 River sections", String.valueOf(rivers.segments().size())));
        keyNumbers.add(new KeyNumber("river-patrol-members", "巡河党员 Patrol members", String.valueOf(rivers.members())));
        steps.add(StepOutcome.done("rivers", detail));
        progress.end("rivers", detail);
    }

    private void score(Dataset data) {
        progress.start("score", "scoring members, units, trainees and organisations");
        Instant asOf = LocalDate.of(options.spec().year() + 1, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();
        ScoringStep.Result r = ScoringStep.run(data, asOf,
                progress.counter("score", ScoringStep.TARGETS.size(), "rule-packs"));
        histograms.addAll(r.histograms());
        scoreSummary = Optional.of(r.summary());
        memberTotals = r.memberTotals();
        memberBanding = r.memberBanding();
        String detail = "scored with " + String.join(", ", r.scored())
                + (r.skipped().isEmpty() ? "" : "; packs not installed: " + String.join(", ", r.skipped()));
        if (!memberTotals.isEmpty()) {
            double mean = memberTotals.values().stream().mapToLong(Long::longValue).average().orElse(0) / 100.0;
            keyNumbers.add(new KeyNumber("member-mean-points", "党员平均积分 Mean member points",
                    String.format(Locale.ROOT, "%.1f", mean)));
        }
        steps.add(r.scored().isEmpty() ? StepOutcome.skipped("score", "no rule pack installed: " + r.skipped())
                : StepOutcome.done("score", detail));
        progress.end("score", detail);
    }

    private void cases(GeneratedDistrict district) {
        progress.start("cases", "replaying " + district.cases().size() + " whistle cases through the state machine");
        Instant from = LocalDate.of(options.spec().year(), 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant to = LocalDate.of(options.spec().year() + 1, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();
        CasesStep.Result r = CasesStep.run(district.cases(), from, to);
        cases = r;
        locatedCases = r.cases();
        String located = "";
        if (partition != null) {
            // 网格化: every case point is located to its grid with the SDK's indexed point-in-polygon lookup.
            GridIndex index = GridIndexes.create(partition.grids().stream()
                    .map(g -> new GridShape(g.grid().code(), g.polygon())).toList());
            int inGrid = 0;
            List<org.jiceng.cases.Case> withGrids = new ArrayList<>(r.cases().size());
            for (var c : district.cases()) {
                Optional<String> grid = index.locate(c.lon(), c.lat());
                if (grid.isPresent()) {
                    casesPerGrid.merge(grid.get(), 1, Integer::sum);
                    inGrid++;
                }
            }
            for (org.jiceng.cases.Case c : r.cases()) {
                Optional<String> grid = c.location().point().flatMap(p -> index.locate(p.lon(), p.lat()));
                withGrids.add(grid.map(g -> c.withLocation(c.location().withGrid(g))).orElse(c));
            }
            locatedCases = withGrids;
            located = "; " + inGrid + " of " + district.cases().size() + " located to a grid (" + index.providerName()
                    + " index)";
            keyNumbers.add(new KeyNumber("cases-in-grids", "落格案件 Cases located to a grid", String.valueOf(inGrid)));
        }
        caseMetrics = Optional.of(r.table());
        allProblems.addAll(r.refused());
        var m = r.metrics();
        keyNumbers.add(new KeyNumber("case-closure-rate", "办结率 Case closure rate", percent(m.closureRate())));
        keyNumbers.add(new KeyNumber("case-on-time-rate", "按时办结率 On-time rate", percent(m.onTimeRate())));
        keyNumbers.add(new KeyNumber("cases-overdue", "超期案件 Overdue cases", String.valueOf(m.overdue())));
        caseNote = "Every generated step was replayed through the SDK's case state machine; each is an audit entry. "
                + (r.assessed() ? "Points: " + CasesStep.ASSESSMENT_PACK + " applied to the assessment events of "
                        + "every whistle (一哨一考核)." : "The assessment pack " + CasesStep.ASSESSMENT_PACK
                        + " is not installed, so departments have no points.");
        String detail = m.received() + " received, " + m.accepted() + " accepted, " + m.resolved() + " resolved ("
                + percent(m.closureRate()) + "), on time " + percent(m.onTimeRate()) + ", overdue " + m.overdue()
                + ", " + m.departments().size() + " departments" + (r.refused().isEmpty() ? ""
                        : ", " + r.refused().get(0).count() + " steps refused by the state machine") + located;
        steps.add(StepOutcome.done("cases", detail));
        progress.end("cases", detail);
    }

    private void anticipate() {
        if (partition == null || cases == null) {
            steps.add(StepOutcome.skipped("anticipate", "needs the partition's grids and the cases"));
            return;
        }
        progress.start("anticipate", "未诉先办: visits and cases per grid, situation and week");
        anticipation = AnticipationStep.run(partition, cases.cases(), options.spec().year(), options.seed());
        var metrics = anticipation.metrics();
        keyNumbers.add(new KeyNumber("anticipation-findings", "预判发现 Anticipation findings",
                String.valueOf(anticipation.report().findings().size())));
        keyNumbers.add(new KeyNumber("proactive-rate", "未诉先办率 Handled before a complaint",
                percent(metrics.handledBeforeComplaint())));
        String detail = anticipation.visits() + " visits, " + anticipation.report().signals() + " signals, "
                + anticipation.report().findings().size() + " findings (" + anticipation.planted().size()
                + " patterns planted), " + anticipation.tasks().size() + " proactive cases, 未诉先办 rate "
                + metrics.handledBeforeComplaint();
        steps.add(StepOutcome.done("anticipate", detail));
        progress.end("anticipate", detail);
    }

    private static String percent(org.jiceng.cases.Rate rate) {
        return rate.isDefined() ? String.format(Locale.ROOT, "%.1f%%", 100 * rate.value()) : "-";
    }

    private void export(GeneratedDistrict district) throws IOException {
        progress.start("export", "writing CSV, XLSX, GeoJSON and Open311 exports (personal data masked)"
                + " and input/ for import (synthetic, unmasked)");
        Dataset.Builder withGrids = district.dataset().toBuilder();
        Map<String, org.locationtech.jts.geom.Geometry> polygons = new TreeMap<>();
        if (partition != null) {
            for (PartitionStep.GridPiece piece : partition.grids()) {
                withGrids.add(piece.grid());
                polygons.put(piece.grid().code(), piece.polygon());
            }
        }
        Dataset all = withGrids.build();
        Progress.Counter parts = progress.counter("export", ExportStep.PARTS + 1, "outputs");
        List<String> written = ExportStep.run(options.out(), all, district.communityShapes(), polygons,
                cases == null ? List.of() : cases.cases(), parts);
        files.addAll(written);
        List<String> input = InputStep.run(options.out(), all, polygons, district.buildings());
        parts.add(1);
        files.addAll(input);
        written = new ArrayList<>(written);
        written.add(InputStep.FOLDER + "/ (unmasked, synthetic, " + input.size() + " files)");
        String detail = written.size() + " files: " + String.join(", ", written.stream()
                .map(f -> f.startsWith("csv/") ? "csv/" : f).distinct().toList());
        steps.add(StepOutcome.done("export", detail));
        progress.end("export", detail);
    }

    private ReportModel model(GeneratedDistrict district) {
        Dataset d = district.dataset();
        Map<AreaLevel, Integer> areasByLevel = new TreeMap<>();
        d.areas().forEach(a -> areasByLevel.merge(a.level(), 1, Integer::sum));
        long households = d.areas().stream().filter(a -> a.level() == AreaLevel.BUILDING)
                .mapToLong(a -> a.households().orElse(0)).sum();
        List<KeyNumber> counts = new ArrayList<>();
        counts.add(new KeyNumber("subdistricts", "街道 Subdistricts", str(areasByLevel.get(AreaLevel.SUBDISTRICT))));
        counts.add(new KeyNumber("communities", "社区 Communities", str(areasByLevel.get(AreaLevel.COMMUNITY))));
        counts.add(new KeyNumber("residential-groups", "居民小组 Residential groups",
                str(areasByLevel.get(AreaLevel.COMPOUND))));
        counts.add(new KeyNumber("organizations", "党组织 Party organisations", str(d.organizations().size())));
        counts.add(new KeyNumber("members", "党员 Party members", str(d.partyMembers().size())));
        counts.add(new KeyNumber("buildings", "楼栋 Buildings", str(district.buildings().size())));
        counts.add(new KeyNumber("households", "户 Households", String.valueOf(households)));
        counts.add(new KeyNumber("stationed-units", "驻区单位 Stationed units", str(d.stationedUnits().size())));
        counts.add(new KeyNumber("events", "事件 Events (year)", str(d.events().size())));
        counts.add(new KeyNumber("cases", "案件 Whistle cases (year)", str(district.cases().size())));
        counts.add(new KeyNumber("rivers", "河道 Rivers", str(district.rivers().size())));
        Map<ReserveTier, Integer> tiers = new TreeMap<>();
        d.cadres().forEach(c -> c.reserveTier().ifPresent(t -> tiers.merge(t, 1, Integer::sum)));
        counts.add(new KeyNumber("reserves", "后备力量 雏雁/壮雁/头雁 Reserves",
                str(tiers.get(ReserveTier.FLEDGLING)) + " / " + str(tiers.get(ReserveTier.RISING)) + " / "
                        + str(tiers.get(ReserveTier.LEADING))));
        counts.add(new KeyNumber("cadres-on-pay-scale", "4级12档 Cadres on the pay scale",
                String.valueOf(d.cadres().stream().filter(c -> c.payGrade().isPresent()).count())));
        keyNumbers.addAll(0, counts);

        List<Shape> communities = new ArrayList<>();
        List<ReportModel.Label> labels = new ArrayList<>();
        Map<String, String> names = new TreeMap<>();
        d.areas().stream().filter(a -> a.level() == AreaLevel.COMMUNITY).forEach(a -> names.put(a.id(), a.name()));
        district.communityShapes().forEach((id, shape) -> {
            String name = names.getOrDefault(id, id);
            double[] at = GridGrades.anchor(shape);
            communities.add(new Shape(id, name, GridGrades.rings(shape), "", "", false, at));
            labels.add(new ReportModel.Label("community", name, at[0], at[1]));
        });
        for (River r : district.rivers()) {
            int mid = r.size() / 2;
            labels.add(new ReportModel.Label("river", r.name(), r.lons().get(mid), r.lats().get(mid)));
        }
        List<Line> lines = new ArrayList<>();
        if (rivers == null) {
            for (River r : district.rivers()) {
                lines.add(new Line(r.id(), r.name(), toArray(r.lons()), toArray(r.lats()), "#1e88e5"));
            }
        } else {
            Map<String, String> riverNames = new TreeMap<>();
            district.rivers().forEach(r -> riverNames.put(r.id(), r.name()));
            for (LineSegment s : rivers.segments()) {
                Coordinate[] cs = s.geometry().getCoordinates();
                double[] lons = new double[cs.length];
                double[] lats = new double[cs.length];
                for (int i = 0; i < cs.length; i++) {
                    lons[i] = cs[i].x;
                    lats[i] = cs[i].y;
                }
                List<String> patrol = rivers.assignment().membersBySegment().getOrDefault(s.id(), List.of());
                lines.add(new Line(s.id(), riverNames.get(s.lineId()) + " 第" + (s.index() + 1) + "段 "
                        + Math.round(s.lengthMetres()) + " m, " + patrol.size() + " members",
                        lons, lats, s.index() % 2 == 0 ? "#1565c0" : "#42a5f5"));
            }
        }
        List<String> gridHeaders = List.of("网格 Grid");
        ReportModel.Table attention = new ReportModel.Table("attention-table", "No grids: the partition step did not run",
                gridHeaders, List.of());
        ReportModel.Table gridTable = new ReportModel.Table("grid-table", "No grids", gridHeaders, List.of());
        if (partition != null) {
            GridGrades.Result graded = GridGrades.of(partition, d.persons(), memberTotals, memberBanding, casesPerGrid);
            gridShapes.addAll(graded.shapes());
            legend.addAll(graded.legend());
            mapNote = graded.note();
            attention = graded.attention();
            gridTable = graded.all();
        }
        Shape outline = new Shape("district", options.spec().districtName(), GridGrades.rings(district.outline()), "", "",
                false, GridGrades.anchor(district.outline()));
        MapView map = new MapView(district.bounds(), outline, communities, gridShapes, lines, labels, legend, mapNote);
        Optional<ReportModel.Table> riverTable = Optional.empty();
        if (rivers != null) {
            Map<String, long[]> perRiver = new java.util.LinkedHashMap<>();
            for (LineSegment s : rivers.segments()) {
                long[] v = perRiver.computeIfAbsent(s.lineId(), k -> new long[3]);
                v[0]++;
                v[1] += Math.round(s.lengthMetres());
                v[2] += rivers.assignment().membersBySegment().getOrDefault(s.id(), List.of()).size();
            }
            Map<String, String> riverNames = new TreeMap<>();
            district.rivers().forEach(r -> riverNames.put(r.id(), r.name()));
            List<List<String>> rows = new ArrayList<>();
            perRiver.forEach((id, v) -> rows.add(List.of(riverNames.get(id), String.valueOf(v[0]), String.valueOf(v[1]),
                    String.valueOf(v[1] / v[0]), String.valueOf(v[2]))));
            riverTable = Optional.of(new ReportModel.Table("river-table", "Sections of equal length per river, "
                    + "members assigned by home community and balanced by length", List.of("河道 River",
                    "河段 Sections", "长度 Length (m)", "每段 Per section (m)", "巡河党员 Members"), rows));
        }
        String subtitle = options.spec().districtName() + " " + options.spec().districtCode() + " · "
                + options.spec().year() + " · seed " + options.seed();
        List<String> outputs = new ArrayList<>(files);
        outputs.add(REPORT_FILE);
        outputs.sort(null);
        return new ReportModel("基层治理数据演示 Jiceng demo report", subtitle, keyNumbers, steps, map, attention,
                gridTable, riverTable, TrendStep.run(d, options.spec().year()), histograms,
                scoreSummary, caseMetrics, caseNote, ProblemsStep.top(allProblems, TOP_PROBLEMS), problemsNote,
                PluginInventory.discover(Plugins.forDefaultClassLoader()),
                outputs, Optional.ofNullable(anticipation).map(AnticipationStep::view));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String str(Integer value) {
        return String.valueOf(value == null ? 0 : value);
    }
}
