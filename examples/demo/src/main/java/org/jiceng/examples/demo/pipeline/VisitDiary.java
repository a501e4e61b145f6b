package org.jiceng.examples.demo.pipeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.jiceng.cases.Situation;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.anticipate.Visit;

/**
 * The district's 民情日记 for the year: household visits by grid workers and party members on the grids of
 * the partition, deterministic from the seed. {@value #VISITS_PER_GRID} background visits per grid fall
 * on random days in random grids; one in four raises a situation of the built-in catalogue (drawn with weights 1, 1/2,
 * 1/3, ... in catalogue order), the others note none. On top, three documented patterns are planted,
 * like the district's planted data defects, for the 未诉先办 step to find:
 * <ol>
 *   <li><b>recurring</b>: 内涝积水 (E02) noted in one grid every week of the rainy season, ISO weeks
 *       23–34;</li>
 *   <li><b>emerging</b>: 燃气泄漏 (E03) noted on 8 visits in one grid in week 40;</li>
 *   <li><b>cluster</b>: 历史遗留产权办证 (T02) noted on 5 visits in one grid and 3 in each of its
 *       neighbours in week 18.</li>
 * </ol>
 * The grids are chosen from the seed: the cluster's centre is a grid with the most neighbours (at least
 * two); the other two are neither the cluster's grids nor their neighbours. A district too small to keep
 * the patterns apart gets fewer of them; {@link Result#planted()} lists those planted.
 */
public final class VisitDiary {

    /** Background visits per grid in the year (one every two weeks). */
    static final int VISITS_PER_GRID = 26;

    /**
     * A planted pattern.
     *
     * @param kind the detector expected to find it
     * @param situation the situation code
     * @param gridIds its grids, the centre first
     * @param firstWeek the Monday of its first week
     * @param lastWeek the Monday of its last week
     */
    public record Planted(String kind, String situation, List<String> gridIds, LocalDate firstWeek, LocalDate lastWeek) {
    }

    /**
     * @param visits every visit, by day then id
     * @param planted the planted patterns
     */
    record Result(List<Visit> visits, List<Planted> planted) {
    }

    private VisitDiary() {
    }

    static Result generate(List<String> grids, Map<String, Set<String>> neighbours, int year, long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5EED_D1A7L);
        List<Situation> situations = SituationCatalogue.defaults().situations();
        double[] cumulative = new double[situations.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < VISITS_PER_GRID * grids.size(); i++) {
            String grid = grids.get(r.nextInt(grids.size()));
            List<String> codes = new ArrayList<>();
            if (r.nextInt(4) == 0) {
                double u = r.nextDouble() * sum;
                int k = 0;
                while (cumulative[k] <= u) {
                    k++;
                }
                codes.add(situations.get(k).code());
            }
            visits.add(visit(String.format(Locale.ROOT, "V-%05d", i + 1), grid,
                    first.plusDays(r.nextInt(first.lengthOfYear())), codes, r));
        }
        List<Planted> planted = plant(grids, neighbours, year, r, visits);
        visits.sort(Comparator.comparing(Visit::date).thenComparing(Visit::id));
        return new Result(List.copyOf(visits), planted);
    }

    private static List<Planted> plant(List<String> grids, Map<String, Set<String>> neighbours, int year,
            SplittableRandom r, List<Visit> visits) {
        LocalDate monday1 = LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int most = grids.stream().mapToInt(g -> neighbours.getOrDefault(g, Set.of()).size()).max().orElse(0);
        if (most < 2) {
            return List.of();
        }
        List<String> centres = grids.stream().filter(g -> neighbours.getOrDefault(g, Set.of()).size() == most).toList();
        String centre = centres.get(r.nextInt(centres.size()));
        Set<String> taken = new HashSet<>();
        List<String> cluster = new ArrayList<>();
        cluster.add(centre);
        cluster.addAll(neighbours.get(centre));
        for (String g : cluster) {
            taken.add(g);
            taken.addAll(neighbours.getOrDefault(g, Set.of()));
        }
        List<Planted> out = new ArrayList<>();
        LocalDate week18 = monday1.plusWeeks(17);
        for (String g : cluster) {
            add(visits, "PV-T02-" + g, g, "T02", week18, g.equals(centre) ? 5 : 3, r);
        }
        out.add(new Planted("cluster", "T02", cluster, week18, week18));
        Optional<String> recurring = free(grids, neighbours, taken, r);
        if (recurring.isPresent()) {
            String g = recurring.get();
            for (int w = 23; w <= 34; w++) {
                add(visits, "PV-E02-" + g + "-W" + w, g, "E02", monday1.plusWeeks(w - 1), 1, r);
            }
            out.add(new Planted("recurring", "E02", List.of(g), monday1.plusWeeks(22), monday1.plusWeeks(33)));
        }
        Optional<String> emerging = free(grids, neighbours, taken, r);
        if (emerging.isPresent()) {
            LocalDate week40 = monday1.plusWeeks(39);
            add(visits, "PV-E03-" + emerging.get(), emerging.get(), "E03", week40, 8, r);
            out.add(new Planted("emerging", "E03", List.of(emerging.get()), week40, week40));
        }
        return out;
    }

    private static Optional<String> free(List<String> grids, Map<String, Set<String>> neighbours, Set<String> taken,
            SplittableRandom r) {
        List<String> free = grids.stream().filter(g -> !taken.contains(g)).toList();
        if (free.isEmpty()) {
            return Optional.empty();
        }
        String g = free.get(r.nextInt(free.size()));
        taken.add(g);
        taken.addAll(neighbours.getOrDefault(g, Set.of()));
        return Optional.of(g);
    }

    private static void add(List<Visit> visits, String prefix, String grid, String situation, LocalDate monday,
            int count, SplittableRandom r) {
        for (int i = 0; i < count; i++) {
            visits.add(visit(prefix + "-" + i, grid, monday.plusDays(r.nextInt(7)), List.of(situation), r));
        }
    }

    private static Visit visit(String id, String grid, LocalDate day, List<String> codes, SplittableRandom r) {
        int household = r.nextInt(450);
        boolean named = r.nextInt(3) == 0;
        return new Visit(id, grid, Optional.empty(), Optional.of(grid + "-H" + household),
                "member-" + grid + "-" + r.nextInt(6), day, codes, codes.isEmpty() ? List.of("走访") : List.of(),
                !codes.isEmpty() && r.nextBoolean(),
                named ? Optional.of("居民" + household) : Optional.empty(),
                named ? Optional.of("139" + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000))) : Optional.empty(),
                codes.isEmpty() ? "" : "反映问题");
    }
}
