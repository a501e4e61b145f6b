package org.jiceng.cases.anticipate.internal;

import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.cases.anticipate.Series;

/**
 * A grid's own weekly rate for a situation: the mean over the {@code historyWeeks} weeks before a
 * window, shrunk toward a background rate as if {@code priorWeeks} weeks at that rate had also been
 * seen: {@code (signals in history + background × prior) / (history weeks available + prior)}. Weeks
 * before the cube's first week are not available, so early in the period the estimate leans on the
 * background rate. Not API.
 *
 * @param historyWeeks weeks of history before the window
 * @param background the background rate per week
 * @param priorWeeks the weight of the background, in weeks
 */
public record Baseline(int historyWeeks, double background, double priorWeeks) {

    /** Parameter names this baseline reads. */
    static final String HISTORY = "historyWeeks";
    static final String BACKGROUND = "backgroundRatePerWeek";
    static final String PRIOR = "priorWeeks";

    static Baseline from(DetectorSettings s) {
        return new Baseline(s.wholeNumber(HISTORY, 1), s.positive(BACKGROUND), s.positive(PRIOR));
    }

    /**
     * @param series the series, or null for a series without signals
     * @param windowStart the first week of the window (may be negative)
     * @return the expected signals per week
     */
    double rate(Series series, int windowStart) {
        int from = Math.max(0, windowStart - historyWeeks);
        int available = Math.max(0, windowStart - from);
        int seen = series == null ? 0 : series.sum(from, windowStart);
        return (seen + background * priorWeeks) / (available + priorWeeks);
    }
}
