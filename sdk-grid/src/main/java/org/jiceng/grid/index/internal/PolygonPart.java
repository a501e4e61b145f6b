package org.jiceng.grid.index.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * One polygon (shell plus holes) flattened into arrays for an exact, allocation-free "covers" test.
 *
 * <p>The test counts crossings of a ray from the point towards +x with the ring edges; any edge
 * that contains the point makes it a boundary point, which counts as covered. Edges are tested with
 * a robust orientation predicate (see {@link RayCrossing}), so the answer is exact for the stored doubles. Polygons with many
 * edges get horizontal bands: each band lists the edges whose y-range meets it, and a query only
 * reads the band of its y (an edge relevant to the ray always spans the query's y). Not API.
 */
final class PolygonPart {

    /** Polygons with more edges than this are bucketed into bands. */
    static final int BAND_THRESHOLD = 32;
    /** Target number of edges per band; bands are capped at {@link #MAX_BANDS}. */
    private static final int EDGES_PER_BAND = 4;
    private static final int MAX_BANDS = 1 << 14;

    private static final int ON = RayCrossing.ON;

    final double minX;
    final double minY;
    final double maxX;
    final double maxY;

    /** x0, y0, x1, y1, ... for every ring, each ring closed (first vertex repeated last). */
    private final double[] xy;
    /** For each edge, the index (in vertices) of its first vertex; the second is the next vertex. */
    private final int[] edgeStart;

    private final int bandCount;
    private final double bandY0;
    private final double bandScale;
    /** Band b's edges are bandEdges[bandFirst[b] .. bandFirst[b + 1]). Empty when unbanded (bandCount 0). */
    private final int[] bandFirst;
    private final int[] bandEdges;

    PolygonPart(Polygon polygon) {
        int rings = 1 + polygon.getNumInteriorRing();
        int vertices = 0;
        for (int r = 0; r < rings; r++) {
            vertices += ring(polygon, r).getNumPoints();
        }
        xy = new double[2 * vertices];
        edgeStart = new int[vertices - rings];
        int v = 0;
        int e = 0;
        for (int r = 0; r < rings; r++) {
            Coordinate[] cs = ring(polygon, r).getCoordinates();
            for (int i = 0; i < cs.length; i++) {
                xy[2 * (v + i)] = cs[i].x;
                xy[2 * (v + i) + 1] = cs[i].y;
                if (i + 1 < cs.length) {
                    edgeStart[e++] = v + i;
                }
            }
            v += cs.length;
        }
        var env = polygon.getEnvelopeInternal();
        minX = env.getMinX();
        minY = env.getMinY();
        maxX = env.getMaxX();
        maxY = env.getMaxY();

        if (edgeStart.length > BAND_THRESHOLD && maxY > minY) {
            bandCount = Math.min(MAX_BANDS, Math.max(1, edgeStart.length / EDGES_PER_BAND));
            bandY0 = minY;
            bandScale = bandCount / (maxY - minY);
            int[] counts = new int[bandCount + 1];
            for (int edge : edgeStart) {
                int lo = band(Math.min(y(edge), y(edge + 1)));
                int hi = band(Math.max(y(edge), y(edge + 1)));
                for (int b = lo; b <= hi; b++) {
                    counts[b + 1]++;
                }
            }
            for (int b = 0; b < bandCount; b++) {
                counts[b + 1] += counts[b];
            }
            bandFirst = counts.clone();
            bandEdges = new int[counts[bandCount]];
            int[] next = counts;
            for (int edge : edgeStart) {
                int lo = band(Math.min(y(edge), y(edge + 1)));
                int hi = band(Math.max(y(edge), y(edge + 1)));
                for (int b = lo; b <= hi; b++) {
                    bandEdges[next[b]++] = edge;
                }
            }
        } else {
            bandCount = 0;
            bandY0 = 0;
            bandScale = 0;
            bandFirst = new int[0];
            bandEdges = new int[0];
        }
    }

    /** @return bytes held by this part's arrays */
    long arrayBytes() {
        return 8L * xy.length + 4L * edgeStart.length
                + 4L * (bandFirst.length + bandEdges.length);
    }

    private static LinearRing ring(Polygon polygon, int r) {
        return r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1);
    }

    private double y(int vertex) {
        return xy[2 * vertex + 1];
    }

    /** Monotone in y, so an edge spanning [y1, y2] is listed in every band a y in that range maps to. */
    private int band(double y) {
        int b = (int) ((y - bandY0) * bandScale);
        return b < 0 ? 0 : Math.min(b, bandCount - 1);
    }

    /** @return true when the point is inside the polygon or on its boundary */
    boolean covers(double px, double py) {
        if (px < minX || px > maxX || py < minY || py > maxY) {
            return false;
        }
        int crossings = 0;
        if (bandCount == 0) {
            for (int edge : edgeStart) {
                int r = classify(px, py, edge);
                if (r == ON) {
                    return true;
                }
                crossings += r;
            }
        } else {
            int b = band(py);
            for (int i = bandFirst[b], end = bandFirst[b + 1]; i < end; i++) {
                int r = classify(px, py, bandEdges[i]);
                if (r == ON) {
                    return true;
                }
                crossings += r;
            }
        }
        return (crossings & 1) == 1;
    }

    private int classify(double px, double py, int edge) {
        int i = 2 * edge;
        return RayCrossing.classify(px, py, xy[i], xy[i + 1], xy[i + 2], xy[i + 3]);
    }
}
