package org.jiceng.testkit.cases.sample;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.cases.Case;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.anticipate.AnticipationInput;
import org.jiceng.cases.anticipate.Visit;

/**
 * What {@link VisitYearGenerator} made: grids on a lattice with their neighbours, a year of routed cases
 * and household visits, and the patterns planted in them.
 *
 * @param spec what was asked for
 * @param grids the grid ids, row by row
 * @param neighbours grid → its lattice neighbours (up, down, left, right)
 * @param cases routed cases (each carries its grid), ordered by reception
 * @param visits visits, ordered by day then id
 * @param planted the planted patterns; empty when {@link VisitYearSpec#plant()} is false
 */
public record VisitYear(VisitYearSpec spec, List<String> grids, Map<String, Set<String>> neighbours, List<Case> cases,
        List<Visit> visits, List<PlantedPattern> planted) {

    /**
     * Copies the collections.
     *
     * @param spec what was asked for
     * @param grids the grid ids
     * @param neighbours grid → its lattice neighbours
     * @param cases routed cases
     * @param visits visits
     * @param planted the planted patterns
     */
    public VisitYear {
        grids = List.copyOf(grids);
        neighbours = Collections.unmodifiableMap(new LinkedHashMap<>(neighbours));
        cases = List.copyOf(cases);
        visits = List.copyOf(visits);
        planted = List.copyOf(planted);
    }

    /**
     * @return the input for anticipation over the calendar year (two years when the spec asks for the
     *     year before too), with the spec's catalogue
     */
    public AnticipationInput input() {
        return input(cases, visits);
    }

    /**
     * @param someCases cases (e.g. a subset or a reordering of {@link #cases()})
     * @param someVisits visits
     * @return the input over this year's grids, neighbours, catalogue and calendar year
     */
    public AnticipationInput input(List<Case> someCases, List<Visit> someVisits) {
        SituationCatalogue catalogue = spec.catalogue();
        return new AnticipationInput(someCases, someVisits, grids, neighbours, catalogue,
                LocalDate.of(spec.year() - (spec.yearBefore() ? 1 : 0), 1, 1), LocalDate.of(spec.year() + 1, 1, 1));
    }

    /**
     * @param a a grid
     * @param b another grid
     * @return the number of lattice steps between them (Manhattan distance)
     */
    public int distance(String a, String b) {
        int i = grids.indexOf(a);
        int j = grids.indexOf(b);
        int cols = spec.cols();
        return Math.abs(i / cols - j / cols) + Math.abs(i % cols - j % cols);
    }
}
