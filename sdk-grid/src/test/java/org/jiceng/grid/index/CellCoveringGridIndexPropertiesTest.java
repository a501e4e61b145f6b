package org.jiceng.grid.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The default {@code cell-covering} index against the oracle: JTS {@code Geometry.covers} on every
 * grid, the lowest id among the covering grids winning (the documented tie rule).
 */
class CellCoveringGridIndexPropertiesTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static GridIndex fast(List<GridShape> shapes) {
        return new CellCoveringGridIndexProvider().create(shapes);
    }

    /**
     * The oracle: lowest id of the grids whose geometry JTS says covers the point (JTS's prepared
     * {@code covers}, the same predicate as {@code Geometry.covers}, indexed so large polygons stay fast).
     */
    private static Optional<String> jtsCovers(List<GridShape> shapes, List<PreparedGeometry> prepared, double x,
            double y) {
        Geometry point = FACTORY.createPoint(new Coordinate(x, y));
        String best = null;
        for (int i = 0; i < shapes.size(); i++) {
            String id = shapes.get(i).gridId();
            if ((best == null || id.compareTo(best) < 0) && prepared.get(i).covers(point)) {
                best = id;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void assertAgreesWithJts(List<GridShape> shapes, List<Coordinate> probes) {
        GridIndex index = fast(shapes);
        List<PreparedGeometry> prepared = shapes.stream().map(s -> PreparedGeometryFactory.prepare(s.geometry())).toList();
        for (Coordinate p : probes) {
            assertThat(index.locate(p.x, p.y)).as("locate (%s, %s) in %s", p.x, p.y, index)
                    .isEqualTo(jtsCovers(shapes, prepared, p.x, p.y));
        }
    }

    /**
     * A random partition: the cells of a jittered lattice are dealt to {@code grids} ids at random and
     * each id's cells are unioned, which gives multipolygons (cells that do not touch) and polygons
     * with holes (a cell surrounded by another id's cells). Coordinates stay multiples of 2^-18, so
     * vertices and quarter points of lattice edges lie exactly on the shared borders.
     */
    private static List<GridShape> dealtPartition(LatticeCoverage lattice, int grids, Random random) {
        List<List<Geometry>> parts = new ArrayList<>();
        for (int g = 0; g < grids; g++) {
            parts.add(new ArrayList<>());
        }
        List<GridShape> cells = lattice.shapes();
        for (int c = 0; c < cells.size(); c++) {
            // The first cells go one to each id, so no id is left empty.
            parts.get(c < grids ? c : random.nextInt(grids)).add(cells.get(c).geometry());
        }
        List<GridShape> shapes = new ArrayList<>();
        for (int g = 0; g < grids; g++) {
            Geometry union = FACTORY.buildGeometry(parts.get(g)).union();
            shapes.add(new GridShape(String.format(Locale.ROOT, "P%03d", random.nextInt(1000)) + "-" + g, union));
        }
        return shapes;
    }

    @Property(tries = 60)
    void agreesWithJtsCoversOnRandomPartitionsWithHolesAndMultipolygons(
            @ForAll @IntRange(min = 1, max = 12) int nx, @ForAll @IntRange(min = 1, max = 12) int ny,
            @ForAll @IntRange(min = 1, max = 12) int grids, @ForAll long seed) {
        Random random = new Random(seed);
        LatticeCoverage lattice = new LatticeCoverage(nx, ny, seed);
        List<GridShape> shapes = dealtPartition(lattice, Math.min(grids, nx * ny), random);
        assertAgreesWithJts(shapes, GridIndexPropertiesTest.latticeProbes(lattice, random, 300));
    }

    @Property(tries = 60)
    void everyPointOfTheLatticeBelongsToTheLowestIdOfTheCellsSharingIt(
            @ForAll @IntRange(min = 1, max = 12) int nx, @ForAll @IntRange(min = 1, max = 12) int ny,
            @ForAll long seed) {
        LatticeCoverage c = new LatticeCoverage(nx, ny, seed);
        GridIndex index = fast(c.shapes());
        for (int i = 0; i <= nx; i++) {
            for (int j = 0; j <= ny; j++) {
                Coordinate v = c.vertex(i, j);
                assertThat(index.locate(v.x, v.y)).as("vertex (%d,%d)", i, j)
                        .contains(c.minIdOf(LatticeCoverage.cellsAtVertex(i, j)));
                for (int q = 1; q < 4; q++) {
                    if (i < nx) {
                        Coordinate e = c.along(i, j, i + 1, j, q);
                        assertThat(index.locate(e.x, e.y)).as("horizontal edge point %s", e)
                                .contains(c.minIdOf(new int[][] {{i, j - 1}, {i, j}}));
                    }
                    if (j < ny) {
                        Coordinate e = c.along(i, j, i, j + 1, q);
                        assertThat(index.locate(e.x, e.y)).as("vertical edge point %s", e)
                                .contains(c.minIdOf(new int[][] {{i - 1, j}, {i, j}}));
                    }
                }
            }
        }
        for (GridShape shape : c.shapes()) {
            Coordinate inside = shape.geometry().getInteriorPoint().getCoordinate();
            assertThat(index.locate(inside.x, inside.y)).contains(shape.gridId());
        }
    }

    @Property(tries = 40)
    void agreesWithJtsCoversOnVoronoiCoverages(@ForAll @IntRange(min = 1, max = 300) int sites, @ForAll long seed) {
        List<GridShape> shapes = GridIndexPropertiesTest.voronoi(sites, seed);
        Random random = new Random(seed);
        List<Coordinate> probes = new ArrayList<>();
        for (GridShape s : shapes) {
            Coordinate[] cs = s.geometry().getCoordinates();
            Collections.addAll(probes, cs);
            for (int k = 0; k + 1 < cs.length; k++) {
                probes.add(new Coordinate((cs[k].x + cs[k + 1].x) / 2, (cs[k].y + cs[k + 1].y) / 2));
            }
        }
        for (int k = 0; k < 400; k++) {
            probes.add(new Coordinate(115.9 + 0.7 * random.nextDouble(), 39.6 + 0.6 * random.nextDouble()));
        }
        assertAgreesWithJts(shapes, probes);
    }

    @Property(tries = 30)
    void agreesWithJtsCoversOnLargeBandedPolygonsWithHolesAndIslands(
            @ForAll @IntRange(min = 33, max = 800) int vertices, @ForAll long seed) {
        Random random = new Random(seed);
        Polygon outer = (Polygon) GridIndexPropertiesTest.starPolygon(116.3, 39.9, 0.05, vertices, random);
        Polygon hole = (Polygon) GridIndexPropertiesTest.starPolygon(116.3, 39.9, 0.01, Math.max(3, vertices / 3), random);
        Polygon withHole = FACTORY.createPolygon(outer.getExteriorRing(), new LinearRing[] {hole.getExteriorRing()});
        Polygon island = (Polygon) GridIndexPropertiesTest.starPolygon(116.3, 39.9, 0.005, 40, random);
        Polygon neighbour = FACTORY.createPolygon(new Coordinate[] {new Coordinate(116.36, 39.84),
            new Coordinate(116.42, 39.84), new Coordinate(116.42, 39.96), new Coordinate(116.36, 39.96),
            new Coordinate(116.36, 39.84)});
        List<GridShape> shapes = List.of(
                new GridShape("star", FACTORY.createMultiPolygon(new Polygon[] {withHole, island})),
                new GridShape("east", neighbour));
        List<Coordinate> probes = new ArrayList<>();
        for (GridShape s : shapes) {
            Collections.addAll(probes, s.geometry().getCoordinates());
        }
        Coordinate[] cs = outer.getCoordinates();
        for (int k = 0; k + 1 < cs.length; k++) {
            probes.add(new Coordinate((cs[k].x + cs[k + 1].x) / 2, (cs[k].y + cs[k + 1].y) / 2));
        }
        for (int k = 0; k < 1000; k++) {
            probes.add(new Coordinate(116.23 + 0.21 * random.nextDouble(), 39.83 + 0.14 * random.nextDouble()));
        }
        assertAgreesWithJts(shapes, probes);
    }

    @Property(tries = 40)
    void overlappingAndNestedGridsResolveToTheLowestId(@ForAll @IntRange(min = 2, max = 20) int grids,
            @ForAll long seed) {
        // A faulty coverage: random boxes, some inside others, some overlapping.
        Random random = new Random(seed);
        List<GridShape> shapes = new ArrayList<>();
        for (int g = 0; g < grids; g++) {
            double x = 116 + random.nextInt(64) / 256.0;
            double y = 39 + random.nextInt(64) / 256.0;
            double w = (1 + random.nextInt(64)) / 256.0;
            double h = (1 + random.nextInt(64)) / 256.0;
            shapes.add(new GridShape(String.format(Locale.ROOT, "B%02d", random.nextInt(100)) + "-" + g,
                    box(x, y, x + w, y + h)));
        }
        List<Coordinate> probes = new ArrayList<>();
        for (GridShape s : shapes) {
            Collections.addAll(probes, s.geometry().getCoordinates());
        }
        for (int k = 0; k < 500; k++) {
            probes.add(new Coordinate(115.95 + 0.6 * random.nextDouble(), 38.95 + 0.6 * random.nextDouble()));
            // Points on the 1/256 lattice hit box edges and corners exactly.
            probes.add(new Coordinate(116 + random.nextInt(140) / 256.0, 39 + random.nextInt(140) / 256.0));
        }
        assertAgreesWithJts(shapes, probes);
    }

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    @Property(tries = 20)
    void aSingleGridOwnsItsInteriorAndBoundaryAndNothingElse(@ForAll long seed) {
        Random random = new Random(seed);
        Geometry star = GridIndexPropertiesTest.starPolygon(116.3, 39.9, 0.05, 3 + random.nextInt(60), random);
        List<GridShape> one = List.of(new GridShape("only", star));
        Envelope e = star.getEnvelopeInternal();
        List<Coordinate> probes = new ArrayList<>(List.of(star.getCoordinates()));
        probes.add(new Coordinate(e.getMinX(), e.getMinY()));
        probes.add(new Coordinate(e.getMaxX(), e.getMaxY()));
        probes.add(new Coordinate(Math.nextUp(e.getMaxX()), e.getMaxY()));
        probes.add(new Coordinate(Math.nextDown(e.getMinX()), e.getMinY()));
        for (Coordinate v : star.getCoordinates()) {
            probes.add(new Coordinate(Math.nextUp(v.x), v.y));
            probes.add(new Coordinate(v.x, Math.nextDown(v.y)));
        }
        for (int k = 0; k < 500; k++) {
            probes.add(new Coordinate(e.getMinX() - 0.01 + (e.getWidth() + 0.02) * random.nextDouble(),
                    e.getMinY() - 0.01 + (e.getHeight() + 0.02) * random.nextDouble()));
        }
        assertAgreesWithJts(one, probes);
    }
}
