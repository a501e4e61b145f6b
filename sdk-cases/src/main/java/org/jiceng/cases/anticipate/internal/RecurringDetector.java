package org.jiceng.cases.anticipate.internal;

import java.util.Collections;
import java.util.List;
import org.jiceng.cases.anticipate.Series;
import org.jspecify.annotations.Nullable;

/**
 * Recurring: in week {@code w}, at least {@code minActiveWeeks} ({@code a}) of the last
 * {@code windowWeeks} ({@code n}) weeks have a signal, with at least {@code minCount} signals in all,
 * and that many active weeks is unlikely given the {@code b} active weeks of the grid's own
 * {@link History} of {@code H} weeks: the one-sided Fisher exact test,
 * {@code P(Hypergeometric(n + H, a + b, n) >= a)}, is at most the Bonferroni threshold. It flags a
 * situation that has become a weekly matter in a grid; one that always was is the grid's normal. Not API.
 */
final class RecurringDetector extends PerSeriesDetector {

    static final String NAME = "recurring";

    private final int window;
    private final int minActive;
    private final int minCount;
    private final History history;

    RecurringDetector(int window, int minActive, int minCount, History history) {
        super(NAME);
        this.window = window;
        this.minActive = minActive;
        this.minCount = minCount;
        this.history = history;
    }

    @Override
    Episodes.@Nullable Hit test(Series s, int w, double threshold) {
        int from = w - window + 1;
        int active = s.activeWeeks(from, w + 1);
        if (active < minActive) {
            return null;
        }
        int observed = s.sum(from, w + 1);
        if (observed < minCount) {
            return null;
        }
        int historyStart = history.start(from);
        if (historyStart < 0) {
            return null;
        }
        int weeks = from - historyStart;
        int activeBefore = s.activeWeeks(historyStart, from);
        double p = Tails.hypergeometricUpper(window + weeks, active + activeBefore, window, active);
        if (p > threshold) {
            return null;
        }
        double expected = (double) s.sum(historyStart, from) * window / weeks;
        String reason = "signals in " + active + " of " + window + " weeks (" + observed + " in all) vs "
                + activeBefore + " of the " + weeks + " weeks before; Fisher exact P = " + Episodes.num(p) + " <= "
                + Episodes.num(threshold);
        return new Episodes.Hit(List.of(s.gridId()),
                Episodes.evidence(Collections.singletonList(s), from, w + 1, expected, p, threshold), reason);
    }
}
