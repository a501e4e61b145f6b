package org.jiceng.benchmarks.grid.index;

import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jiceng.grid.index.CellCoveringGridIndexProvider;
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
 *   <li>{@code cellCovering}: our default provider (precomputed cell lattice, exact tests only in
 *       cells crossed by edges);</li>
 *   <li>{@code hilbertRtree}: our R-tree provider (the default before);</li>
 *   <li>{@code linearScan}: our baseline provider (tests every grid);</li>
 *   <li>{@code jtsStrtreeCovers}: plain JTS — an {@link STRtree} of the polygons, candidates checked
 *       with {@code Polygon.covers(Point)}, lowest id wins (same tie rule);</li>
 *   <li>{@code jtsStrtreeIndexedLocator}: JTS STRtree with one {@link IndexedPointInAreaLocator} per
 *       grid, the best one can do with stock JTS;</li>
 *   <li>{@code h3Approximate}: Uber H3 ({@link H3Lookup}), each H3 cell labelled with the grid of its
 *       centre: the approximate speed reference; its error rate is printed by {@link #setUp()}.</li>
 * </ul>
 * Before measuring, {@link #setUp()} checks that {@code cellCovering} agrees with JTS
 * {@code Polygon.covers} (lowest id wins) on every query point and on every vertex and edge midpoint
 * of the coverage (shared borders), and prints the memory of our indexes per grid.
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
    @Param({"100", "1000", "10000", "100000"})
    public int grids;

    private GridIndex cellCovering;
    private GridIndex hilbert;
    private H3Lookup h3;
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
        long t0 = System.nanoTime();
        cellCovering = new CellCoveringGridIndexProvider().create(shapes);
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
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
        int borderPoints = checkCellCoveringAgainstJtsCovers(shapes);
        h3 = new H3Lookup(cellCovering, CITY, H3_CELLS_PER_GRID);
        int h3Wrong = 0;
        for (int i = 0; i < QUERIES; i++) {
            int exact = cellCovering.locate(qx[i], qy[i]).map(this::rank).orElse(-1);
            h3Wrong += h3.locateRank(qx[i], qy[i]) == exact ? 0 : 1;
        }
        System.out.printf(Locale.ROOT, "%n[grid-locate K=%d] cellCovering == JTS covers on %d query points and %d"
                + " vertices/edge midpoints; built in %d ms: %s%n", grids, QUERIES, borderPoints, buildMillis, cellCovering);
        System.out.printf(Locale.ROOT, "[grid-locate K=%d] memory per grid: cellCovering %.0f B, hilbertRtree %.0f B"
                + " (index arrays, geometries not counted)%n", grids, (double) MemoryAccounting.bytes(cellCovering)
                / shapes.size(), (double) MemoryAccounting.bytes(hilbert) / shapes.size());
        System.out.printf(Locale.ROOT, "[grid-locate K=%d] H3 resolution %d: %d of %d answers wrong (%.2f%%)%n",
                grids, h3.resolution(), h3Wrong, QUERIES, 100.0 * h3Wrong / QUERIES);
    }

    /** H3 cells per grid for the approximate reference: finer costs memory, coarser more wrong answers. */
    static final double H3_CELLS_PER_GRID = 16;

    /**
     * Compares {@code cellCovering} with JTS {@code covers} (lowest id wins) on every query point and on
     * every vertex and edge midpoint of every grid.
     *
     * @return the number of vertices and midpoints checked
     */
    private int checkCellCoveringAgainstJtsCovers(List<GridShape> shapes) {
        for (int i = 0; i < QUERIES; i++) {
            requireAgreement(qx[i], qy[i]);
        }
        int checked = 0;
        for (GridShape s : shapes) {
            Coordinate[] cs = s.geometry().getCoordinates();
            for (int k = 0; k < cs.length; k++) {
                requireAgreement(cs[k].x, cs[k].y);
                if (k + 1 < cs.length) {
                    requireAgreement((cs[k].x + cs[k + 1].x) / 2, (cs[k].y + cs[k + 1].y) / 2);
                    checked++;
                }
                checked++;
            }
        }
        return checked;
    }

    private void requireAgreement(double x, double y) {
        String ours = cellCovering.locate(x, y).orElse("-");
        String jts = jtsCovers(x, y);
        if (!ours.equals(jts)) {
            throw new IllegalStateException("cellCovering disagrees with JTS covers at (" + x + ", " + y + "): "
                    + ours + " vs " + jts);
        }
    }

    private int rank(String id) {
        return java.util.Collections.binarySearch(idsInOrder(), id);
    }

    private List<String> ids;

    private List<String> idsInOrder() {
        if (ids == null) {
            ids = cellCovering.shapes().stream().map(GridShape::gridId).toList();
        }
        return ids;
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

    /** Lookups [s, s + BATCH) with our default cell-covering provider; returns the number of hits. */
    int cellCoveringBatch(int s) {
        int hits = 0;
        for (int i = s; i < s + BATCH; i++) {
            hits += cellCovering.locate(qx[i], qy[i]).isPresent() ? 1 : 0;
        }
        return hits;
    }

    /** Lookups [s, s + BATCH) with the approximate H3 reference; returns the number of hits. */
    int h3Batch(int s) {
        int hits = 0;
        for (int i = s; i < s + BATCH; i++) {
            hits += h3.locateRank(qx[i], qy[i]) >= 0 ? 1 : 0;
        }
        return hits;
    }

    /** Lookups [s, s + BATCH) with our R-tree provider; returns the number of hits. */
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
     * Our default provider: cell lattice plus exact tests in boundary cells.
     *
     * @return hits, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int cellCovering() {
        return cellCoveringBatch(nextStart());
    }

    /**
     * Approximate reference: H3 cell of the point, then a hash lookup.
     *
     * @return hits, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int h3Approximate() {
        return h3Batch(nextStart());
    }

    /**
     * Our R-tree provider.
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
