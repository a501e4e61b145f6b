package org.jiceng.cases.anticipate;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The weekly signal counts of one grid for one situation over the weeks of a {@link SignalCube}. Week
 * ranges are half-open, {@code [from, to)}, and clamped to the cube: weeks before 0 or from
 * {@link #weeks()} on count as empty.
 */
public final class Series {

    private final String gridId;
    private final String situation;
    /** prefix[w] = signals before week w, so week w's signals are {@code signals[prefix[w] .. prefix[w + 1])}. */
    private final int[] prefix;
    private final int[] activePrefix;
    private final List<Signal> signals;

    /**
     * @param gridId the grid
     * @param situation the situation
     * @param weeks number of weeks
     * @param sorted the signals in {@link Signal#ORDER} (hence in week order)
     * @param weekOf the week of each signal
     */
    Series(String gridId, String situation, int weeks, Signal[] sorted, int[] weekOf) {
        this.gridId = gridId;
        this.situation = situation;
        int[] counts = new int[weeks];
        for (int w : weekOf) {
            counts[w]++;
        }
        this.prefix = new int[weeks + 1];
        this.activePrefix = new int[weeks + 1];
        for (int w = 0; w < weeks; w++) {
            prefix[w + 1] = prefix[w] + counts[w];
            activePrefix[w + 1] = activePrefix[w] + (counts[w] == 0 ? 0 : 1);
        }
        this.signals = Collections.unmodifiableList(Arrays.asList(sorted));
    }

    /** @return the grid */
    public String gridId() {
        return gridId;
    }

    /** @return the situation code */
    public String situation() {
        return situation;
    }

    /** @return the number of weeks */
    public int weeks() {
        return prefix.length - 1;
    }

    /**
     * @param week a week index
     * @return the signals in that week (0 outside the cube)
     */
    public int count(int week) {
        return sum(week, week + 1);
    }

    /**
     * @param from first week, included
     * @param to last week, excluded
     * @return the number of signals in those weeks
     */
    public int sum(int from, int to) {
        int a = clamp(from);
        int b = clamp(to);
        return b <= a ? 0 : prefix[b] - prefix[a];
    }

    /**
     * @param from first week, included
     * @param to last week, excluded
     * @return how many of those weeks have at least one signal
     */
    public int activeWeeks(int from, int to) {
        int a = clamp(from);
        int b = clamp(to);
        return b <= a ? 0 : activePrefix[b] - activePrefix[a];
    }

    /**
     * @param from first week, included
     * @param to last week, excluded
     * @return the signals of those weeks in {@link Signal#ORDER} (a view)
     */
    public List<Signal> signals(int from, int to) {
        int a = clamp(from);
        int b = clamp(to);
        return b <= a ? List.of() : signals.subList(prefix[a], prefix[b]);
    }

    private int clamp(int week) {
        return Math.max(0, Math.min(week, prefix.length - 1));
    }

    @Override
    public String toString() {
        return "Series[" + gridId + " × " + situation + ", " + prefix[prefix.length - 1] + " signals]";
    }
}
