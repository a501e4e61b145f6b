package org.jiceng.benchmarks.grid.index;

import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridShape;
import org.jiceng.grid.index.HilbertRTreeGridIndexProvider;
import org.jiceng.grid.index.LinearScanGridIndexProvider;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code GridIndex.locate} on a Voronoi coverage of a city-sized area (0.6 x 0.4 degree around
 * Beijing, about 51 km x 44 km) with K grids, for random query points in the area's envelope
 * (plus a 5% margin, so some miss). In the same run:
 * <ul>
 *   <li>{@code hilbertRtree}: our indexed provider;</li>
 *   <li>{@code linearScan}: our baseline provider (tests every grid);</li>
 *   <li>{@code jtsStrtreeCovers}: plain JTS — an {@link STRtree} of the polygons, candidates checked
 *       with {@code Polygon.covers(Point)}, lowest id wins (same tie rule);</li>
 *   <li>{@code jtsStrtreeIndexedLocator}: JTS STRtree with one {@link IndexedPointInAreaLocator} per
 *       grid, the best one can do with stock JTS.</li>
 * </ul>
 * Each invocation performs {@value #BATCH} lookups; scores are lookups per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class GridLocateBenchmark {

    static final int BATCH = 1024;
    private static final int QUERIES = 1 << 16;
    private static final Envelope CITY = new Envelope(116.10, 116.70, 39.70, 40.10);
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** Number of grids in the coverage. */
    @Param({"100", "1000", "10000"})
    public int grids;

    private GridIndex hilbert;
    private GridIndex linear;
    private STRtree strtree;
    private STRtree locatorTree;
    private double[] qx;
    private double[] qy;
    private int next;

    /** Builds the coverage, the four indexes and the query points; checks that they agree. */
    @Setup(Level.Trial)
    public void setUp() {
        List<GridShape> shapes = voronoiCoverage(grids, 42L);
        hilbert = new HilbertRTreeGridIndexProvider().create(shapes);
        linear = new LinearScanGridIndexProvider().create(shapes);
        strtree = new STRtree();
        locatorTree = new STRtree();
        for (GridShape s : hilbert.shapes()) {
            strtree.insert(s.geometry().getEnvelopeInternal(), s);
            locatorTree.insert(s.geometry().getEnvelopeInternal(),
                    new Located(s.gridId(), new IndexedPointInAreaLocator(s.geometry())));
        }
        strtree.build();
        locatorTree.build();
        Random random = new Random(7);
        qx = new double[QUERIES];
        qy = new double[QUERIES];
        double mx = CITY.getWidth() * 0.05;
        double my = CITY.getHeight() * 0.05;
        for (int i = 0; i < QUERIES; i++) {
            qx[i] = CITY.getMinX() - mx + (CITY.getWidth() + 2 * mx) * random.nextDouble();
            qy[i] = CITY.getMinY() - my + (CITY.getHeight() + 2 * my) * random.nextDouble();
        }
        for (int i = 0; i < 2000; i++) {
            String a = hilbert.locate(qx[i], qy[i]).orElse("-");
            String b = jtsCovers(qx[i], qy[i]);
            String c = jtsLocator(qx[i], qy[i]);
            String d = i < 200 ? linear.locate(qx[i], qy[i]).orElse("-") : a;
            if (!a.equals(b) || !a.equals(c) || !a.equals(d)) {
                throw new IllegalStateException("Implementations disagree at (" + qx[i] + ", " + qy[i] + "): "
                        + a + " " + b + " " + c + " " + d);
            }
        }
    }

    /** Voronoi cells of K uniformly random sites, clipped to the city envelope. */
    static List<GridShape> voronoiCoverage(int k, long seed) {
        Random random = new Random(seed);
        List<Coordinate> sites = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            sites.add(new Coordinate(CITY.getMinX() + CITY.getWidth() * random.nextDouble(),
                    CITY.getMinY() + CITY.getHeight() * random.nextDouble()));
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(CITY);
        Geometry cells = builder.getDiagram(FACTORY);
        Geometry box = FACTORY.toGeometry(CITY);
        List<GridShape> shapes = new ArrayList<>(k);
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            if (!box.covers(cell)) {
                cell = cell.intersection(box);
            }
            if (!cell.isEmpty() && cell.getArea() > 0) {
                shapes.add(new GridShape(String.format(Locale.ROOT, "G%06d", i), cell));
            }
        }
        return shapes;
    }

    private String jtsCovers(double x, double y) {
        Point p = FACTORY.createPoint(new Coordinate(x, y));
        String best = null;
        for (Object o : strtree.query(new Envelope(x, x, y, y))) {
            GridShape s = (GridShape) o;
            if ((best == null || s.gridId().compareTo(best) < 0) && s.geometry().covers(p)) {
                best = s.gridId();
            }
        }
        return best == null ? "-" : best;
    }

    private String jtsLocator(double x, double y) {
        Coordinate p = new Coordinate(x, y);
        String best = null;
        for (Object o : locatorTree.query(new Envelope(x, x, y, y))) {
            Located l = (Located) o;
            if ((best == null || l.id.compareTo(best) < 0) && l.locator.locate(p) != Location.EXTERIOR) {
                best = l.id;
            }
        }
        return best == null ? "-" : best;
    }

    private record Located(String id, IndexedPointInAreaLocator locator) {
    }

    private int nextStart() {
        int start = next;
        next = (next + BATCH) & (QUERIES - 1);
        return start;
    }

    /** Lookups [s, s + BATCH) with our indexed provider; returns the number of hits. */
    int hilbertBatch(int s) {
        int hits = 0;
        for (int i = s; i < s + BATCH; i++) {
            hits += hilbert.locate(qx[i], qy[i]).isPresent() ? 1 : 0;
        }
        return hits;
    }

    /** Lookups [s, s + BATCH) with our linear scan; returns the number of hits. */
    int linearBatch(int s) {
        int hits = 0;
        for (int i = s; i < s + BATCH; i++) {
            hits += linear.locate(qx[i], qy[i]).isPresent() ? 1 : 0;
        }
        return hits;
    }

    /** Lookups [s, s + BATCH) with JTS STRtree + Polygon.covers; returns the number of hits. */
    int jtsCoversBatch(int s) {
        int hits = 0;
        for (int i = s; i < s + BATCH; i++) {
            hits += jtsCovers(qx[i], qy[i]).length() > 1 ? 1 : 0;
        }
        return hits;
    }

    /** Lookups [s, s + BATCH) with JTS STRtree + IndexedPointInAreaLocator; returns the number of hits. */
    int jtsLocatorBatch(int s) {
        int hits = 0;
        for (int i = s; i < s + BATCH; i++) {
            hits += jtsLocator(qx[i], qy[i]).length() > 1 ? 1 : 0;
        }
        return hits;
    }

    /** @return number of query points prepared (a multiple of {@link #BATCH}) */
    static int queryCount() {
        return QUERIES;
    }

    /**
     * Our indexed provider.
     *
     * @return hits, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int hilbertRtree() {
        return hilbertBatch(nextStart());
    }

    /**
     * Our linear-scan baseline (slow at K = 10,000: short iterations).
     *
     * @return hits, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int linearScan() {
        return linearBatch(nextStart());
    }

    /**
     * Plain JTS: STRtree of polygons plus Polygon.covers.
     *
     * @return hits, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int jtsStrtreeCovers() {
        return jtsCoversBatch(nextStart());
    }

    /**
     * JTS STRtree plus IndexedPointInAreaLocator per grid.
     *
     * @return hits, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int jtsStrtreeIndexedLocator() {
        return jtsLocatorBatch(nextStart());
    }
}
