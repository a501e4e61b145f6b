package org.jiceng.cases.anticipate.internal;

import java.util.Collections;
import java.util.List;
import org.jiceng.cases.anticipate.Series;

/**
 * Emerging: in week {@code w}, the {@code x} signals of the last {@code windowWeeks} (e) weeks are at
 * least {@code minCount}, and compared with the {@code h} signals of the grid's own {@link History} of
 * {@code H} weeks they are too many for one rate: the conditional test of two Poisson counts,
 * {@code P(Binomial(x + h, e / (e + H)) >= x)}, is at most the Bonferroni threshold. Not API.
 */
final class EmergingDetector extends PerSeriesDetector {

    static final String NAME = "emerging";

    private final int window;
    private final int minCount;
    private final History history;

    EmergingDetector(int window, int minCount, History history) {
        super(NAME);
        this.window = window;
        this.minCount = minCount;
        this.history = history;
    }

    @Override
    Episodes.Hit test(Series s, int w, double threshold) {
        int from = w - window + 1;
        int x = s.sum(from, w + 1);
        if (x < minCount) {
            return null;
        }
        int historyStart = history.start(from);
        if (historyStart < 0) {
            return null;
        }
        int weeks = from - historyStart;
        int h = s.sum(historyStart, from);
        double p = Tails.binomialUpper(x + h, (double) window / (window + weeks), x);
        if (p > threshold) {
            return null;
        }
        double expected = (double) h * window / weeks;
        String reason = x + " signals in " + window + " week(s) vs " + h + " in the " + weeks + " weeks before ("
                + Episodes.num(expected) + " expected); conditional binomial P = " + Episodes.num(p) + " <= "
                + Episodes.num(threshold);
        return new Episodes.Hit(List.of(s.gridId()),
                Episodes.evidence(Collections.singletonList(s), from, w + 1, expected, p, threshold), reason);
    }
}
