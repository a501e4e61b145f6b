package org.jiceng.cases.anticipate.internal;

import java.util.Collections;
import java.util.List;
import org.jiceng.cases.anticipate.Series;

/**
 * Seasonal: in week {@code w}, the same grid had a rise of this situation in the coming weeks one year
 * ago, so it is expected again. The {@code x} signals of the {@code lookaheadWeeks} (L) weeks after
 * {@code w}, taken {@value #YEAR} weeks (364 days) earlier, are at least {@code minCount}, and compared
 * with the {@code h} signals of the {@link History} of {@code H} weeks before them they are too many for
 * one rate: {@code P(Binomial(x + h, L / (L + H)) >= x)} is at most the Bonferroni threshold. It needs a
 * year of data before the week; a one-year period raises nothing. Not API.
 */
final class SeasonalDetector extends PerSeriesDetector {

    static final String NAME = "seasonal";
    /** Weeks between a week and the same week a year earlier (a 53-week ISO year shifts it by one). */
    static final int YEAR = 52;

    private final int lookahead;
    private final int minCount;
    private final History history;

    SeasonalDetector(int lookahead, int minCount, History history) {
        super(NAME);
        this.lookahead = lookahead;
        this.minCount = minCount;
        this.history = history;
    }

    @Override
    Episodes.Hit test(Series s, int w, double threshold) {
        int from = w + 1 - YEAR;
        if (from < 0) {
            return null;
        }
        int x = s.sum(from, from + lookahead);
        if (x < minCount) {
            return null;
        }
        int historyStart = history.start(from);
        if (historyStart < 0) {
            return null;
        }
        int weeks = from - historyStart;
        int h = s.sum(historyStart, from);
        double p = Tails.binomialUpper(x + h, (double) lookahead / (lookahead + weeks), x);
        if (p > threshold) {
            return null;
        }
        double expected = (double) h * lookahead / weeks;
        String reason = x + " signals in the " + lookahead + " weeks after this one a year ago vs " + h + " in the "
                + weeks + " weeks before them (" + Episodes.num(expected) + " expected); conditional binomial P = "
                + Episodes.num(p) + " <= " + Episodes.num(threshold) + "; expected again in the next " + lookahead
                + " weeks";
        return new Episodes.Hit(List.of(s.gridId()),
                Episodes.evidence(Collections.singletonList(s), from, from + lookahead, expected, p, threshold), reason);
    }
}
