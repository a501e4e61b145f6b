package org.jiceng.testkit.cases.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.Situation;
import org.jiceng.cases.WhistleKind;
import org.jiceng.cases.anticipate.Visit;

/**
 * Generates a deterministic year of routed cases and household visits (民情日记) on a lattice of grids,
 * optionally with planted patterns, for tests, demos and benchmarks of anticipation:
 * <pre>{@code
 * VisitYear year = VisitYearGenerator.generate(VisitYearSpec.small(42, true));
 * AnticipationReport report = Anticipation.anticipator(AnticipationRules.builtIn()).detect(year.input());
 * }</pre>
 *
 * <p><b>Background</b> (pattern-free: nothing in it should be flagged). Grids are {@code G001}, ... row
 * by row on a {@code rows × cols} lattice whose neighbours are up, down, left and right. Each grid has an
 * activity factor drawn from [0.5, 2); situations are drawn with weights 1, 1/2, 1/3, ... in catalogue
 * order, so some are common and the last ones rare. Cases and visits fall on uniformly random days of
 * the year in a grid drawn in proportion to its activity. A share of visits raises one situation (one in
 * ten raises two), a fifth of those by a tag equal to the situation's keyword instead of its code; the
 * others note no situation (tag {@code 走访}). About a third of visits note a resident's name and phone.
 *
 * <p><b>Planted patterns</b> ({@link VisitYearSpec#plant()}), on the five rarest situations, in grids
 * chosen at random but apart from each other, and listed in {@link VisitYear#planted()}:
 * <ol>
 *   <li>two <em>recurring</em> patterns: one signal a week for 12 consecutive weeks starting in week
 *       20–34 (after enough history to compare with), alternately a visit and a complaint;</li>
 *   <li>two <em>emerging</em> patterns: 8 signals (5 visits, 3 complaints) within one week in week
 *       14–46;</li>
 *   <li>one <em>cluster</em>: in one week in week 14–46, 5 visits in an interior grid and 3 in each of its
 *       4 neighbours.</li>
 *   <li>with {@link VisitYearSpec#withYearBefore()}, one <em>seasonal</em> pattern: 2 signals a week (a
 *       visit and a complaint) for 4 weeks starting in week 14–43 of the year before, and again in the same
 *       weeks 52 weeks later; the seasonal detector should warn just before the second rise. Too few in a
 *       week or in ten for any other detector.</li>
 * </ol>
 * The background is drawn from its own random stream, so the same seed gives the same background with
 * and without the planted patterns; the year before, when asked for, has a background of the same size
 * from a third stream, on the same grid activities, so the year itself stays the same too.
 */
public final class VisitYearGenerator {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};

    private VisitYearGenerator() {
    }

    /**
     * @param spec what to generate
     * @return the year
     */
    public static VisitYear generate(VisitYearSpec spec) {
        SplittableRandom root = new SplittableRandom(spec.seed());
        SplittableRandom background = root.split();
        SplittableRandom planting = root.split();
        SplittableRandom yearBefore = root.split();
        List<String> grids = new ArrayList<>();
        for (int i = 0; i < spec.rows() * spec.cols(); i++) {
            grids.add(String.format(Locale.ROOT, "G%03d", i + 1));
        }
        Map<String, Set<String>> neighbours = lattice(grids, spec.rows(), spec.cols());
        List<Situation> situations = spec.catalogue().situations();
        Picker gridPicker = Picker.of(grids.size(), i -> 0.5 + 1.5 * background.nextDouble());
        Picker situationPicker = Picker.of(situations.size(), i -> 1.0 / (i + 1));
        Map<String, String> uniqueKeyword = uniqueKeywords(situations);
        List<Case> cases = new ArrayList<>(spec.caseCount());
        List<Visit> visits = new ArrayList<>(spec.visitCount());
        background(spec, spec.year(), background, grids, gridPicker, situationPicker, uniqueKeyword, cases, visits);
        if (spec.yearBefore()) {
            background(spec, spec.year() - 1, yearBefore, grids, gridPicker, situationPicker, uniqueKeyword, cases,
                    visits);
        }
        List<PlantedPattern> planted = new ArrayList<>();
        if (spec.plant()) {
            planted.addAll(plant(spec, planting, grids, neighbours, situations, cases, visits));
        }
        cases.sort(Comparator.comparing(Case::createdAt).thenComparing(Case::id));
        visits.sort(Comparator.comparing(Visit::date).thenComparing(Visit::id));
        return new VisitYear(spec, grids, neighbours, cases, visits, planted);
    }

    /** One calendar year of pattern-free cases and visits. */
    private static void background(VisitYearSpec spec, int year, SplittableRandom background, List<String> grids,
            Picker gridPicker, Picker situationPicker, Map<String, String> uniqueKeyword, List<Case> cases,
            List<Visit> visits) {
        List<Situation> situations = spec.catalogue().situations();
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        for (int i = 0; i < spec.caseCount(); i++) {
            String grid = grids.get(gridPicker.pick(background));
            Situation s = situations.get(situationPicker.pick(background));
            LocalDate day = first.plusDays(background.nextInt(days));
            cases.add(routedCase(String.format(Locale.ROOT, "C-%d-%05d", year, i + 1), s, grid,
                    instant(day, background), s.kind()));
        }
        for (int i = 0; i < spec.visitCount(); i++) {
            String grid = grids.get(gridPicker.pick(background));
            LocalDate day = first.plusDays(background.nextInt(days));
            List<String> codes = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            if (background.nextDouble() < spec.situationShare()) {
                int n = background.nextDouble() < 0.1 ? 2 : 1;
                for (int k = 0; k < n; k++) {
                    Situation s = situations.get(situationPicker.pick(background));
                    String keyword = uniqueKeyword.get(s.code());
                    if (keyword != null && background.nextDouble() < 0.2) {
                        tags.add(keyword);
                    } else {
                        codes.add(s.code());
                    }
                }
            } else {
                tags.add("走访");
            }
            visits.add(visit(String.format(Locale.ROOT, "V-%d-%05d", year, i + 1), grid, day, codes, tags,
                    background));
        }
    }

    private static List<PlantedPattern> plant(VisitYearSpec spec, SplittableRandom r, List<String> grids,
            Map<String, Set<String>> neighbours, List<Situation> situations, List<Case> cases, List<Visit> visits) {
        int n = situations.size();
        Set<String> used = new HashSet<>();
        List<PlantedPattern> out = new ArrayList<>();
        LocalDate monday0 = LocalDate.of(spec.year(), 1, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // Cluster first: it needs an interior grid whose neighbours are all free.
        int row = 1 + r.nextInt(spec.rows() - 2);
        int col = 1 + r.nextInt(spec.cols() - 2);
        String centre = grids.get(row * spec.cols() + col);
        List<String> ring = new ArrayList<>(neighbours.get(centre));
        reserve(used, neighbours, centre);
        ring.forEach(g -> reserve(used, neighbours, g));
        Situation clusterSituation = situations.get(n - 5);
        int clusterWeek = 14 + r.nextInt(33);
        List<String> clusterIds = new ArrayList<>();
        clusterIds.addAll(plantVisits("PV-cluster-" + centre, centre, clusterSituation, monday0.plusWeeks(clusterWeek),
                5, r, visits));
        for (String g : ring) {
            clusterIds.addAll(plantVisits("PV-cluster-" + g, g, clusterSituation, monday0.plusWeeks(clusterWeek), 3, r,
                    visits));
        }
        List<String> clusterGrids = new ArrayList<>();
        clusterGrids.add(centre);
        clusterGrids.addAll(ring);
        out.add(new PlantedPattern("cluster", clusterSituation.code(), clusterGrids, monday0.plusWeeks(clusterWeek),
                monday0.plusWeeks(clusterWeek), clusterIds));
        for (int k = 0; k < 2; k++) {
            String grid = freeGrid(r, grids, neighbours, used);
            Situation s = situations.get(n - 1 - k);
            int start = 20 + r.nextInt(15);
            List<String> ids = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                LocalDate monday = monday0.plusWeeks(start + w);
                if (w % 2 == 0) {
                    ids.addAll(plantVisits("PV-recurring-" + grid + "-" + w, grid, s, monday, 1, r, visits));
                } else {
                    ids.addAll(plantCases("PC-recurring-" + grid + "-" + w, grid, s, monday, 1, r, cases));
                }
            }
            out.add(new PlantedPattern("recurring", s.code(), List.of(grid), monday0.plusWeeks(start),
                    monday0.plusWeeks(start + 11), ids));
        }
        for (int k = 0; k < 2; k++) {
            String grid = freeGrid(r, grids, neighbours, used);
            Situation s = situations.get(n - 3 - k);
            LocalDate monday = monday0.plusWeeks(14 + r.nextInt(33));
            List<String> ids = new ArrayList<>();
            ids.addAll(plantVisits("PV-emerging-" + grid, grid, s, monday, 5, r, visits));
            ids.addAll(plantCases("PC-emerging-" + grid, grid, s, monday, 3, r, cases));
            out.add(new PlantedPattern("emerging", s.code(), List.of(grid), monday, monday, ids));
        }
        if (spec.yearBefore()) {
            out.add(plantSeasonal(spec, r, grids, neighbours, used, situations.get(n - 6), cases, visits));
        }
        return out;
    }

    /**
     * The same four weeks in two years: 2 signals a week (a visit and a complaint) in weeks {@code w} to
     * {@code w + 3} of the year before and 52 weeks later, the distance the seasonal detector looks back.
     */
    private static PlantedPattern plantSeasonal(VisitYearSpec spec, SplittableRandom r, List<String> grids,
            Map<String, Set<String>> neighbours, Set<String> used, Situation s, List<Case> cases, List<Visit> visits) {
        String grid = freeGrid(r, grids, neighbours, used);
        LocalDate monday0 = LocalDate.of(spec.year() - 1, 1, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int start = 14 + r.nextInt(30);
        List<String> ids = new ArrayList<>();
        for (int year = 0; year < 2; year++) {
            for (int w = 0; w < 4; w++) {
                LocalDate monday = monday0.plusWeeks(start + 52L * year + w);
                String tag = "-seasonal-" + grid + "-" + year + "-" + w;
                ids.addAll(plantVisits("PV" + tag, grid, s, monday, 1, r, visits));
                ids.addAll(plantCases("PC" + tag, grid, s, monday, 1, r, cases));
            }
        }
        return new PlantedPattern("seasonal", s.code(), List.of(grid), monday0.plusWeeks(start),
                monday0.plusWeeks(start + 3), ids);
    }

    /** Marks a grid and its neighbours as taken, so later patterns stay apart. */
    private static void reserve(Set<String> used, Map<String, Set<String>> neighbours, String grid) {
        used.add(grid);
        used.addAll(neighbours.get(grid));
    }

    private static String freeGrid(SplittableRandom r, List<String> grids, Map<String, Set<String>> neighbours,
            Set<String> used) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String g = grids.get(r.nextInt(grids.size()));
            if (!used.contains(g)) {
                reserve(used, neighbours, g);
                return g;
            }
        }
        throw new IllegalArgumentException("The lattice of " + grids.size() + " grids is too small to keep the planted"
                + " patterns apart");
    }

    private static List<String> plantVisits(String prefix, String grid, Situation s, LocalDate monday, int count,
            SplittableRandom r, List<Visit> visits) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            visits.add(visit(id, grid, monday.plusDays(r.nextInt(7)), List.of(s.code()), List.of(), r));
            ids.add(id);
        }
        return ids;
    }

    private static List<String> plantCases(String prefix, String grid, Situation s, LocalDate monday, int count,
            SplittableRandom r, List<Case> cases) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            cases.add(routedCase(id, s, grid, instant(monday.plusDays(r.nextInt(7)), r), WhistleKind.COMPLAINT));
            ids.add(id);
        }
        return ids;
    }

    private static Case routedCase(String id, Situation s, String grid, Instant at, WhistleKind kind) {
        CaseLocation where = new CaseLocation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(grid));
        return Case.builder(id, s).kind(kind).description(s.name()).location(where).receivedAt(at, "grid-worker-" + grid)
                .build();
    }

    private static Visit visit(String id, String grid, LocalDate day, List<String> codes, List<String> tags,
            SplittableRandom r) {
        int household = r.nextInt(450);
        boolean resident = r.nextInt(3) == 0;
        Optional<String> name = resident ? Optional.of(SURNAMES[r.nextInt(SURNAMES.length)] + "某某") : Optional.empty();
        Optional<String> phone = resident
                ? Optional.of("139" + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000))) : Optional.empty();
        boolean raised = !codes.isEmpty() || !tags.contains("走访");
        return new Visit(id, grid, Optional.of(grid + "-X" + household / 150), Optional.of(grid + "-H" + household),
                "member-" + grid + "-" + r.nextInt(8), day, codes, tags, raised && r.nextBoolean(), name, phone,
                raised ? "反映问题" : "");
    }

    private static Instant instant(LocalDate day, SplittableRandom r) {
        return day.atTime(8, 0).plusMinutes(r.nextInt(12 * 60)).atZone(org.jiceng.core.time.ChinaTime.ZONE).toInstant();
    }

    private static Map<String, Set<String>> lattice(List<String> grids, int rows, int cols) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < grids.size(); i++) {
            int row = i / cols;
            int col = i % cols;
            Set<String> n = new TreeSet<>();
            if (row > 0) {
                n.add(grids.get(i - cols));
            }
            if (row < rows - 1) {
                n.add(grids.get(i + cols));
            }
            if (col > 0) {
                n.add(grids.get(i - 1));
            }
            if (col < cols - 1) {
                n.add(grids.get(i + 1));
            }
            map.put(grids.get(i), Set.copyOf(n));
        }
        return map;
    }

    /** Situation code → its first keyword that no other situation has. */
    private static Map<String, String> uniqueKeywords(List<Situation> situations) {
        Map<String, Integer> uses = new HashMap<>();
        situations.forEach(s -> s.keywords().forEach(k -> uses.merge(k, 1, Integer::sum)));
        Map<String, String> out = new HashMap<>();
        for (Situation s : situations) {
            s.keywords().stream().filter(k -> Objects.equals(uses.get(k), 1)).findFirst().ifPresent(k -> out.put(s.code(), k));
        }
        return out;
    }

    /** Draws an index with fixed weights. */
    private record Picker(double[] cumulative) {
        static Picker of(int n, java.util.function.IntToDoubleFunction weight) {
            double[] c = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += weight.applyAsDouble(i);
                c[i] = sum;
            }
            return new Picker(c);
        }

        int pick(SplittableRandom r) {
            double u = r.nextDouble() * cumulative[cumulative.length - 1];
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }
}
