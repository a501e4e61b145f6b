package org.jiceng.cases.anticipate;

import java.util.ArrayList;
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
    private final int[] prefix;
    private final int[] activePrefix;
    private final List<List<Signal>> byWeek;

    Series(String gridId, String situation, List<List<Signal>> byWeek) {
        this.gridId = gridId;
        this.situation = situation;
        int weeks = byWeek.size();
        this.prefix = new int[weeks + 1];
        this.activePrefix = new int[weeks + 1];
        List<List<Signal>> copy = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            List<Signal> signals = byWeek.get(w);
            prefix[w + 1] = prefix[w] + signals.size();
            activePrefix[w + 1] = activePrefix[w] + (signals.isEmpty() ? 0 : 1);
            copy.add(signals.isEmpty() ? List.of() : Collections.unmodifiableList(signals));
        }
        this.byWeek = Collections.unmodifiableList(copy);
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
        return byWeek.size();
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
     * @return the signals of those weeks in {@link Signal#ORDER}
     */
    public List<Signal> signals(int from, int to) {
        int a = clamp(from);
        int b = clamp(to);
        List<Signal> out = new ArrayList<>();
        for (int w = a; w < b; w++) {
            out.addAll(byWeek.get(w));
        }
        return out;
    }

    private int clamp(int week) {
        return Math.max(0, Math.min(week, byWeek.size()));
    }

    @Override
    public String toString() {
        return "Series[" + gridId + " × " + situation + ", " + prefix[prefix.length - 1] + " signals]";
    }
}
