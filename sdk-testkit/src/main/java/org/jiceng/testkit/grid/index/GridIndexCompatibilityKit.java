package org.jiceng.testkit.grid.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridShape;
import org.jiceng.grid.spi.GridIndexProvider;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;

/**
 * The contract every {@link GridIndexProvider} must meet. Extend this class in your test sources and
 * implement {@link #provider()}; JUnit 5 then runs the whole contract against your provider:
 *
 * <pre>{@code
 * class MyGridIndexProviderTest extends GridIndexCompatibilityKit {
 *     @Override
 *     protected GridIndexProvider provider() {
 *         return new MyGridIndexProvider();
 *     }
 * }
 * }</pre>
 *
 * <p>Checked: a stable non-blank name; lookups agree with a brute-force JTS point-in-polygon scan on
 * random, vertex and edge points (covers = interior or boundary); the lowest-id tie rule on shared
 * edges, vertices and overlaps; {@code covering} lists all covering grids in id order; holes and
 * multipolygons; points outside every grid and the empty index find nothing; input order never
 * changes the answer; duplicate ids and non-finite coordinates are rejected.
 */
public abstract class GridIndexCompatibilityKit {

    /**
     * The provider under test.
     *
     * @return a provider instance
     */
    protected abstract GridIndexProvider provider();

    private GridIndex build(List<GridShape> shapes) {
        GridIndex index = provider().create(shapes);
        assertThat(index).as("%s.create(...)", provider().getClass().getName()).isNotNull();
        return index;
    }

    /** Brute force: the lowest id whose geometry covers the point, per JTS. */
    private static Optional<String> bruteForce(List<GridShape> shapes, double x, double y) {
        return bruteForceAll(shapes, x, y).stream().findFirst();
    }

    private static List<String> bruteForceAll(List<GridShape> shapes, double x, double y) {
        Coordinate p = new Coordinate(x, y);
        return shapes.stream()
                .filter(s -> SimplePointInAreaLocator.locate(p, s.geometry()) != Location.EXTERIOR)
                .map(GridShape::gridId).sorted().toList();
    }

    /** The provider has a stable, non-blank name and the index reports it. */
    @Test
    public void providerHasAStableNameThatTheIndexReports() {
        String name = provider().name();
        assertThat(name).isNotBlank();
        assertThat(provider().name()).isEqualTo(name);
        assertThat(build(new KitCoverages(2, 2, 1).shapes).providerName()).isEqualTo(name);
    }

    /** An index over no grid answers every lookup with nothing. */
    @Test
    public void emptyIndexLocatesNothing() {
        GridIndex index = build(List.of());
        assertThat(index.isEmpty()).isTrue();
        assertThat(index.size()).isZero();
        assertThat(index.shapes()).isEmpty();
        assertThat(index.locate(121.0, 31.0)).isEmpty();
        assertThat(index.locateShape(0, 0)).isEmpty();
        assertThat(index.covering(121.0, 31.0)).isEmpty();
    }

    /** Points outside every grid, including inside the bounding box of the grids, find nothing. */
    @Test
    public void pointsOutsideEveryGridLocateNothing() {
        List<GridShape> shapes = List.of(new GridShape("a", KitCoverages.box(121.0, 31.0, 121.01, 31.01)),
                new GridShape("b", KitCoverages.box(121.02, 31.02, 121.03, 31.03)));
        GridIndex index = build(shapes);
        for (double[] p : new double[][] {{121.015, 31.015}, {121.025, 31.005}, {120.9, 31.0}, {121.04, 31.04},
            {-179.9, -89.9}, {179.9, 89.9}, {121.0100000001, 31.005}}) {
            assertThat(index.locate(p[0], p[1])).as("(%s, %s)", p[0], p[1]).isEmpty();
            assertThat(index.covering(p[0], p[1])).isEmpty();
        }
    }

    /** Lookups agree with a brute-force scan on random points, vertices and exact edge midpoints. */
    @Test
    public void locateAgreesWithBruteForce() {
        for (long seed = 1; seed <= 6; seed++) {
            KitCoverages c = new KitCoverages(1 + (int) seed * 2, 2 + (int) seed, seed);
            List<GridShape> shapes = c.shapes;
            GridIndex index = build(shapes);
            List<Coordinate> probes = new ArrayList<>();
            for (int i = 0; i <= c.nx; i++) {
                for (int j = 0; j <= c.ny; j++) {
                    probes.add(c.vertex(i, j));
                    if (i < c.nx) {
                        probes.add(c.midpoint(i, j, i + 1, j));
                    }
                    if (j < c.ny) {
                        probes.add(c.midpoint(i, j, i, j + 1));
                    }
                }
            }
            Envelope e = c.extent();
            Random random = new Random(seed);
            for (int k = 0; k < 500; k++) {
                probes.add(new Coordinate(e.getMinX() - 0.1 * e.getWidth() + 1.2 * e.getWidth() * random.nextDouble(),
                        e.getMinY() - 0.1 * e.getHeight() + 1.2 * e.getHeight() * random.nextDouble()));
            }
            for (Coordinate p : probes) {
                assertThat(index.locate(p.x, p.y)).as("locate(%s, %s), seed %s", p.x, p.y, seed)
                        .isEqualTo(bruteForce(shapes, p.x, p.y));
            }
        }
    }

    /** A point on an edge shared by two grids belongs to the one whose id sorts first. */
    @Test
    public void pointOnASharedEdgeBelongsToTheLowestId() {
        KitCoverages c = new KitCoverages(4, 4, 11);
        GridIndex index = build(c.shapes);
        for (int i = 0; i < 4; i++) {
            for (int j = 1; j < 4; j++) {
                Coordinate m = c.midpoint(i, j, i + 1, j);
                String expected = c.minId(new int[] {i, j - 1}, new int[] {i, j});
                assertThat(index.locate(m.x, m.y)).as("edge midpoint %s", m).contains(expected);
                assertThat(index.covering(m.x, m.y)).hasSize(2).first().isEqualTo(expected);
            }
        }
    }

    /** A point on a vertex shared by up to four grids belongs to the one whose id sorts first. */
    @Test
    public void pointOnASharedVertexBelongsToTheLowestId() {
        KitCoverages c = new KitCoverages(4, 3, 12);
        GridIndex index = build(c.shapes);
        for (int i = 0; i <= 4; i++) {
            for (int j = 0; j <= 3; j++) {
                Coordinate v = c.vertex(i, j);
                String expected = c.minId(new int[] {i - 1, j - 1}, new int[] {i, j - 1}, new int[] {i - 1, j},
                        new int[] {i, j});
                assertThat(index.locate(v.x, v.y)).as("vertex (%d, %d)", i, j).contains(expected);
            }
        }
    }

    /** Where grids overlap, the lowest id owns the overlap and covering lists every grid. */
    @Test
    public void overlapBelongsToTheLowestIdAndCoveringListsAllInIdOrder() {
        List<GridShape> shapes = List.of(new GridShape("m", KitCoverages.box(121.0, 31.0, 121.02, 31.02)),
                new GridShape("k", KitCoverages.box(121.01, 31.01, 121.03, 31.03)),
                new GridShape("z", KitCoverages.box(121.005, 31.005, 121.015, 31.015)));
        GridIndex index = build(shapes);
        assertThat(index.locate(121.012, 31.012)).contains("k");
        assertThat(index.covering(121.012, 31.012)).containsExactly("k", "m", "z");
        assertThat(index.locate(121.007, 31.007)).contains("m");
        assertThat(index.covering(121.007, 31.007)).containsExactly("m", "z");
        assertThat(index.locate(121.025, 31.025)).contains("k");
    }

    /** Holes are not covered, but their boundary is; multipolygon parts all count. */
    @Test
    public void holesAndMultipolygonsFollowTheCoversRule() {
        var holed = KitCoverages.boxWithHole(121.0, 31.0, 121.04, 31.04, 121.01, 31.01, 121.03, 31.03);
        var parts = KitCoverages.FACTORY.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
            KitCoverages.box(121.015, 31.015, 121.025, 31.025), KitCoverages.box(121.05, 31.0, 121.06, 31.01)});
        var big = KitCoverages.star(121.1, 31.1, 0.03, 400, new Random(3));
        List<GridShape> shapes = List.of(new GridShape("holed", holed), new GridShape("island", parts),
                new GridShape("star", big));
        GridIndex index = build(shapes);
        assertThat(index.locate(121.005, 31.005)).contains("holed");
        assertThat(index.locate(121.012, 31.012)).as("inside the hole").isEmpty();
        assertThat(index.locate(121.01, 31.02)).as("on the hole's boundary").contains("holed");
        assertThat(index.locate(121.02, 31.02)).contains("island");
        assertThat(index.locate(121.055, 31.005)).contains("island");
        Random random = new Random(5);
        List<Coordinate> probes = new ArrayList<>(List.of(big.getCoordinates()));
        for (int k = 0; k < 2000; k++) {
            probes.add(new Coordinate(121.06 + 0.08 * random.nextDouble(), 31.06 + 0.08 * random.nextDouble()));
        }
        for (Coordinate p : probes) {
            assertThat(index.locate(p.x, p.y)).as("(%s, %s)", p.x, p.y).isEqualTo(bruteForce(shapes, p.x, p.y));
        }
    }

    /** covering() lists exactly the covering grids in id order and starts with locate()'s answer. */
    @Test
    public void coveringAgreesWithBruteForceAndLocate() {
        KitCoverages c = new KitCoverages(5, 5, 21);
        GridIndex index = build(c.shapes);
        Random random = new Random(21);
        for (int k = 0; k < 300; k++) {
            int i = random.nextInt(6);
            int j = random.nextInt(6);
            Coordinate p = random.nextBoolean() ? c.vertex(i, j)
                    : new Coordinate(121.0 + 0.025 * random.nextDouble(), 31.0 + 0.025 * random.nextDouble());
            List<String> all = index.covering(p.x, p.y);
            assertThat(all).isEqualTo(bruteForceAll(c.shapes, p.x, p.y));
            assertThat(index.locate(p.x, p.y)).isEqualTo(all.stream().findFirst());
            assertThat(index.locateShape(p.x, p.y).map(GridShape::gridId)).isEqualTo(index.locate(p.x, p.y));
        }
    }

    /** The shapes come back sorted by id, whatever the input order, and answers do not change. */
    @Test
    public void inputOrderDoesNotChangeTheAnswers() {
        KitCoverages c = new KitCoverages(6, 4, 31);
        List<GridShape> shuffled = new ArrayList<>(c.shapes);
        Collections.shuffle(shuffled, new Random(31));
        GridIndex a = build(c.shapes);
        GridIndex b = build(shuffled);
        assertThat(b.shapes()).extracting(GridShape::gridId).isSorted().hasSize(24);
        assertThat(b.shapes()).isEqualTo(a.shapes());
        Random random = new Random(32);
        for (int k = 0; k < 300; k++) {
            Coordinate p = c.vertex(random.nextInt(7), random.nextInt(5));
            assertThat(b.locate(p.x, p.y)).isEqualTo(a.locate(p.x, p.y));
        }
    }

    /** Two shapes with the same id are rejected with a message naming the id. */
    @Test
    public void rejectsDuplicateIds() {
        List<GridShape> twice = List.of(new GridShape("dup", KitCoverages.box(121.0, 31.0, 121.01, 31.01)),
                new GridShape("dup", KitCoverages.box(121.02, 31.0, 121.03, 31.01)));
        assertThatThrownBy(() -> provider().create(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dup");
    }

    /** NaN or infinite query coordinates are rejected, not answered. */
    @Test
    public void rejectsNonFiniteCoordinates() {
        GridIndex index = build(new KitCoverages(2, 2, 41).shapes);
        assertThatThrownBy(() -> index.locate(Double.NaN, 31.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.locate(121.0, Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.covering(Double.POSITIVE_INFINITY, 31.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.locateShape(Double.NaN, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
