package org.jiceng.grid.line;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.jiceng.grid.geo.GaussKruger;
import org.jiceng.grid.geo.Measures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Splits lines (rivers, roads) stored in WGS-84 into segments measured in metres (local
 * Gauss-Krüger projection, see {@link Measures}).
 *
 * <p>Cost: one projection pass over the vertices, then one forward walk that visits every vertex
 * and every cut once: O(vertices + segments). Segment lengths add up to the line length exactly
 * (each segment's length is the difference of cumulative measures, which telescopes).
 */
public final class LineSegmenter {

    /** Upper bound on segments per line, to stop an absurd target length from exhausting memory. */
    public static final int MAX_SEGMENTS = 1_000_000;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private LineSegmenter() {
    }

    /**
     * @param lineId id of the line
     * @param wgs84 the line in lon/lat, of positive length
     * @param parts N, the number of equal-length segments, {@code >= 1}
     * @return N segments in order along the line
     */
    public static List<LineSegment> intoParts(String lineId, LineString wgs84, int parts) {
        if (parts < 1 || parts > MAX_SEGMENTS) {
            throw new IllegalArgumentException("Line " + lineId + ": parts must be in 1.." + MAX_SEGMENTS + ", was " + parts);
        }
        Projected line = Projected.of(lineId, wgs84);
        double[] cuts = new double[parts - 1];
        for (int j = 1; j < parts; j++) {
            cuts[j - 1] = line.length * j / parts;
        }
        return line.cut(cuts);
    }

    /**
     * Segments of exactly the target length from the start; the last one takes the remainder (shorter
     * than the target, never empty).
     *
     * @param lineId id of the line
     * @param wgs84 the line in lon/lat, of positive length
     * @param targetMetres target length in metres, {@code > 0}
     * @return the segments in order along the line
     */
    public static List<LineSegment> byLength(String lineId, LineString wgs84, double targetMetres) {
        if (!(targetMetres > 0) || Double.isInfinite(targetMetres)) {
            throw new IllegalArgumentException("Line " + lineId + ": target length must be a positive number of metres, was "
                    + targetMetres);
        }
        Projected line = Projected.of(lineId, wgs84);
        double count = Math.ceil(line.length / targetMetres);
        if (count > MAX_SEGMENTS) {
            throw new IllegalArgumentException("Line " + lineId + " of " + line.length + " m would give " + count
                    + " segments of " + targetMetres + " m, more than " + MAX_SEGMENTS);
        }
        List<Double> cuts = new ArrayList<>();
        for (int j = 1; targetMetres * j < line.length * (1 - 1e-12); j++) {
            cuts.add(targetMetres * j);
        }
        return line.cut(cuts.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Splits a network of lines into a total number of segments: each line gets at least one, and the
     * rest go one by one to the line whose segments are currently longest (so the longest segment is
     * as short as possible); each line is then cut into equal parts. This is the 10 rivers to 62
     * reaches step of 分段包干.
     *
     * @param lines lines by id, in the order the result should follow
     * @param totalSegments total number of segments, at least the number of lines
     * @return all segments, line by line
     */
    public static List<LineSegment> network(Map<String, LineString> lines, int totalSegments) {
        Objects.requireNonNull(lines, "lines");
        if (lines.isEmpty() || totalSegments < lines.size()) {
            throw new IllegalArgumentException("Need at least one segment per line: " + lines.size() + " lines, "
                    + totalSegments + " segments");
        }
        Map<String, Double> lengths = new LinkedHashMap<>();
        lines.forEach((id, line) -> lengths.put(id, Measures.lengthMetres(line)));
        Map<String, Integer> parts = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(lines.keySet());
        PriorityQueue<String> longest = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(known(lengths, b) / known(parts, b), known(lengths, a) / known(parts, a));
            return c != 0 ? c : Integer.compare(order.indexOf(a), order.indexOf(b));
        });
        for (String id : order) {
            parts.put(id, 1);
            longest.add(id);
        }
        for (int s = lines.size(); s < totalSegments; s++) {
            String id = longest.poll();
            parts.merge(id, 1, Integer::sum);
            longest.add(id);
        }
        List<LineSegment> out = new ArrayList<>(totalSegments);
        for (String id : order) {
            out.addAll(intoParts(id, known(lines, id), known(parts, id)));
        }
        return out;
    }

    /** A line projected to metres with cumulative measures. */
    private static final class Projected {
        final String id;
        final GaussKruger projection;
        final double[] x;
        final double[] y;
        final double[] measure;
        final double length;

        private Projected(String id, GaussKruger projection, double[] x, double[] y, double[] measure) {
            this.id = id;
            this.projection = projection;
            this.x = x;
            this.y = y;
            this.measure = measure;
            this.length = measure[measure.length - 1];
        }

        static Projected of(String id, LineString wgs84) {
            Objects.requireNonNull(id, "lineId");
            Objects.requireNonNull(wgs84, "line");
            int n = wgs84.getNumPoints();
            if (n < 2) {
                throw new IllegalArgumentException("Line " + id + " needs at least 2 vertices, has " + n);
            }
            GaussKruger gk = Measures.localProjection(wgs84);
            double[] xs = new double[n];
            double[] ys = new double[n];
            double[] m = new double[n];
            double[] buf = new double[2];
            for (int i = 0; i < n; i++) {
                Coordinate c = wgs84.getCoordinateN(i);
                gk.forward(c.x, c.y, buf);
                xs[i] = buf[0];
                ys[i] = buf[1];
                m[i] = i == 0 ? 0 : m[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            }
            if (!(m[n - 1] > 0)) {
                throw new IllegalArgumentException("Line " + id + " has zero length");
            }
            return new Projected(id, gk, xs, ys, m);
        }

        /** One forward walk: emits a segment at every cut (ascending, strictly inside (0, length)). */
        List<LineSegment> cut(double[] cuts) {
            List<LineSegment> out = new ArrayList<>(cuts.length + 1);
            List<Coordinate> current = new ArrayList<>();
            current.add(new Coordinate(x[0], y[0]));
            double start = 0;
            int v = 1; // next vertex
            for (int c = 0; c <= cuts.length; c++) {
                double at = c < cuts.length ? cuts[c] : length;
                while (v < x.length && measure[v] < at) {
                    add(current, new Coordinate(x[v], y[v]));
                    v++;
                }
                Coordinate end;
                if (c == cuts.length) {
                    end = new Coordinate(x[x.length - 1], y[y.length - 1]);
                } else {
                    double edge = measure[v] - measure[v - 1];
                    double t = edge > 0 ? (at - measure[v - 1]) / edge : 0;
                    end = new Coordinate(x[v - 1] + t * (x[v] - x[v - 1]), y[v - 1] + t * (y[v] - y[v - 1]));
                }
                add(current, end);
                if (current.size() == 1) {
                    current.add(new Coordinate(end)); // zero-length piece: keep a valid 2-point line
                }
                out.add(new LineSegment(id, c, toWgs84(current), start, at));
                current = new ArrayList<>();
                current.add(new Coordinate(end));
                start = at;
            }
            return out;
        }

        private static void add(List<Coordinate> coords, Coordinate c) {
            if (!coords.get(coords.size() - 1).equals2D(c)) {
                coords.add(c);
            }
        }

        private LineString toWgs84(List<Coordinate> projected) {
            Coordinate[] coords = new Coordinate[projected.size()];
            double[] buf = new double[2];
            for (int i = 0; i < coords.length; i++) {
                projection.inverse(projected.get(i).x, projected.get(i).y, buf);
                coords[i] = new Coordinate(buf[0], buf[1]);
            }
            return FACTORY.createLineString(coords);
        }
    }

    /** @return the value of a key the map holds */
    private static <V> V known(Map<String, V> map, String key) {
        return Objects.requireNonNull(map.get(key), key);
    }
}
