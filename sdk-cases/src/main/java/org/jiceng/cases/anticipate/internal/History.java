package org.jiceng.cases.anticipate.internal;

import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.cases.anticipate.Series;

/**
 * A grid's own history for a situation: the {@code historyWeeks} weeks just before a window (fewer
 * near the start of the period). Detectors compare the window with it by a conditional test, which
 * accounts for how little a short history tells: no test is made with fewer than
 * {@code minHistoryWeeks} weeks. Only the series' own counts are used, so a grid's findings never
 * depend on other grids. Not API.
 *
 * @param historyWeeks weeks of history wanted before the window
 * @param minHistoryWeeks the fewest weeks a test is made with
 */
record History(int historyWeeks, int minHistoryWeeks) {

    static final String HISTORY = "historyWeeks";
    static final String MIN_HISTORY = "minHistoryWeeks";

    static History from(DetectorSettings s) {
        int history = s.wholeNumber(HISTORY, 1);
        int min = s.wholeNumber(MIN_HISTORY, 1);
        if (min > history) {
            throw new org.jiceng.cases.anticipate.AnticipationRulesException(s.source(), s.path() + "." + MIN_HISTORY,
                    "must not exceed " + HISTORY + " (" + history + "), was " + min, null);
        }
        return new History(history, min);
    }

    /**
     * @param windowStart the first week of the window
     * @return the first week of the history, or -1 when fewer than {@code minHistoryWeeks} weeks precede
     *     the window
     */
    int start(int windowStart) {
        int from = Math.max(0, windowStart - historyWeeks);
        return windowStart - from < minHistoryWeeks ? -1 : from;
    }

    /** Signals of a series (null: none) in {@code [from, to)}. */
    static int sum(Series s, int from, int to) {
        return s == null ? 0 : s.sum(from, to);
    }
}
