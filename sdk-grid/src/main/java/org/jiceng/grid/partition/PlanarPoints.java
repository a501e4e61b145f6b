package org.jiceng.grid.partition;

import java.util.List;
import org.jiceng.grid.geo.GaussKruger;

/**
 * The items of a request projected to metres: what a {@link Partitioner} works on. Index {@code i}
 * is the request's {@code points().get(i)}. Read-only.
 */
public final class PlanarPoints {

    private final double[] x;
    private final double[] y;
    private final long[] weight;
    private final GaussKruger projection;
    private final long totalWeight;
    private final long heaviest;

    private PlanarPoints(double[] x, double[] y, long[] weight, GaussKruger projection) {
        this.x = x;
        this.y = y;
        this.weight = weight;
        this.projection = projection;
        long total = 0;
        long max = 0;
        for (long w : weight) {
            total = Math.addExact(total, w);
            max = Math.max(max, w);
        }
        this.totalWeight = total;
        this.heaviest = max;
    }

    /**
     * Projects points with a Gauss-Krüger projection centred on their mean longitude.
     *
     * @param points items in WGS-84
     * @return the planar view
     */
    public static PlanarPoints project(List<WeightedPoint> points) {
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        for (WeightedPoint p : points) {
            minLon = Math.min(minLon, p.lon());
            maxLon = Math.max(maxLon, p.lon());
        }
        GaussKruger gk = GaussKruger.withCentralMeridian(points.isEmpty() ? 0 : (minLon + maxLon) / 2);
        int n = points.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        long[] ws = new long[n];
        double[] buf = new double[2];
        for (int i = 0; i < n; i++) {
            WeightedPoint p = points.get(i);
            gk.forward(p.lon(), p.lat(), buf);
            xs[i] = buf[0];
            ys[i] = buf[1];
            ws[i] = p.weight();
        }
        return new PlanarPoints(xs, ys, ws, gk);
    }

    /**
     * Planar points given directly in metres (for tests and synthetic benchmarks).
     *
     * @param x eastings in metres
     * @param y northings in metres
     * @param weight weights, {@code >= 0}
     * @return the planar view (arrays are copied)
     */
    public static PlanarPoints ofMetres(double[] x, double[] y, long[] weight) {
        if (x.length != y.length || x.length != weight.length) {
            throw new IllegalArgumentException("x, y and weight must have equal lengths, were " + x.length + ", "
                    + y.length + ", " + weight.length);
        }
        for (int i = 0; i < weight.length; i++) {
            if (weight[i] < 0 || !Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("Point " + i + " needs finite coordinates and weight >= 0, was ("
                        + x[i] + ", " + y[i] + ", " + weight[i] + ")");
            }
        }
        return new PlanarPoints(x.clone(), y.clone(), weight.clone(), GaussKruger.withCentralMeridian(0));
    }

    /** @return the number of points */
    public int size() {
        return x.length;
    }

    /**
     * @param i point index
     * @return easting in metres
     */
    public double x(int i) {
        return x[i];
    }

    /**
     * @param i point index
     * @return northing in metres
     */
    public double y(int i) {
        return y[i];
    }

    /**
     * @param i point index
     * @return weight
     */
    public long weight(int i) {
        return weight[i];
    }

    /** @return sum of weights */
    public long totalWeight() {
        return totalWeight;
    }

    /** @return the largest single weight */
    public long heaviest() {
        return heaviest;
    }

    /** @return the projection that produced the coordinates */
    public GaussKruger projection() {
        return projection;
    }

    /** @return a copy of the eastings */
    public double[] xs() {
        return x.clone();
    }

    /** @return a copy of the northings */
    public double[] ys() {
        return y.clone();
    }

    /** @return a copy of the weights */
    public long[] weights() {
        return weight.clone();
    }
}
