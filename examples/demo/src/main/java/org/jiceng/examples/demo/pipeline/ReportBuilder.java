package org.jiceng.examples.demo.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.ReserveTier;
import org.jiceng.core.spi.Plugins;
import org.jiceng.examples.demo.generate.GeneratedDistrict;
import org.jiceng.examples.demo.generate.InjectedDefect;
import org.jiceng.examples.demo.generate.River;
import org.jiceng.examples.demo.report.ReportModel;
import org.jiceng.examples.demo.report.ReportModel.KeyNumber;
import org.jiceng.examples.demo.report.ReportModel.Line;
import org.jiceng.examples.demo.report.ReportModel.MapView;
import org.jiceng.examples.demo.report.ReportModel.Problem;
import org.jiceng.examples.demo.report.ReportModel.Shape;
import org.jiceng.examples.demo.report.ReportModel.Table;
import org.jiceng.grid.line.LineSegment;
import org.jiceng.scoring.Points;
import org.locationtech.jts.geom.Coordinate;

/**
 * Builds the {@link ReportModel} from the results of a demo run: the key numbers, the step outcomes, the
 * 党建地图 with its graded grids, the tables and notes. It only reads the step results; it computes
 * nothing the steps did not.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    /**
     * @param run the step results
     * @param plugins the plugins to list
     * @param reportFile the name of the report file, listed among the outputs
     * @param topProblems how many problem rules to list
     * @return what the report shows
     */
    public static ReportModel build(DemoRun run, Plugins plugins, String reportFile, int topProblems) {
        GeneratedDistrict district = run.district();
        Dataset d = district.dataset();
        List<KeyNumber> keyNumbers = new ArrayList<>(counts(district));
        keyNumbers.addAll(stepNumbers(run));

        GridGrades.Result graded = GridGrades.of(run.partition(), d.persons(), run.scoring().memberTotals(),
                run.scoring().memberBanding(), run.located().perGrid());
        MapView map = map(run, graded);
        Optional<Table> riverTable = run.rivers().map(r -> riverTable(district, r));

        CasesStep.Result cases = run.cases();
        String caseNote = "Every generated step was replayed through the SDK's case state machine; each is an audit"
                + " entry. " + (cases.assessed() ? "Points: " + CasesStep.ASSESSMENT_PACK + " applied to the assessment"
                        + " events of every whistle (一哨一考核)." : "The assessment pack " + CasesStep.ASSESSMENT_PACK
                        + " is not installed, so departments have no points.");
        List<Problem> problems = new ArrayList<>(run.validation().problems());
        problems.addAll(run.integrity().problems());
        problems.addAll(cases.refused());
        String problemsNote = "Rules from Bean Validation (error) and the registry's integrity report (warning), "
                + "largest first. The generator planted " + district.injectedDefects().size() + " defects on purpose ("
                + district.injectedDefects().stream().map(InjectedDefect::kind).distinct().sorted()
                        .collect(Collectors.joining(", ")) + ").";

        String subtitle = run.options().spec().districtName() + " " + run.options().spec().districtCode() + " · "
                + run.options().spec().year() + " · seed " + run.options().seed();
        List<String> outputs = new ArrayList<>(run.files());
        outputs.add(reportFile);
        outputs.sort(null);
        return new ReportModel("基层治理数据演示 Jiceng demo report", subtitle, keyNumbers, run.steps(), map,
                graded.attention(), graded.all(), riverTable, run.trend(), run.scoring().histograms(),
                Optional.of(run.scoring().summary()), Optional.of(cases.table()), caseNote,
                ProblemsStep.top(problems, topProblems), problemsNote, PluginInventory.discover(plugins), outputs,
                Optional.of(AnticipationStep.view(run.anticipation())));
    }

    /** The district's counts, the first key numbers. */
    private static List<KeyNumber> counts(GeneratedDistrict district) {
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
        return counts;
    }

    /** The key numbers of the steps, in pipeline order. */
    private static List<KeyNumber> stepNumbers(DemoRun run) {
        List<KeyNumber> numbers = new ArrayList<>();
        numbers.add(new KeyNumber("validation-violations", "校验问题 Validation violations",
                String.valueOf(run.validation().violations())));
        numbers.add(new KeyNumber("integrity-problems", "完整性问题 Integrity problems",
                String.valueOf(run.integrity().report().problems().size())));
        numbers.add(new KeyNumber("grids", "网格 Grids", String.valueOf(run.partition().grids().size())));
        numbers.add(new KeyNumber("grid-imbalance", "网格负载 max/avg (worst community)",
                String.format(Locale.ROOT, "%.3f", run.partition().worstImbalance())));
        run.rivers().ifPresent(r -> {
            numbers.add(new KeyNumber("river-sections", "河段 River sections", String.valueOf(r.segments().size())));
            numbers.add(new KeyNumber("river-patrol-members", "巡河党员 Patrol members", String.valueOf(r.members())));
        });
        Map<String, Long> memberTotals = run.scoring().memberTotals();
        if (!memberTotals.isEmpty()) {
            double mean = memberTotals.values().stream().mapToLong(Long::longValue).average().orElse(0) / Points.SCALE;
            numbers.add(new KeyNumber("member-mean-points", "党员平均积分 Mean member points",
                    String.format(Locale.ROOT, "%.1f", mean)));
        }
        numbers.add(new KeyNumber("cases-in-grids", "落格案件 Cases located to a grid",
                String.valueOf(run.located().inGrid())));
        var m = run.cases().metrics();
        numbers.add(new KeyNumber("case-closure-rate", "办结率 Case closure rate", DemoRun.percent(m.closureRate())));
        numbers.add(new KeyNumber("case-on-time-rate", "按时办结率 On-time rate", DemoRun.percent(m.onTimeRate())));
        numbers.add(new KeyNumber("cases-overdue", "超期案件 Overdue cases", String.valueOf(m.overdue())));
        numbers.add(new KeyNumber("anticipation-findings", "预判发现 Anticipation findings",
                String.valueOf(run.anticipation().report().findings().size())));
        numbers.add(new KeyNumber("proactive-rate", "未诉先办率 Handled before a complaint",
                DemoRun.percent(run.anticipation().metrics().handledBeforeComplaint())));
        return numbers;
    }

    /** The 党建地图: district outline, communities and their names, graded grids, river sections. */
    private static MapView map(DemoRun run, GridGrades.Result graded) {
        GeneratedDistrict district = run.district();
        List<Shape> communities = new ArrayList<>();
        List<ReportModel.Label> labels = new ArrayList<>();
        Map<String, String> names = new TreeMap<>();
        district.dataset().areas().stream().filter(a -> a.level() == AreaLevel.COMMUNITY)
                .forEach(a -> names.put(a.id(), a.name()));
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
        List<Line> lines = run.rivers().map(r -> sections(district, r)).orElseGet(() -> district.rivers().stream()
                .map(r -> new Line(r.id(), r.name(), toArray(r.lons()), toArray(r.lats()), "#1e88e5")).toList());
        Shape outline = new Shape("district", run.options().spec().districtName(), GridGrades.rings(district.outline()),
                "", "", false, GridGrades.anchor(district.outline()));
        return new MapView(district.bounds(), outline, communities, graded.shapes(), lines, labels, graded.legend(),
                graded.note());
    }

    private static List<Line> sections(GeneratedDistrict district, RiverStep.Result rivers) {
        Map<String, String> riverNames = new TreeMap<>();
        district.rivers().forEach(r -> riverNames.put(r.id(), r.name()));
        List<Line> lines = new ArrayList<>();
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
        return lines;
    }

    private static Table riverTable(GeneratedDistrict district, RiverStep.Result rivers) {
        Map<String, long[]> perRiver = new LinkedHashMap<>();
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
        return new Table("river-table", "Sections of equal length per river, members assigned by home community and "
                + "balanced by length", List.of("河道 River", "河段 Sections", "长度 Length (m)", "每段 Per section (m)",
                        "巡河党员 Members"), rows);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String str(Integer value) {
        return String.valueOf(value == null ? 0 : value);
    }
}
