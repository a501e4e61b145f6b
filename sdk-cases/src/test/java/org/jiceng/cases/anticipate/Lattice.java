package org.jiceng.cases.anticipate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.cases.Case;
import org.jiceng.cases.SituationCatalogue;

/** A 3 × 3 lattice of grids g01..g09 (4-neighbours) and half a year from Monday 2024-01-01, for hand-made tests. */
final class Lattice {

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2024, 7, 1);
    static final SituationCatalogue CATALOGUE = SituationCatalogue.defaults();
    static final List<String> GRIDS = List.of("g01", "g02", "g03", "g04", "g05", "g06", "g07", "g08", "g09");
    static final Map<String, Set<String>> NEIGHBOURS = neighbours();
    /** alpha 0.01 over 9 grids × 20 situations. */
    static final double THRESHOLD = 0.01 / (9 * 20);

    private Lattice() {
    }

    private static Map<String, Set<String>> neighbours() {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            Set<String> n = new TreeSet<>();
            int r = i / 3;
            int c = i % 3;
            if (r > 0) {
                n.add(GRIDS.get(i - 3));
            }
            if (c > 0) {
                n.add(GRIDS.get(i - 1));
            }
            map.put(GRIDS.get(i), n);
        }
        return map;
    }

    /** @return the Monday of a week index */
    static LocalDate week(int w) {
        return FROM.plusWeeks(w);
    }

    /** @return {@code count} visits in one grid, week and situation, on Tuesday to Saturday */
    static List<Visit> visits(String prefix, String grid, String situation, int week, int count) {
        List<Visit> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(Visit.of(String.format(Locale.ROOT, "%s-%s-%02d-%d", prefix, grid, week, i), grid, "cadre-1",
                    week(week).plusDays(1 + i % 5), List.of(situation)));
        }
        return out;
    }

    static AnticipationInput input(List<Case> cases, List<Visit> visits) {
        return new AnticipationInput(cases, visits, GRIDS, NEIGHBOURS, CATALOGUE, FROM, TO);
    }

    static AnticipationReport detect(List<Visit> visits) {
        return Anticipation.anticipator(AnticipationRules.builtIn()).detect(input(List.of(), visits));
    }
}
