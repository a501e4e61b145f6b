package org.jiceng.cases.anticipate.internal;

import java.util.Collections;
import java.util.List;
import org.jiceng.cases.anticipate.Series;
import org.jspecify.annotations.Nullable;

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
    Episodes.@Nullable Hit test(Series s, int w, double threshold) {
        int from = w + 1 - YEAR;
        History.Comparison c = from < 0 ? null : history.compare(s, from, lookahead, minCount);
        if (c == null || c.probability() > threshold) {
            return null;
        }
        String reason = c.observed() + " signals in the " + lookahead + " weeks after this one a year ago vs "
                + c.before() + " in the " + c.weeks() + " weeks before them (" + Episodes.num(c.expected())
                + " expected); conditional binomial P = " + Episodes.num(c.probability()) + " <= "
                + Episodes.num(threshold) + "; expected again in the next " + lookahead + " weeks";
        return new Episodes.Hit(List.of(s.gridId()), Episodes.evidence(Collections.singletonList(s), from,
                from + lookahead, c.expected(), c.probability(), threshold), reason);
    }
}
