package org.jiceng.cases.anticipate.internal;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.Series;
import org.jiceng.cases.anticipate.SignalCube;
import org.jiceng.cases.anticipate.spi.DetectionContext;
import org.jiceng.cases.anticipate.spi.Detector;

/**
 * Spatial cluster: in week {@code w}, a grid and its neighbours rise together. A grid is <em>rising</em>
 * when it has a signal in the last {@code windowWeeks} weeks and the Poisson upper-tail probability of
 * its count under its own {@link Baseline} is at most {@code risingAlpha} (a loose, uncorrected screen).
 * A cluster is centred on a rising grid with at least {@code minGrids - 1} rising neighbours, where the
 * centre has the largest count among them (ties: the smallest id), so one rise is reported once; it is
 * raised when the cluster's summed count is at least {@code minCount} and the Poisson upper-tail
 * probability of that sum under the summed baselines is at most the Bonferroni threshold. A finding
 * depends only on its centre and the centre's neighbours and their neighbours' ids. Not API.
 */
final class ClusterDetector implements Detector {

    static final String NAME = "cluster";

    private final int window;
    private final int minGrids;
    private final int minCount;
    private final double risingAlpha;
    private final Baseline baseline;

    ClusterDetector(int window, int minGrids, int minCount, double risingAlpha, Baseline baseline) {
        this.window = window;
        this.minGrids = minGrids;
        this.minCount = minCount;
        this.risingAlpha = risingAlpha;
        this.baseline = baseline;
    }

    @Override
    public List<Finding> detect(DetectionContext context) {
        List<Finding> out = new ArrayList<>();
        SignalCube cube = context.cube();
        double threshold = context.threshold();
        for (Series centre : cube.series()) {
            if (cube.neighbours(centre.gridId()).size() < minGrids - 1) {
                continue;
            }
            List<Series> around = new ArrayList<>();
            for (String n : cube.neighbours(centre.gridId())) {
                cube.series(n, centre.situation()).ifPresent(around::add);
            }
            if (around.size() < minGrids - 1) {
                continue;
            }
            Episodes.scan(cube, NAME, centre.situation(), w -> test(centre, around, w, threshold), out);
        }
        return out;
    }

    private Episodes.Hit test(Series centre, List<Series> around, int w, double threshold) {
        int from = w - window + 1;
        int centreCount = centre.sum(from, w + 1);
        if (centreCount == 0) {
            return null;
        }
        int weeks = w + 1 - Math.max(0, from);
        double centreExpected = baseline.rate(centre, from) * weeks;
        if (Tails.poissonUpper(centreCount, centreExpected) > risingAlpha) {
            return null;
        }
        List<Series> members = new ArrayList<>();
        members.add(centre);
        int total = centreCount;
        double expected = centreExpected;
        for (Series n : around) {
            int c = n.sum(from, w + 1);
            if (c == 0) {
                continue;
            }
            double e = baseline.rate(n, from) * weeks;
            if (Tails.poissonUpper(c, e) > risingAlpha) {
                continue;
            }
            if (c > centreCount || (c == centreCount && n.gridId().compareTo(centre.gridId()) < 0)) {
                return null; // the neighbour is the peak; the cluster is reported from there
            }
            members.add(n);
            total += c;
            expected += e;
        }
        if (members.size() < minGrids || total < minCount) {
            return null;
        }
        double p = Tails.poissonUpper(total, expected);
        if (p > threshold) {
            return null;
        }
        List<String> grids = new ArrayList<>();
        members.forEach(m -> grids.add(m.gridId()));
        String reason = members.size() + " neighbouring grids rising together: " + total + " signals in " + weeks
                + " week(s) vs " + Episodes.num(expected) + " expected from their own baselines; Poisson P(X >= "
                + total + ") = " + Episodes.num(p) + " <= " + Episodes.num(threshold);
        return new Episodes.Hit(grids, Episodes.evidence(members, from, w + 1, expected, p, threshold), reason);
    }
}
