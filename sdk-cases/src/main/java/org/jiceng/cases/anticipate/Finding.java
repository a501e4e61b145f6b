package org.jiceng.cases.anticipate;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Something a detector saw coming: a situation recurring in a grid, rising above the grid's own
 * baseline, rising in a cluster of neighbouring grids, or due again because it rose in the same weeks a
 * year ago. A finding covers a run of consecutive weeks
 * in which the detector's test held; its evidence is taken at the first of them, the week it would
 * have been raised.
 *
 * @param id stable id: detector, situation, first grid and ISO week of the first week
 * @param detector the name of the detector that raised it ({@code recurring}, {@code emerging},
 *     {@code cluster}, {@code seasonal} or a plugin's)
 * @param situation the situation code
 * @param gridIds the grids concerned; the first is where it was raised (the centre of a cluster)
 * @param firstWeek the Monday of the first week the test held
 * @param lastWeek the Monday of the last consecutive week it held
 * @param evidence the numbers and records behind it, at the first week
 * @param reason one line saying why, in English, e.g. {@code 9 signals in 1 week vs 0.03 expected ...}
 */
public record Finding(String id, String detector, String situation, List<String> gridIds, LocalDate firstWeek,
        LocalDate lastWeek, Evidence evidence, String reason) {

    /** The order findings are reported in: first week, detector, situation, grids. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::firstWeek)
            .thenComparing(Finding::detector).thenComparing(Finding::situation)
            .thenComparing(f -> String.join(",", f.gridIds())).thenComparing(Finding::id);

    /**
     * Checks the components.
     *
     * @param id stable id
     * @param detector the detector's name
     * @param situation the situation code
     * @param gridIds the grids concerned, at least one
     * @param firstWeek the Monday of the first week the test held
     * @param lastWeek the Monday of the last consecutive week it held
     * @param evidence the numbers and records behind it
     * @param reason one line saying why
     */
    public Finding {
        nonBlank(id, "Finding id");
        nonBlank(detector, "Finding " + id + " detector");
        nonBlank(situation, "Finding " + id + " situation");
        gridIds = list(gridIds, "gridIds");
        if (gridIds.isEmpty()) {
            throw new IllegalArgumentException("Finding " + id + " names no grid");
        }
        nonNull(firstWeek, "Finding " + id + " firstWeek");
        nonNull(lastWeek, "Finding " + id + " lastWeek");
        if (lastWeek.isBefore(firstWeek)) {
            throw new IllegalArgumentException("Finding " + id + " ends (" + lastWeek + ") before it starts ("
                    + firstWeek + ")");
        }
        nonNull(evidence, "Finding " + id + " evidence");
        nonBlank(reason, "Finding " + id + " reason");
    }

    /**
     * @param detector the detector's name
     * @param situation the situation code
     * @param gridIds the grids, the first being where it was raised
     * @param firstWeek the Monday of the first week
     * @param lastWeek the Monday of the last week
     * @param evidence the evidence
     * @param reason why
     * @return a finding with the stable id {@code detector/situation/grid/ISO week}
     */
    public static Finding of(String detector, String situation, List<String> gridIds, LocalDate firstWeek,
            LocalDate lastWeek, Evidence evidence, String reason) {
        String id = detector + "/" + situation + "/" + gridIds.get(0) + "/" + SignalCube.isoWeek(firstWeek);
        return new Finding(id, detector, situation, gridIds, firstWeek, lastWeek, evidence, reason);
    }

    /** @return the grid where it was raised */
    public String gridId() {
        return gridIds.get(0);
    }

    /** @return the ISO week it was first raised, e.g. {@code 2024-W07} */
    public String isoWeek() {
        return SignalCube.isoWeek(firstWeek);
    }

    /** @return the ISO week of the last consecutive week its test held */
    public String lastIsoWeek() {
        return SignalCube.isoWeek(lastWeek);
    }
}
