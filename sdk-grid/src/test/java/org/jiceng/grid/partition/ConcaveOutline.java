package org.jiceng.grid.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * A concave multi-part outline for tests, in lon/lat near Beijing: a U (two arms of width 1 unit, a
 * bay of {@code bayWidth} units between them reaching down to {@code bayFloor} units above the bottom)
 * and a square island of 1 unit, {@code islandGap} units east of it. One unit is 0.01 degree (about
 * 850 m east-west, 1.1 km north-south).
 *
 * @param bayWidth width of the bay, in units
 * @param bayFloor height of the bay's floor above the bottom edge, in units
 * @param islandGap water between the U and the island, in units
 */
record ConcaveOutline(double bayWidth, double bayFloor, double islandGap) {

    static final double LON0 = 116.40;
    static final double LAT0 = 39.90;
    static final double UNIT = 0.01;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** The outline of the examples: a bay 1 unit wide down to 1 unit above the bottom, island 1 unit off. */
    static ConcaveOutline standard() {
        return new ConcaveOutline(1, 1, 1);
    }

    /** @return right edge of the U, in units */
    double uWidth() {
        return 2 + bayWidth;
    }

    /** @return the U and the island as a MultiPolygon in lon/lat */
    Geometry boundary() {
        double w = uWidth();
        Polygon u = polygon(0, 0, w, 0, w, 3, 1 + bayWidth, 3, 1 + bayWidth, bayFloor, 1, bayFloor, 1, 3, 0, 3);
        double ix = w + islandGap;
        Polygon island = polygon(ix, 1, ix + 1, 1, ix + 1, 2, ix, 2);
        return FACTORY.createMultiPolygon(new Polygon[] {u, island});
    }

    /**
     * @param n points to place
     * @param seed random seed
     * @return n points uniformly inside the outline, weights 1 to 20
     */
    List<WeightedPoint> points(int n, long seed) {
        Random random = new Random(seed);
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(boundary());
        double width = uWidth() + islandGap + 1;
        List<WeightedPoint> out = new ArrayList<>(n);
        while (out.size() < n) {
            double lon = LON0 + random.nextDouble() * width * UNIT;
            double lat = LAT0 + random.nextDouble() * 3 * UNIT;
            if (inside.locate(new Coordinate(lon, lat)) == Location.INTERIOR) {
                out.add(new WeightedPoint("p" + out.size(), lon, lat, 1 + random.nextInt(20)));
            }
        }
        return out;
    }

    private static Polygon polygon(double... units) {
        Coordinate[] ring = new Coordinate[units.length / 2 + 1];
        for (int j = 0; j < units.length / 2; j++) {
            ring[j] = new Coordinate(LON0 + units[2 * j] * UNIT, LAT0 + units[2 * j + 1] * UNIT);
        }
        ring[ring.length - 1] = ring[0];
        return FACTORY.createPolygon(ring);
    }
}
