package org.jiceng.grid.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

class GridIndexPropertiesTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static GridIndex indexed(List<GridShape> shapes) {
        return new HilbertRTreeGridIndexProvider().create(shapes);
    }

    private static GridIndex linear(List<GridShape> shapes) {
        return new LinearScanGridIndexProvider().create(shapes);
    }

    /** Interior, outside, vertex and on-edge probes of a lattice coverage. */
    static List<Coordinate> latticeProbes(LatticeCoverage c, Random random, int randomCount) {
        List<Coordinate> probes = new ArrayList<>();
        for (int i = 0; i <= c.nx(); i++) {
            for (int j = 0; j <= c.ny(); j++) {
                probes.add(c.vertex(i, j));
                for (int q = 1; q < 4; q++) {
                    if (i < c.nx()) {
                        probes.add(c.along(i, j, i + 1, j, q));
                    }
                    if (j < c.ny()) {
                        probes.add(c.along(i, j, i, j + 1, q));
                    }
                }
            }
        }
        double w = c.maxLon() - c.minLon();
        double h = c.maxLat() - c.minLat();
        for (int k = 0; k < randomCount; k++) {
            // A margin of 20% around the rectangle gives outside points too.
            probes.add(new Coordinate(c.minLon() - 0.2 * w + 1.4 * w * random.nextDouble(),
                    c.minLat() - 0.2 * h + 1.4 * h * random.nextDouble()));
        }
        return probes;
    }

    @Property(tries = 60)
    void indexedAgreesWithLinearScanOnLatticeCoverage(@ForAll @IntRange(min = 1, max = 12) int nx,
            @ForAll @IntRange(min = 1, max = 12) int ny, @ForAll long seed) {
        LatticeCoverage coverage = new LatticeCoverage(nx, ny, seed);
        GridIndex fast = indexed(coverage.shapes());
        GridIndex slow = linear(coverage.shapes());
        for (Coordinate p : latticeProbes(coverage, new Random(seed), 300)) {
            assertThat(fast.locate(p.x, p.y)).as("locate %s", p).isEqualTo(slow.locate(p.x, p.y));
            assertThat(fast.covering(p.x, p.y)).as("covering %s", p).isEqualTo(slow.covering(p.x, p.y));
        }
    }

    @Property(tries = 60)
    void everyPointOfLatticeCoverageBelongsToExactlyTheLowestIdOfItsGrids(
            @ForAll @IntRange(min = 1, max = 10) int nx, @ForAll @IntRange(min = 1, max = 10) int ny,
            @ForAll long seed) {
        LatticeCoverage c = new LatticeCoverage(nx, ny, seed);
        for (GridIndex index : List.of(indexed(c.shapes()), linear(c.shapes()))) {
            for (int i = 0; i <= nx; i++) {
                for (int j = 0; j <= ny; j++) {
                    Coordinate v = c.vertex(i, j);
                    assertThat(index.locate(v.x, v.y)).as("vertex (%d,%d) via %s", i, j, index.providerName())
                            .contains(c.minIdOf(LatticeCoverage.cellsAtVertex(i, j)));
                    for (int q = 1; q < 4; q++) {
                        if (i < nx) {
                            Coordinate e = c.along(i, j, i + 1, j, q);
                            assertThat(index.locate(e.x, e.y)).as("edge point %s", e)
                                    .contains(c.minIdOf(new int[][] {{i, j - 1}, {i, j}}));
                            assertThat(index.covering(e.x, e.y)).hasSize(j == 0 || j == ny ? 1 : 2);
                        }
                        if (j < ny) {
                            Coordinate e = c.along(i, j, i, j + 1, q);
                            assertThat(index.locate(e.x, e.y)).as("edge point %s", e)
                                    .contains(c.minIdOf(new int[][] {{i - 1, j}, {i, j}}));
                        }
                    }
                }
            }
            Random random = new Random(seed);
            for (int k = 0; k < 200; k++) {
                double x = c.minLon() + (c.maxLon() - c.minLon()) * random.nextDouble();
                double y = c.minLat() + (c.maxLat() - c.minLat()) * random.nextDouble();
                List<String> covering = index.covering(x, y);
                assertThat(covering).as("point (%s, %s) of the coverage", x, y).isNotEmpty();
                assertThat(index.locate(x, y)).contains(covering.get(0));
            }
            for (GridShape shape : c.shapes()) {
                Coordinate inside = shape.geometry().getInteriorPoint().getCoordinate();
                assertThat(index.covering(inside.x, inside.y)).containsExactly(shape.gridId());
            }
        }
    }

    @Property(tries = 40)
    void indexedAgreesWithLinearScanOnVoronoiCoverage(@ForAll @IntRange(min = 1, max = 150) int sites,
            @ForAll long seed) {
        List<GridShape> shapes = voronoi(sites, seed);
        GridIndex fast = indexed(shapes);
        GridIndex slow = linear(shapes);
        Random random = new Random(seed);
        List<Coordinate> probes = new ArrayList<>();
        for (GridShape s : shapes) {
            Collections.addAll(probes, s.geometry().getCoordinates());
        }
        for (int k = 0; k < 400; k++) {
            probes.add(new Coordinate(115.9 + 0.7 * random.nextDouble(), 39.6 + 0.6 * random.nextDouble()));
        }
        for (Coordinate p : probes) {
            assertThat(fast.locate(p.x, p.y)).as("locate %s", p).isEqualTo(slow.locate(p.x, p.y));
        }
    }

    @Property(tries = 30)
    void bandedPolygonsWithHolesAgreeWithJts(@ForAll @IntRange(min = 33, max = 800) int vertices,
            @ForAll long seed) {
        Random random = new Random(seed);
        Geometry ring = starPolygon(116.3, 39.9, 0.05, vertices, random);
        Geometry hole = starPolygon(116.3, 39.9, 0.01, Math.max(3, vertices / 3), random);
        Geometry withHole = FACTORY.createPolygon(
                FACTORY.createLinearRing(ring.getCoordinates()),
                new org.locationtech.jts.geom.LinearRing[] {FACTORY.createLinearRing(hole.getCoordinates())});
        Geometry island = starPolygon(116.3, 39.9, 0.005, 40, random);
        Geometry multi = FACTORY.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                (org.locationtech.jts.geom.Polygon) withHole, (org.locationtech.jts.geom.Polygon) island});
        GridShape shape = new GridShape("star", multi);
        GridIndex fast = indexed(List.of(shape));
        List<Coordinate> probes = new ArrayList<>(List.of(multi.getCoordinates()));
        Coordinate[] cs = ring.getCoordinates();
        for (int k = 0; k + 1 < cs.length; k++) {
            probes.add(new Coordinate((cs[k].x + cs[k + 1].x) / 2, (cs[k].y + cs[k + 1].y) / 2));
        }
        for (int k = 0; k < 500; k++) {
            probes.add(new Coordinate(116.24 + 0.12 * random.nextDouble(), 39.84 + 0.12 * random.nextDouble()));
        }
        for (Coordinate p : probes) {
            boolean expected = SimplePointInAreaLocator.locate(p, multi) != Location.EXTERIOR;
            assertThat(fast.locate(p.x, p.y)).as("probe %s", p).isEqualTo(expected ? Optional.of("star") : Optional.empty());
        }
    }

    @Property(tries = 30)
    void inputOrderNeverChangesTheAnswer(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll long seed) {
        LatticeCoverage c = new LatticeCoverage(n, n, seed);
        List<GridShape> shuffled = new ArrayList<>(c.shapes());
        Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
        GridIndex a = indexed(c.shapes());
        GridIndex b = indexed(shuffled);
        assertThat(b.shapes()).isEqualTo(a.shapes());
        for (Coordinate p : latticeProbes(c, new Random(seed), 100)) {
            assertThat(b.locate(p.x, p.y)).isEqualTo(a.locate(p.x, p.y));
        }
    }

    /** A random star-shaped (hence simple) polygon around a centre. */
    static Geometry starPolygon(double cx, double cy, double radius, int n, Random random) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int k = 0; k < n; k++) {
            double angle = 2 * Math.PI * k / n;
            double r = radius * (0.6 + 0.4 * random.nextDouble());
            ring[k] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        ring[n] = ring[0];
        return FACTORY.createPolygon(ring);
    }

    /** Voronoi cells of random sites, clipped to a box around Beijing. */
    static List<GridShape> voronoi(int sites, long seed) {
        Random random = new Random(seed);
        List<Coordinate> points = new ArrayList<>();
        for (int k = 0; k < sites; k++) {
            points.add(new Coordinate(116.0 + 0.5 * random.nextDouble(), 39.7 + 0.4 * random.nextDouble()));
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(points);
        Envelope clip = new Envelope(116.0, 116.5, 39.7, 40.1);
        builder.setClipEnvelope(clip);
        Geometry cells = builder.getDiagram(FACTORY);
        Geometry box = FACTORY.toGeometry(clip);
        List<GridShape> shapes = new ArrayList<>();
        for (int k = 0; k < cells.getNumGeometries(); k++) {
            Geometry cell = cells.getGeometryN(k).intersection(box);
            if (!cell.isEmpty() && cell.getArea() > 0) {
                shapes.add(new GridShape("V" + k, cell));
            }
        }
        return shapes;
    }
}
