package org.jiceng.cases.anticipate.internal;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.Series;
import org.jiceng.cases.anticipate.SignalCube;
import org.jiceng.cases.anticipate.spi.DetectionContext;
import org.jiceng.cases.anticipate.spi.Detector;
import org.jspecify.annotations.Nullable;

/**
 * Spatial cluster: in week {@code w}, a grid and its neighbours rise together. With a window of
 * {@code e = windowWeeks} weeks and {@code H} weeks of {@link History}, a grid is <em>rising</em> when
 * it has a signal in the window and the conditional test of its window count {@code x} against its
 * history count {@code h}, {@code P(Binomial(x + h, e / (e + H)) >= x)}, is at most {@code risingAlpha}
 * (a loose, uncorrected screen). A cluster is centred on a rising grid with at least
 * {@code minGrids - 1} rising neighbours, the centre having the largest count among them (ties: the
 * smallest id), so that one rise is reported once; it is raised when the members' summed window count
 * is at least {@code minCount} and the same conditional test on the sums is at most the Bonferroni
 * threshold. A finding depends only on its centre, the centre's neighbours and the counts of theirs. Not
 * API.
 */
final class ClusterDetector implements Detector {

    static final String NAME = "cluster";

    private final int window;
    private final int minGrids;
    private final int minCount;
    private final double risingAlpha;
    private final History history;

    ClusterDetector(int window, int minGrids, int minCount, double risingAlpha, History history) {
        this.window = window;
        this.minGrids = minGrids;
        this.minCount = minCount;
        this.risingAlpha = risingAlpha;
        this.history = history;
    }

    @Override
    public List<Finding> detect(DetectionContext context) {
        List<Finding> out = new ArrayList<>();
        SignalCube cube = context.cube();
        double threshold = context.threshold();
        for (Series centre : cube.series()) {
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

    private Episodes.@Nullable Hit test(Series centre, List<Series> around, int w, double threshold) {
        int from = w - window + 1;
        int centreCount = centre.sum(from, w + 1);
        if (centreCount == 0) {
            return null;
        }
        int historyStart = history.start(from);
        if (historyStart < 0) {
            return null;
        }
        double q = (double) window / (window + from - historyStart);
        int centreBefore = centre.sum(historyStart, from);
        if (Tails.binomialUpper(centreCount + centreBefore, q, centreCount) > risingAlpha) {
            return null;
        }
        List<Series> members = new ArrayList<>();
        members.add(centre);
        int total = centreCount;
        int before = centreBefore;
        for (Series n : around) {
            int c = n.sum(from, w + 1);
            if (c == 0) {
                continue;
            }
            int b = n.sum(historyStart, from);
            if (Tails.binomialUpper(c + b, q, c) > risingAlpha) {
                continue;
            }
            if (c > centreCount || (c == centreCount && n.gridId().compareTo(centre.gridId()) < 0)) {
                return null; // the neighbour is the peak; the cluster is reported from there
            }
            members.add(n);
            total += c;
            before += b;
        }
        if (members.size() < minGrids || total < minCount) {
            return null;
        }
        double p = Tails.binomialUpper(total + before, q, total);
        if (p > threshold) {
            return null;
        }
        List<String> grids = new ArrayList<>();
        members.forEach(m -> grids.add(m.gridId()));
        int weeks = from - historyStart;
        double expected = (double) before * window / weeks;
        String reason = members.size() + " neighbouring grids rising together: " + total + " signals in " + window
                + " week(s) vs " + before + " in the " + weeks + " weeks before (" + Episodes.num(expected)
                + " expected); conditional binomial P = " + Episodes.num(p) + " <= " + Episodes.num(threshold);
        return new Episodes.Hit(grids, Episodes.evidence(members, from, w + 1, expected, p, threshold), reason);
    }
}
