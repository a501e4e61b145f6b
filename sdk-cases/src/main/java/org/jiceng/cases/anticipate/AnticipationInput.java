package org.jiceng.cases.anticipate;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.cases.Case;
import org.jiceng.cases.SituationCatalogue;

/**
 * What anticipation looks at: cases and visits over a period, the grids and situations to analyse and
 * which grids neighbour which (given as data, so no geometry is needed; derive it from sdk-grid's
 * coverage or from the community register).
 *
 * @param cases the cases, any order; they must be routed (carry a grid) to count
 * @param visits the household visits, any order
 * @param grids the grids analysed, distinct
 * @param neighbours grid → neighbouring grids; the relation is taken as symmetric
 * @param catalogue the situations analysed, and the keywords free-text tags are matched against
 * @param from first day of the period (Asia/Shanghai), included
 * @param to last day of the period, excluded
 */
public record AnticipationInput(List<Case> cases, List<Visit> visits, List<String> grids,
        Map<String, Set<String>> neighbours, SituationCatalogue catalogue, LocalDate from, LocalDate to) {

    /**
     * Copies the collections and checks the period.
     *
     * @param cases the cases, any order
     * @param visits the household visits, any order
     * @param grids the grids analysed, distinct
     * @param neighbours grid → neighbouring grids
     * @param catalogue the situations analysed
     * @param from first day of the period, included
     * @param to last day of the period, excluded
     */
    public AnticipationInput {
        cases = list(cases, "cases");
        visits = list(visits, "visits");
        grids = list(grids, "grids");
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        if (neighbours != null) {
            neighbours.forEach((g, n) -> copy.put(g, Set.copyOf(n)));
        }
        neighbours = Collections.unmodifiableMap(copy);
        nonNull(catalogue, "catalogue");
        nonNull(from, "from");
        nonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("Anticipation period end " + to + " must be after its start " + from);
        }
    }
}
