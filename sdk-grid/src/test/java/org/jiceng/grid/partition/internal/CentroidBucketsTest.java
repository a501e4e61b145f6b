package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The safe radius of a power cell ({@link CentroidBuckets#pairRadii2}) lets {@link BalancedRefinement} skip the
 * candidate scan of a point; it must never skip a point that a candidate of its bucket would take, and it should
 * skip as many as one centroid pair allows.
 */
class CentroidBucketsTest {

    @Property
    void noPointWithinTheSafeRadiusPrefersACandidateOfItsBucket(@ForAll @IntRange(min = 2, max = 120) int k,
            @ForAll @DoubleRange(min = 0, max = 6) double offsetScale, @ForAll long seed) {
        Random random = new Random(seed);
        double width = 1000 + random.nextDouble() * 4000;
        double height = 1000 + random.nextDouble() * 4000;
        double cellArea = width * height / k;
        double[] cx = new double[k];
        double[] cy = new double[k];
        double[] offset = new double[k];
        for (int a = 0; a < k; a++) {
            cx[a] = random.nextDouble() * width;
            cy[a] = random.nextDouble() * height;
            // Offsets as the refinement makes them: steps of a few cell areas either way.
            offset[a] = (random.nextDouble() * 2 - 1) * offsetScale * cellArea;
        }
        CentroidBuckets buckets = new CentroidBuckets(0, 0, width, height, k);
        buckets.place(cx, cy, k);
        double[] safe2 = new double[k];
        buckets.pairRadii2(cx, cy, offset, k, safe2);
        int[] nearStart = buckets.nearStart();
        int[] near = buckets.near();
        for (int a = 0; a < k; a++) {
            double safe = Math.sqrt(Math.max(0, safe2[a]));
            for (int t = 0; t < 64; t++) {
                // On the rim of the safe disc (where a bound that is too loose shows first) and inside it.
                double angle = random.nextDouble() * 2 * Math.PI;
                double r = t % 2 == 0 ? safe : safe * random.nextDouble();
                double px = cx[a] + r * Math.cos(angle);
                double py = cy[a] + r * Math.sin(angle);
                double dax = px - cx[a];
                double day = py - cy[a];
                double own = dax * dax + day * day;
                if (own > safe2[a]) {
                    continue;
                }
                int b = buckets.bucket(px, py);
                for (int j = nearStart[b]; j < nearStart[b + 1]; j++) {
                    int h = near[j];
                    double dx = px - cx[h];
                    double dy = py - cy[h];
                    assertThat(dx * dx + dy * dy - offset[h])
                            .as("grid %d at (%.3f, %.3f) within safe radius %.3f of grid %d", h, px, py, safe, a)
                            .isGreaterThanOrEqualTo(own - offset[a]);
                }
            }
        }
    }

    @Test
    void aFarNeighbourWithALargerOffsetLimitsTheRadiusOnlyAsMuchAsItsOwnBisectorDoes() {
        // Grid 0 at the centre; grid 1 at 100 m with the same offset; grid 2 at 300 m with an offset of 20,000 m^2
        // more. Grid 1 allows 50 m, grid 2 allows 150 - 20,000 / 600 = 116.7 m: the radius is 50 m (the bound
        // of the nearest centroid combined with the largest offset would give 50 - 20,000 / 200 < 0, no radius).
        double[] cx = {1000, 1100, 1000};
        double[] cy = {1000, 1000, 1300};
        double[] offset = {0, 0, 20_000};
        CentroidBuckets buckets = new CentroidBuckets(0, 0, 2000, 2000, 3);
        buckets.place(cx, cy, 3);
        double[] safe2 = new double[3];
        buckets.pairRadii2(cx, cy, offset, 3, safe2);
        assertThat(Math.sqrt(safe2[0])).isCloseTo(50, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aNeighbourWithAMuchLargerOffsetLeavesNoSafeRadius() {
        // Grid 1's power cell covers grid 0's centroid: |c0 - c1|^2 - o1 = 10,000 - 30,000 < -o0 = 0.
        double[] cx = {1000, 1100};
        double[] cy = {1000, 1000};
        double[] offset = {0, 30_000};
        CentroidBuckets buckets = new CentroidBuckets(0, 0, 2000, 2000, 2);
        buckets.place(cx, cy, 2);
        double[] safe2 = new double[2];
        buckets.pairRadii2(cx, cy, offset, 2, safe2);
        assertThat(safe2[0]).as("no point is safe, not even the centroid").isNegative();
    }
}
