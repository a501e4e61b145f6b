package org.jiceng.cases.anticipate.internal;

import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.cases.anticipate.Series;
import org.jspecify.annotations.Nullable;

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

    /**
     * A window's count against the history before it, by the conditional test of two Poisson counts:
     * {@code P(Binomial(x + h, L / (L + H)) >= x)} for {@code x} signals in the {@code L} window weeks and
     * {@code h} in the {@code H} history weeks.
     *
     * @param observed signals in the window (x)
     * @param before signals in the history (h)
     * @param weeks weeks of history (H)
     * @param expected {@code h × L / H}
     * @param probability the tail probability
     */
    record Comparison(int observed, int before, int weeks, double expected, double probability) {
    }

    /**
     * @param s a series
     * @param from the window's first week
     * @param window the window's length in weeks
     * @param minCount the least window count tested
     * @return the comparison, or null when the window has fewer than {@code minCount} signals or too
     *     little history precedes it
     */
    @Nullable Comparison compare(Series s, int from, int window, int minCount) {
        int x = s.sum(from, from + window);
        if (x < minCount) {
            return null;
        }
        int historyStart = start(from);
        if (historyStart < 0) {
            return null;
        }
        int weeks = from - historyStart;
        int h = s.sum(historyStart, from);
        double p = Tails.binomialUpper(x + h, (double) window / (window + weeks), x);
        return new Comparison(x, h, weeks, (double) h * window / weeks, p);
    }
}
