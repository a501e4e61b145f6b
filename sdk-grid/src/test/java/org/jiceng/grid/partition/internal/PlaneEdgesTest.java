package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The shortcuts of {@link PlaneEdges} (cells the boundary does not touch, borders cut at their crossings with
 * the rings) judge every border as the exact relate does, on a concave multi-part boundary with a hole:
 * borders deep inside, across the bay, between the parts, along and through the rings' edges and corners, and
 * the long rays of hull sites.
 */
class PlaneEdgesTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** A U (bay between x 1000 and 2000, down to y 1000) with a hole in its west arm, and an island east. */
    private static Geometry boundary() {
        Polygon u = FACTORY.createPolygon(ring(0, 0, 3000, 0, 3000, 3000, 2000, 3000, 2000, 1000, 1000, 1000,
                1000, 3000, 0, 3000), new LinearRing[] {ring(300, 1500, 700, 1500, 700, 2000, 300, 2000)});
        Polygon island = FACTORY.createPolygon(ring(3500, 1000, 4500, 1000, 4500, 2000, 3500, 2000));
        return Densifier.densify(FACTORY.createMultiPolygon(new Polygon[] {u, island}), 50);
    }

    @Property
    void everyBorderIsJudgedAsTheExactRelateJudgesIt(@ForAll @IntRange(min = 100, max = 50_000) int sites,
            @ForAll long seed) {
        PlaneEdges plane = new PlaneEdges(boundary(), sites);
        Random random = new Random(seed);
        double[] corners = {0, 1000, 2000, 3000, 300, 700, 1500, 3500, 4500};
        for (int j = 0; j < 150; j++) {
            Coordinate a;
            Coordinate b;
            switch (random.nextInt(4)) {
                case 0 -> {   // short borders anywhere, as between neighbouring sites
                    a = new Coordinate(-200 + random.nextDouble() * 5000, -200 + random.nextDouble() * 3400);
                    double length = random.nextDouble() * 60;
                    double angle = random.nextDouble() * 2 * Math.PI;
                    b = new Coordinate(a.x + length * Math.cos(angle), a.y + length * Math.sin(angle));
                }
                case 1 -> {   // along the rings' lines, from and to their corners
                    double line = corners[random.nextInt(corners.length)];
                    double from = corners[random.nextInt(corners.length)];
                    double to = from + (random.nextDouble() - 0.5) * 800;
                    boolean vertical = random.nextBoolean();
                    a = vertical ? new Coordinate(line, from) : new Coordinate(from, line);
                    b = vertical ? new Coordinate(line, to) : new Coordinate(to, line);
                }
                case 2 -> {   // through corners, from one to another
                    a = new Coordinate(corners[random.nextInt(corners.length)], corners[random.nextInt(corners.length)]);
                    b = new Coordinate(corners[random.nextInt(corners.length)], corners[random.nextInt(corners.length)]);
                }
                default -> {   // the long ray of a hull site
                    a = new Coordinate(random.nextDouble() * 4500, random.nextDouble() * 3000);
                    double angle = random.nextDouble() * 2 * Math.PI;
                    b = new Coordinate(a.x + 40_000 * Math.cos(angle), a.y + 40_000 * Math.sin(angle));
                }
            }
            boolean expected = plane.keepsBorderByRelate(a, b);
            assertThat(plane.keepsBorder(a, b)).as("%s - %s", a, b).isEqualTo(expected);
            assertThat(plane.keepsBorderExactly(a, b)).as("%s - %s", a, b).isEqualTo(expected);
        }
    }

    @Test
    void bordersAcrossTheBayOrTheWaterAreOutAndBordersReachingInAreIn() {
        PlaneEdges plane = new PlaneEdges(boundary(), 20_000);
        // Wholly in the bay, and wholly in the water between the U and the island.
        assertThat(plane.keepsBorder(new Coordinate(1100, 2000), new Coordinate(1900, 2000))).isFalse();
        assertThat(plane.keepsBorder(new Coordinate(3100, 1500), new Coordinate(3400, 1500))).isFalse();
        // Across the bay from shore to shore: only its ends touch the U.
        assertThat(plane.keepsBorder(new Coordinate(1000, 2000), new Coordinate(2000, 2000))).isFalse();
        // Across the bay and 1 m into the east arm.
        assertThat(plane.keepsBorder(new Coordinate(1100, 2000), new Coordinate(2001, 2000))).isTrue();
        // Deep inside the west arm (a cell the boundary does not touch), and wholly in its hole.
        assertThat(plane.keepsBorder(new Coordinate(100, 500), new Coordinate(120, 510))).isTrue();
        assertThat(plane.keepsBorder(new Coordinate(400, 1600), new Coordinate(600, 1900))).isFalse();
        // Along the bay's floor (on the ring only), and crossing the hole from arm to arm of the ring.
        assertThat(plane.keepsBorder(new Coordinate(1200, 1000), new Coordinate(1800, 1000))).isFalse();
        assertThat(plane.keepsBorder(new Coordinate(200, 1700), new Coordinate(800, 1700))).isTrue();
    }

    private static LinearRing ring(double... xy) {
        Coordinate[] ring = new Coordinate[xy.length / 2 + 1];
        for (int j = 0; j < xy.length / 2; j++) {
            ring[j] = new Coordinate(xy[2 * j], xy[2 * j + 1]);
        }
        ring[ring.length - 1] = ring[0];
        return FACTORY.createLinearRing(ring);
    }
}
