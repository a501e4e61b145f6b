package org.jiceng.cases.anticipate.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.Series;
import org.jiceng.cases.anticipate.spi.DetectionContext;
import org.jiceng.cases.anticipate.spi.Detector;

/**
 * Emerging: in week {@code w}, the signals of the last {@code windowWeeks} weeks are at least
 * {@code minCount} and their Poisson upper-tail probability under the grid's own {@link Baseline}
 * (times the window's length) is at most the Bonferroni threshold. Not API.
 */
final class EmergingDetector implements Detector {

    static final String NAME = "emerging";

    private final int window;
    private final int minCount;
    private final Baseline baseline;

    EmergingDetector(int window, int minCount, Baseline baseline) {
        this.window = window;
        this.minCount = minCount;
        this.baseline = baseline;
    }

    @Override
    public List<Finding> detect(DetectionContext context) {
        List<Finding> out = new ArrayList<>();
        double threshold = context.threshold();
        for (Series s : context.cube().series()) {
            Episodes.scan(context.cube(), NAME, s.situation(), w -> test(s, w, threshold), out);
        }
        return out;
    }

    private Episodes.Hit test(Series s, int w, double threshold) {
        int from = w - window + 1;
        int observed = s.sum(from, w + 1);
        if (observed < minCount) {
            return null;
        }
        int weeks = w + 1 - Math.max(0, from);
        double rate = baseline.rate(s, from);
        double expected = rate * weeks;
        double p = Tails.poissonUpper(observed, expected);
        if (p > threshold) {
            return null;
        }
        String reason = observed + " signals in " + weeks + " week(s) vs " + Episodes.num(expected)
                + " expected from the grid's own baseline of " + Episodes.num(rate) + "/week; Poisson P(X >= "
                + observed + ") = " + Episodes.num(p) + " <= " + Episodes.num(threshold);
        return new Episodes.Hit(List.of(s.gridId()),
                Episodes.evidence(Collections.singletonList(s), from, w + 1, expected, p, threshold), reason);
    }
}
