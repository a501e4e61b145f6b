package org.jiceng.cases.anticipate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Signals binned per grid × situation × ISO week (Monday to Sunday, Asia/Shanghai days), the input of
 * every detector. Week 0 is the ISO week containing the period's first day.
 *
 * <p>The grids and situations are declared, not taken from the signals: the number of tests a
 * detector corrects for ({@link #tests()}) is grids × situations, so that adding signals never changes
 * the threshold another grid is judged by. The neighbour relation is symmetric: listing {@code b} as a
 * neighbour of {@code a} makes each the other's neighbour.
 */
public final class SignalCube {

    private final LocalDate firstMonday;
    private final int weeks;
    private final List<String> grids;
    private final List<String> situations;
    private final Map<String, Integer> gridIndex;
    private final Map<String, Integer> situationIndex;
    private final Series[] cells;
    private final List<Series> nonEmpty;
    private final Map<String, Set<String>> neighbours;

    private SignalCube(LocalDate firstMonday, int weeks, List<String> grids, List<String> situations,
            Map<String, Integer> gridIndex, Map<String, Integer> situationIndex, Series[] cells,
            Map<String, Set<String>> neighbours) {
        this.firstMonday = firstMonday;
        this.weeks = weeks;
        this.grids = grids;
        this.situations = situations;
        this.gridIndex = gridIndex;
        this.situationIndex = situationIndex;
        this.cells = cells;
        List<Series> present = new ArrayList<>();
        for (Series s : cells) {
            if (s != null) {
                present.add(s);
            }
        }
        this.nonEmpty = Collections.unmodifiableList(present);
        this.neighbours = neighbours;
    }

    /**
     * Bins signals.
     *
     * @param from first day of the period, included
     * @param to last day of the period, excluded
     * @param grids the grids analysed, distinct
     * @param situations the situation codes analysed, distinct
     * @param neighbours grid → neighbouring grids (symmetric closure taken); grids without an entry
     *     have no neighbours
     * @param signals the signals, any order; each must be in the period, a declared grid and a declared
     *     situation
     * @return the cube
     * @throws IllegalArgumentException naming the first signal or neighbour outside what was declared
     */
    public static SignalCube of(LocalDate from, LocalDate to, List<String> grids, List<String> situations,
            Map<String, ? extends Collection<String>> neighbours, Collection<Signal> signals) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("Period end " + to + " must be after its start " + from);
        }
        Map<String, Integer> gridIndex = index(grids, "grid");
        Map<String, Integer> situationIndex = index(situations, "situation");
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) ((to.minusDays(1).toEpochDay() - firstMonday.toEpochDay()) / 7) + 1;
        Map<String, Set<String>> relation = new HashMap<>();
        neighbours.forEach((grid, list) -> {
            for (String other : list) {
                requireGrid(gridIndex, grid, "neighbour relation");
                requireGrid(gridIndex, other, "neighbour relation (neighbour of " + grid + ")");
                if (!other.equals(grid)) {
                    relation.computeIfAbsent(grid, g -> new TreeSet<>()).add(other);
                    relation.computeIfAbsent(other, g -> new TreeSet<>()).add(grid);
                }
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        relation.forEach((g, set) -> frozen.put(g, Collections.unmodifiableSet(set)));
        int cellCount = grids.size() * situations.size();
        // Counting sort by cell, then each cell's signals in Signal.ORDER (hence in week order).
        Signal[] all = signals.toArray(new Signal[0]);
        int[] cellOf = new int[all.length];
        int[] start = new int[cellCount + 1];
        for (int i = 0; i < all.length; i++) {
            Signal s = all[i];
            Integer g = gridIndex.get(s.gridId());
            Integer c = situationIndex.get(s.situation());
            if (g == null || c == null) {
                throw new IllegalArgumentException("Signal " + s.id() + " is for grid " + s.gridId() + " and situation "
                        + s.situation() + ", which are not both among the declared grids and situations");
            }
            if (s.date().isBefore(from) || !s.date().isBefore(to)) {
                throw new IllegalArgumentException("Signal " + s.id() + " on " + s.date() + " is outside the period ["
                        + from + ", " + to + ")");
            }
            cellOf[i] = g * situations.size() + c;
            start[cellOf[i] + 1]++;
        }
        for (int cell = 0; cell < cellCount; cell++) {
            start[cell + 1] += start[cell];
        }
        Signal[] byCell = new Signal[all.length];
        int[] next = start.clone();
        for (int i = 0; i < all.length; i++) {
            byCell[next[cellOf[i]]++] = all[i];
        }
        Series[] cells = new Series[cellCount];
        long monday = firstMonday.toEpochDay();
        for (int cell = 0; cell < cellCount; cell++) {
            int n = start[cell + 1] - start[cell];
            if (n == 0) {
                continue;
            }
            Signal[] sorted = Arrays.copyOfRange(byCell, start[cell], start[cell + 1]);
            Arrays.sort(sorted, Signal.ORDER);
            int[] weekOf = new int[n];
            for (int i = 0; i < n; i++) {
                weekOf[i] = (int) ((sorted[i].date().toEpochDay() - monday) / 7);
            }
            cells[cell] = new Series(grids.get(cell / situations.size()), situations.get(cell % situations.size()),
                    weeks, sorted, weekOf);
        }
        return new SignalCube(firstMonday, weeks, List.copyOf(grids), List.copyOf(situations), gridIndex,
                situationIndex, cells, frozen);
    }

    private static Map<String, Integer> index(List<String> ids, String what) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("A declared " + what + " id is blank");
            }
            if (map.putIfAbsent(id, map.size()) != null) {
                throw new IllegalArgumentException("The " + what + " " + id + " is declared twice");
            }
        }
        return map;
    }

    private static void requireGrid(Map<String, Integer> gridIndex, String grid, String where) {
        if (!gridIndex.containsKey(grid)) {
            throw new IllegalArgumentException("Grid " + grid + " in the " + where + " is not a declared grid");
        }
    }

    /** @return the number of weeks */
    public int weeks() {
        return weeks;
    }

    /**
     * @param week a week index
     * @return the Monday starting it
     */
    public LocalDate weekStart(int week) {
        return firstMonday.plusWeeks(week);
    }

    /**
     * @param week a week index
     * @return its ISO label, e.g. {@code 2024-W07}
     */
    public String isoWeek(int week) {
        return isoWeek(weekStart(week));
    }

    static String isoWeek(LocalDate monday) {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** @return the declared grids, in declaration order */
    public List<String> grids() {
        return grids;
    }

    /** @return the declared situations, in declaration order */
    public List<String> situations() {
        return situations;
    }

    /** @return the number of grid × situation series, the Bonferroni divisor */
    public int tests() {
        return grids.size() * situations.size();
    }

    /** @return the series with at least one signal, ordered by declared grid then situation */
    public List<Series> series() {
        return nonEmpty;
    }

    /**
     * @param gridId a grid
     * @param situation a situation code
     * @return its series, empty when it has no signal or is not declared
     */
    public Optional<Series> series(String gridId, String situation) {
        Integer g = gridIndex.get(gridId);
        Integer c = situationIndex.get(situation);
        if (g == null || c == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(cells[g * situations.size() + c]);
    }

    /**
     * @param gridId a grid
     * @return its neighbours, sorted by id (empty when none)
     */
    public Set<String> neighbours(String gridId) {
        return neighbours.getOrDefault(gridId, Set.of());
    }
}
