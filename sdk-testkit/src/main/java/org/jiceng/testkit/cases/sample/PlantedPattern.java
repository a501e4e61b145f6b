package org.jiceng.testkit.cases.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * A pattern {@link VisitYearGenerator} planted on top of the background, and where a detector should
 * find it.
 *
 * @param kind {@code recurring}, {@code emerging}, {@code cluster} or {@code seasonal} (the detector
 *     expected to raise it)
 * @param situation the situation code
 * @param gridIds the grids; the first is the one a finding should name first (the centre of a cluster)
 * @param firstWeek the Monday of the first planted week (of a seasonal pattern: in the year before)
 * @param lastWeek the Monday of the last planted week (of a seasonal pattern: in the year before; it recurs
 *     52 weeks later)
 * @param ids the ids of the planted cases and visits
 */
public record PlantedPattern(String kind, String situation, List<String> gridIds, LocalDate firstWeek,
        LocalDate lastWeek, List<String> ids) {

    /**
     * Copies the lists.
     *
     * @param kind the detector expected to raise it
     * @param situation the situation code
     * @param gridIds the grids, centre first
     * @param firstWeek the Monday of the first planted week
     * @param lastWeek the Monday of the last planted week
     * @param ids the ids of the planted cases and visits
     */
    public PlantedPattern {
        gridIds = List.copyOf(gridIds);
        ids = List.copyOf(ids);
    }

    /**
     * @param grid a grid
     * @param situationCode a situation
     * @param mondayOfWeek the Monday of a week
     * @return true when the pattern plants signals for that situation in that grid in that week
     */
    public boolean covers(String grid, String situationCode, LocalDate mondayOfWeek) {
        return situation.equals(situationCode) && gridIds.contains(grid) && !mondayOfWeek.isBefore(firstWeek)
                && !mondayOfWeek.isAfter(lastWeek);
    }
}
