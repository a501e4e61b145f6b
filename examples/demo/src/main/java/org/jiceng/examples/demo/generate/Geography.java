package org.jiceng.examples.demo.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The generated geography: a district outline and organic community shapes inside it (the Voronoi
 * cells of community seeds, clipped to the outline). It draws from its own random stream, so the
 * records the generator makes do not depend on the shapes.
 */
final class Geography {

    static final GeometryFactory GF = new GeometryFactory();
    private static final int SAMPLES_PER_CELL = 40;
    private static final int LLOYD_ROUNDS = 10;

    private Geography() {
    }

    /**
     * A blob-shaped district that fills most of {@code box}: an ellipse whose radius wanders with three
     * random sine waves.
     *
     * @param box the box to fill
     * @param rnd the geography's random stream
     * @return the outline
     */
    static Polygon defaultOutline(Box box, SplittableRandom rnd) {
        int n = 72;
        double[] phase = {rnd.nextDouble() * 2 * Math.PI, rnd.nextDouble() * 2 * Math.PI, rnd.nextDouble() * 2 * Math.PI};
        double cx = (box.minLon() + box.maxLon()) / 2;
        double cy = (box.minLat() + box.maxLat()) / 2;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = 0.86 + 0.06 * Math.sin(2 * a + phase[0]) + 0.04 * Math.sin(3 * a + phase[1])
                    + 0.03 * Math.sin(5 * a + phase[2]);
            ring[i] = new Coordinate(cx + Math.cos(a) * r * box.width() / 2, cy + Math.sin(a) * r * box.height() / 2);
        }
        ring[n] = ring[0];
        return GF.createPolygon(ring);
    }

    /**
     * Divides the outline into {@code n} organic cells of similar area: seeds spread by a few rounds of
     * Lloyd relaxation over random points inside the outline, ordered in rows that snake from the
     * north-west (so that consecutive cells, which share a subdistrict, are neighbours), then Voronoi
     * cells clipped to the outline.
     *
     * @param outline the district outline
     * @param n how many cells
     * @param rnd the geography's random stream
     * @return {@code n} polygonal cells in seed order
     */
    static List<Geometry> cells(Geometry outline, int n, SplittableRandom rnd) {
        List<Coordinate> samples = new ArrayList<>();
        PreparedGeometry inside = PreparedGeometryFactory.prepare(outline);
        Envelope env = outline.getEnvelopeInternal();
        int wanted = Math.max(200, SAMPLES_PER_CELL * n);
        for (int tries = 0; samples.size() < wanted && tries < 100 * wanted; tries++) {
            Coordinate c = new Coordinate(env.getMinX() + env.getWidth() * rnd.nextDouble(),
                    env.getMinY() + env.getHeight() * rnd.nextDouble());
            if (inside.contains(GF.createPoint(c))) {
                samples.add(c);
            }
        }
        if (samples.size() < n) {
            throw new IllegalArgumentException("The district outline is too small or thin to hold " + n
                    + " communities (" + samples.size() + " random points of " + wanted + " fell inside it)");
        }
        List<Coordinate> seeds = new ArrayList<>(samples.subList(0, n));
        NearestPoints nearSample = new NearestPoints(samples);
        for (int round = 0; round < LLOYD_ROUNDS; round++) {
            double[][] sums = new double[n][3];
            NearestPoints nearSeed = new NearestPoints(seeds);
            for (Coordinate s : samples) {
                int best = nearSeed.nearest(s.x, s.y);
                sums[best][0] += s.x;
                sums[best][1] += s.y;
                sums[best][2]++;
            }
            for (int i = 0; i < n; i++) {
                if (sums[i][2] > 0) {
                    // Snap the centroid to the nearest sample, so that a seed never leaves a concave outline.
                    Coordinate centroid = new Coordinate(sums[i][0] / sums[i][2], sums[i][1] / sums[i][2]);
                    seeds.set(i, samples.get(nearSample.nearest(centroid.x, centroid.y)));
                }
            }
        }
        seeds = snakeOrder(seeds);
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(seeds);
        Envelope clip = new Envelope(env);
        clip.expandBy(env.getWidth(), env.getHeight());
        voronoi.setClipEnvelope(clip);
        Geometry diagram = voronoi.getDiagram(GF);
        Map<Coordinate, Geometry> cellOf = new IdentityHashMap<>();
        NearestPoints nearSeed = new NearestPoints(seeds);
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            Coordinate site = (Coordinate) cell.getUserData();
            cellOf.put(seeds.get(nearSeed.nearest(site.x, site.y)), cell);
        }
        List<Geometry> cells = new ArrayList<>(n);
        for (Coordinate seed : seeds) {
            Geometry cell = cellOf.get(seed);
            if (cell == null) {
                throw new IllegalStateException("Two community seeds coincide at " + seed + "; use another seed");
            }
            cells.add(polygonal(cell.intersection(outline)));
        }
        return cells;
    }

    /** Seeds in rows from north to south, west to east in even rows and east to west in odd rows. */
    private static List<Coordinate> snakeOrder(List<Coordinate> seeds) {
        int cols = (int) Math.ceil(Math.sqrt(seeds.size() * 1.2));
        List<Coordinate> byLat = new ArrayList<>(seeds);
        byLat.sort(Comparator.comparingDouble((Coordinate c) -> -c.y).thenComparingDouble(c -> c.x));
        List<Coordinate> ordered = new ArrayList<>(seeds.size());
        for (int row = 0; row * cols < byLat.size(); row++) {
            List<Coordinate> r = new ArrayList<>(byLat.subList(row * cols, Math.min(byLat.size(), (row + 1) * cols)));
            Comparator<Coordinate> byLon = Comparator.comparingDouble(c -> c.x);
            r.sort(row % 2 == 0 ? byLon : byLon.reversed());
            ordered.addAll(r);
        }
        return ordered;
    }

    /** The polygons of a geometry (an intersection may add stray lines or points). */
    static Geometry polygonal(Geometry g) {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                polygons.add(p);
            }
        }
        return polygons.size() == 1 ? polygons.get(0) : GF.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /**
     * A point inside {@code area}: first the point at ({@code u}, {@code v}) of {@code box}, else random
     * points of the area's envelope from the geography's stream, else the area's interior point.
     *
     * @param area where the point must lie
     * @param box the box that {@code u} and {@code v} address
     * @param u 0..1 across the box
     * @param v 0..1 up the box
     * @param rnd the geography's random stream
     * @return lon, lat
     */
    static double[] pointIn(PreparedGeometry area, Box box, double u, double v, SplittableRandom rnd) {
        double lon = box.minLon() + box.width() * u;
        double lat = box.minLat() + box.height() * v;
        if (area.contains(GF.createPoint(new Coordinate(lon, lat)))) {
            return new double[] {lon, lat};
        }
        Envelope env = area.getGeometry().getEnvelopeInternal();
        for (int tries = 0; tries < 1000; tries++) {
            lon = env.getMinX() + env.getWidth() * (0.02 + 0.96 * rnd.nextDouble());
            lat = env.getMinY() + env.getHeight() * (0.02 + 0.96 * rnd.nextDouble());
            if (area.contains(GF.createPoint(new Coordinate(lon, lat)))) {
                return new double[] {lon, lat};
            }
        }
        Point p = area.getGeometry().getInteriorPoint();
        return new double[] {p.getX(), p.getY()};
    }

    /**
     * @param g a geometry with area
     * @return its bounding box
     */
    static Box box(Geometry g) {
        Envelope e = g.getEnvelopeInternal();
        return new Box(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }
}
