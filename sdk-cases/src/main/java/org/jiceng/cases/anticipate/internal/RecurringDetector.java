package org.jiceng.cases.anticipate.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.Series;
import org.jiceng.cases.anticipate.spi.DetectionContext;
import org.jiceng.cases.anticipate.spi.Detector;

/**
 * Recurring: in week {@code w}, at least {@code minActiveWeeks} of the last {@code windowWeeks} weeks
 * have a signal, with at least {@code minCount} signals in all, and the binomial upper-tail probability
 * of that many active weeks, each week active with probability {@code 1 - exp(-rate)} under the grid's
 * own {@link Baseline}, is at most the Bonferroni threshold. Not API.
 */
final class RecurringDetector implements Detector {

    static final String NAME = "recurring";

    private final int window;
    private final int minActive;
    private final int minCount;
    private final Baseline baseline;

    RecurringDetector(int window, int minActive, int minCount, Baseline baseline) {
        this.window = window;
        this.minActive = minActive;
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
        int active = s.activeWeeks(from, w + 1);
        if (active < minActive) {
            return null;
        }
        int observed = s.sum(from, w + 1);
        if (observed < minCount) {
            return null;
        }
        int weeks = w + 1 - Math.max(0, from);
        double rate = baseline.rate(s, from);
        double perWeek = -Math.expm1(-rate);
        double p = Tails.binomialUpper(weeks, perWeek, active);
        if (p > threshold) {
            return null;
        }
        String reason = "signals in " + active + " of " + weeks + " weeks (" + observed + " in all); with the grid's"
                + " own baseline of " + Episodes.num(rate) + "/week a week has one with probability "
                + Episodes.num(perWeek) + ", binomial P(>= " + active + " weeks) = " + Episodes.num(p) + " <= "
                + Episodes.num(threshold);
        return new Episodes.Hit(List.of(s.gridId()),
                Episodes.evidence(Collections.singletonList(s), from, w + 1, rate * weeks, p, threshold), reason);
    }
}
