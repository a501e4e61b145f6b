package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.grid.partition.PlanarPoints;
import org.jiceng.grid.partition.WeightedPoint;

/**
 * {@link BalancedRefinement} also skips the candidate scan of the points inside the safe radius of their power cell
 * (which cannot move): the refinement must end exactly where it ends without that skip, on uniform, clustered and
 * L-shaped layouts (where the bounding box the buckets cover is half empty, as in a concave district).
 */
class RefinementSkipsTest {

    @Property(tries = 30)
    void skippingThePointsThatCannotMoveLeavesTheAssignmentAsItWas(@ForAll @IntRange(min = 2, max = 40) int k,
            @ForAll @IntRange(min = 20, max = 200) int perGrid, @ForAll @IntRange(min = 0, max = 2) int layout,
            @ForAll long seed) {
        PlanarPoints points = PlanarPoints.project(buildings(k * perGrid, layout, new Random(seed)));
        int[] start = RecursiveBisection.assign(points, k);
        int[] skipping = start.clone();
        int[] without = start.clone();
        long movesSkipping = BalancedRefinement.refine(points, skipping, k, 0.015, 32, true);
        long movesWithout = BalancedRefinement.refine(points, without, k, 0.015, 32, false);
        assertThat(skipping).isEqualTo(without);
        assertThat(movesSkipping).isEqualTo(movesWithout);
    }

    /** Layout 0 uniform, 1 clustered (compounds of about 200), 2 an L (the box's upper right quarter empty). */
    private static List<WeightedPoint> buildings(int n, int layout, Random random) {
        List<WeightedPoint> out = new ArrayList<>(n);
        int clusters = Math.max(1, n / 200);
        double[] centreLon = new double[clusters];
        double[] centreLat = new double[clusters];
        for (int c = 0; c < clusters; c++) {
            centreLon[c] = 116.3 + random.nextDouble() * 0.05;
            centreLat[c] = 39.9 + random.nextDouble() * 0.05;
        }
        while (out.size() < n) {
            double lon;
            double lat;
            if (layout == 1) {
                int c = random.nextInt(clusters);
                lon = centreLon[c] + random.nextGaussian() * 0.0015;
                lat = centreLat[c] + random.nextGaussian() * 0.0015;
            } else {
                lon = 116.3 + random.nextDouble() * 0.05;
                lat = 39.9 + random.nextDouble() * 0.05;
                if (layout == 2 && lon > 116.31 && lat > 39.91) {
                    continue;
                }
            }
            long households = 1 + (long) Math.min(199, Math.exp(3.5 + 0.8 * random.nextGaussian()));
            out.add(new WeightedPoint("b" + out.size(), lon, lat, households));
        }
        return out;
    }
}
