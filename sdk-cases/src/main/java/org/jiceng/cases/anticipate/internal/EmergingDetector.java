package org.jiceng.cases.anticipate.internal;

import java.util.Collections;
import java.util.List;
import org.jiceng.cases.anticipate.Series;
import org.jspecify.annotations.Nullable;

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
    Episodes.@Nullable Hit test(Series s, int w, double threshold) {
        int from = w - window + 1;
        History.Comparison c = history.compare(s, from, window, minCount);
        if (c == null || c.probability() > threshold) {
            return null;
        }
        String reason = c.observed() + " signals in " + window + " week(s) vs " + c.before() + " in the " + c.weeks()
                + " weeks before (" + Episodes.num(c.expected()) + " expected); conditional binomial P = "
                + Episodes.num(c.probability()) + " <= " + Episodes.num(threshold);
        return new Episodes.Hit(List.of(s.gridId()), Episodes.evidence(Collections.singletonList(s), from, w + 1,
                c.expected(), c.probability(), threshold), reason);
    }
}
