package org.jiceng.benchmarks.grid.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jiceng.grid.geo.GaussKruger;
import org.jiceng.grid.partition.PlanarPoints;
import org.jiceng.grid.partition.WeightedPoint;

/**
 * Deterministic synthetic buildings around Kunming (102.7 E, 25.0 N) at a constant density of
 * 1,000 buildings per km2 (1M buildings on about 1,000 km2). Household counts are log-normal
 * (median 34, capped at 200). Two layouts: {@code uniform} and {@code clustered} (compounds of
 * about 200 buildings with a 150 m spread).
 */
public final class PartitionData {

    private PartitionData() {
    }

    /**
     * @param layout "uniform" or "clustered"
     * @param n number of buildings
     * @param seed random seed
     * @return the buildings in WGS-84
     */
    public static List<WeightedPoint> buildings(String layout, int n, long seed) {
        Random r = new Random(seed);
        double side = Math.sqrt(n / 1000.0) * 1000.0; // metres
        GaussKruger gk = GaussKruger.withCentralMeridian(102.7);
        double[] origin = gk.forward(102.7 - 0.15, 25.0 - 0.15);
        boolean clustered = switch (layout) {
            case "uniform" -> false;
            case "clustered" -> true;
            default -> throw new IllegalArgumentException("layout must be uniform or clustered, was " + layout);
        };
        int clusters = Math.max(1, n / 200);
        double[] cx = new double[clusters];
        double[] cy = new double[clusters];
        for (int c = 0; c < clusters; c++) {
            cx[c] = r.nextDouble() * side;
            cy[c] = r.nextDouble() * side;
        }
        List<WeightedPoint> out = new ArrayList<>(n);
        double[] lonLat = new double[2];
        for (int i = 0; i < n; i++) {
            double x;
            double y;
            if (clustered) {
                int c = r.nextInt(clusters);
                x = cx[c] + r.nextGaussian() * 150;
                y = cy[c] + r.nextGaussian() * 150;
            } else {
                x = r.nextDouble() * side;
                y = r.nextDouble() * side;
            }
            gk.inverse(origin[0] + x, origin[1] + y, lonLat);
            long households = 1 + (long) Math.min(199, Math.exp(3.5 + 0.8 * r.nextGaussian()));
            out.add(new WeightedPoint("b" + i, lonLat[0], lonLat[1], households));
        }
        return out;
    }

    /**
     * @param layout "uniform" or "clustered"
     * @param n number of buildings
     * @param seed random seed
     * @return the buildings projected to metres
     */
    public static PlanarPoints planar(String layout, int n, long seed) {
        return PlanarPoints.project(buildings(layout, n, seed));
    }
}
