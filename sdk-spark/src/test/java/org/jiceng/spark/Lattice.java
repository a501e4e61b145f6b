package org.jiceng.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jiceng.grid.index.GridShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A coverage of {@code n × n} quadrilateral grids over Beijing whose shared vertices are jittered
 * (so edges are not axis-aligned), and points defined by index: 2% exactly on a shared vertex (where
 * the lowest-id tie rule decides), 3% outside the coverage, the rest anywhere inside.
 */
final class Lattice implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final double LON0 = 116.0;
    static final double LAT0 = 39.5;
    static final double STEP = 0.01;

    private final int n;

    Lattice(int n) {
        this.n = n;
    }

    private double[] vertex(int i, int j) {
        boolean border = i == 0 || j == 0 || i == n || j == n;
        SplittableRandom r = new SplittableRandom(31L * i + 1_000_003L * j);
        double dx = border ? 0 : (r.nextDouble() - 0.5) * 0.6 * STEP;
        double dy = border ? 0 : (r.nextDouble() - 0.5) * 0.6 * STEP;
        return new double[] {LON0 + i * STEP + dx, LAT0 + j * STEP + dy};
    }

    List<GridShape> shapes() {
        GeometryFactory f = new GeometryFactory();
        List<GridShape> out = new ArrayList<>(n * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double[] a = vertex(i, j);
                double[] b = vertex(i + 1, j);
                double[] c = vertex(i + 1, j + 1);
                double[] d = vertex(i, j + 1);
                out.add(new GridShape(String.format(Locale.ROOT, "G%03d%03d", i, j), f.createPolygon(new Coordinate[] {
                    new Coordinate(a[0], a[1]), new Coordinate(b[0], b[1]), new Coordinate(c[0], c[1]),
                    new Coordinate(d[0], d[1]), new Coordinate(a[0], a[1])})));
            }
        }
        return out;
    }

    /** @return lon and lat of point {@code index} */
    double[] point(long index) {
        SplittableRandom r = new SplittableRandom(index * 0x9E3779B97F4A7C15L);
        int roll = r.nextInt(100);
        if (roll < 2) {
            return vertex(r.nextInt(n + 1), r.nextInt(n + 1));
        }
        double span = n * STEP;
        if (roll < 5) {
            return new double[] {LON0 - span * 0.1 + r.nextDouble() * span * 0.05, LAT0 + r.nextDouble() * span};
        }
        return new double[] {LON0 + r.nextDouble() * span, LAT0 + r.nextDouble() * span};
    }
}
