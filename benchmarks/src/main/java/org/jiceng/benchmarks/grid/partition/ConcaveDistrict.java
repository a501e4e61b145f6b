package org.jiceng.benchmarks.grid.partition;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.grid.partition.WeightedPoint;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * A concave two-part district built in code: a U-shaped main part (a bay cut from its north side to
 * within a third of its south edge) and an island east of it, over the square of
 * {@link PartitionData#buildings}, with the first {@code n} of those buildings that fall inside.
 *
 * @param boundary the outline in WGS-84 (a MultiPolygon of the U and the island)
 * @param buildings the buildings inside it
 */
public record ConcaveDistrict(Geometry boundary, List<WeightedPoint> buildings) {

    /** Buildings generated over the square for every one kept (the outline covers about 57 % of it). */
    private static final double OVERSAMPLING = 2.25;

    /**
     * @param layout "uniform" or "clustered" (see {@link PartitionData#buildings})
     * @param n buildings to keep inside the outline
     * @param seed random seed
     * @return the district
     * @throws IllegalStateException when fewer than {@code n} generated buildings fall inside
     */
    public static ConcaveDistrict of(String layout, int n, long seed) {
        List<WeightedPoint> all = PartitionData.buildings(layout, (int) (n * OVERSAMPLING), seed);
        Envelope square = new Envelope();
        all.forEach(p -> square.expandToInclude(p.lon(), p.lat()));
        GeometryFactory gf = new GeometryFactory();
        Polygon u = polygon(gf, square, 0.02, 0.02, 0.68, 0.02, 0.68, 0.98, 0.45, 0.98, 0.45, 0.30, 0.25, 0.30,
                0.25, 0.98, 0.02, 0.98);
        Polygon island = polygon(gf, square, 0.75, 0.35, 0.98, 0.35, 0.98, 0.65, 0.75, 0.65);
        Geometry boundary = gf.createMultiPolygon(new Polygon[] {u, island});
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(boundary);
        List<WeightedPoint> kept = new ArrayList<>(n);
        for (WeightedPoint p : all) {
            if (kept.size() < n && inside.locate(new Coordinate(p.lon(), p.lat())) == Location.INTERIOR) {
                kept.add(p);
            }
        }
        if (kept.size() < n) {
            throw new IllegalStateException("only " + kept.size() + " of " + all.size() + " buildings fall inside the "
                    + "outline, " + n + " wanted");
        }
        return new ConcaveDistrict(boundary, List.copyOf(kept));
    }

    /** A closed ring through the given fractions (x0, y0, x1, y1, ...) of the square. */
    private static Polygon polygon(GeometryFactory gf, Envelope square, double... fractions) {
        Coordinate[] ring = new Coordinate[fractions.length / 2 + 1];
        for (int j = 0; j < fractions.length / 2; j++) {
            ring[j] = new Coordinate(square.getMinX() + fractions[2 * j] * square.getWidth(),
                    square.getMinY() + fractions[2 * j + 1] * square.getHeight());
        }
        ring[ring.length - 1] = ring[0];
        return gf.createPolygon(ring);
    }
}
