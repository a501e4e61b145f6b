package org.jiceng.testkit.grid.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jiceng.grid.index.GridShape;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Coverages used by {@link GridIndexCompatibilityKit}: a jittered lattice whose coordinates are
 * multiples of 2^-16 degree, so vertices and edge midpoints are exact.
 */
final class KitCoverages {

    static final GeometryFactory FACTORY = new GeometryFactory();
    static final double UNIT = 1.0 / 65536;
    static final int STEP = 256;
    static final double LON0 = 121.0;
    static final double LAT0 = 31.0;

    final int nx;
    final int ny;
    final long[][] vx;
    final long[][] vy;
    final String[][] ids;
    final List<GridShape> shapes = new ArrayList<>();

    KitCoverages(int nx, int ny, long seed) {
        this.nx = nx;
        this.ny = ny;
        Random random = new Random(seed);
        vx = new long[nx + 1][ny + 1];
        vy = new long[nx + 1][ny + 1];
        int jitter = STEP / 4 - 1;
        for (int i = 0; i <= nx; i++) {
            for (int j = 0; j <= ny; j++) {
                vx[i][j] = (long) i * STEP + (i > 0 && i < nx ? random.nextInt(2 * jitter + 1) - jitter : 0);
                vy[i][j] = (long) j * STEP + (j > 0 && j < ny ? random.nextInt(2 * jitter + 1) - jitter : 0);
            }
        }
        List<Integer> numbers = new ArrayList<>();
        for (int k = 0; k < nx * ny; k++) {
            numbers.add(k);
        }
        Collections.shuffle(numbers, random);
        ids = new String[nx][ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                ids[i][j] = "cell-" + numbers.get(i * ny + j);
                shapes.add(new GridShape(ids[i][j], FACTORY.createPolygon(new Coordinate[] {
                    vertex(i, j), vertex(i + 1, j), vertex(i + 1, j + 1), vertex(i, j + 1), vertex(i, j)})));
            }
        }
    }

    Coordinate vertex(int i, int j) {
        return new Coordinate(LON0 + vx[i][j] * UNIT, LAT0 + vy[i][j] * UNIT);
    }

    /** The exact midpoint of the lattice edge from vertex a to vertex b. */
    Coordinate midpoint(int ai, int aj, int bi, int bj) {
        return new Coordinate(LON0 + (vx[ai][aj] + vx[bi][bj]) * (UNIT / 2), LAT0 + (vy[ai][aj] + vy[bi][bj]) * (UNIT / 2));
    }

    Envelope extent() {
        return new Envelope(LON0, LON0 + nx * STEP * UNIT, LAT0, LAT0 + ny * STEP * UNIT);
    }

    /** The smallest id among the existing cells listed. */
    @Nullable String minId(int[]... cells) {
        String best = null;
        for (int[] c : cells) {
            if (c[0] >= 0 && c[0] < nx && c[1] >= 0 && c[1] < ny && (best == null || ids[c[0]][c[1]].compareTo(best) < 0)) {
                best = ids[c[0]][c[1]];
            }
        }
        return best;
    }

    static Polygon box(double x0, double y0, double x1, double y1) {
        return (Polygon) FACTORY.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    static Polygon boxWithHole(double x0, double y0, double x1, double y1, double h0x, double h0y, double h1x,
            double h1y) {
        LinearRing shell = FACTORY.createLinearRing(box(x0, y0, x1, y1).getCoordinates());
        LinearRing hole = FACTORY.createLinearRing(box(h0x, h0y, h1x, h1y).getCoordinates());
        return FACTORY.createPolygon(shell, new LinearRing[] {hole});
    }

    /** A star-shaped polygon with many vertices (exercises bucketed point-in-polygon code paths). */
    static Polygon star(double cx, double cy, double radius, int n, Random random) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int k = 0; k < n; k++) {
            double angle = 2 * Math.PI * k / n;
            double r = radius * (0.5 + 0.5 * random.nextDouble());
            ring[k] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        ring[n] = ring[0];
        return FACTORY.createPolygon(ring);
    }
}
