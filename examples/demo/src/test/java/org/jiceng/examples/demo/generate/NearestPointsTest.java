package org.jiceng.examples.demo.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The bucketed nearest-point search answers exactly as the linear scan, ties and duplicates included. */
class NearestPointsTest {

    private static int scan(List<Coordinate> points, double x, double y) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = points.get(i).x;
            ys[i] = points.get(i).y;
        }
        return NearestPoints.linearScan(xs, ys, x, y);
    }

    /** Points on a coarse lattice (many duplicates and equal distances) or anywhere, in a lon/lat-like box. */
    @Provide
    Arbitrary<List<Coordinate>> points() {
        Arbitrary<Coordinate> lattice = Combinators.combine(Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 12)).as((i, j) -> new Coordinate(102.6 + 0.01 * i, 24.9 + 0.01 * j));
        Arbitrary<Coordinate> free = Combinators.combine(Arbitraries.doubles().between(102.6, 102.8),
                Arbitraries.doubles().between(24.9, 25.1)).as(Coordinate::new);
        Arbitrary<Coordinate> line = Arbitraries.doubles().between(102.6, 102.8).map(x -> new Coordinate(x, 25.0));
        return Arbitraries.oneOf(lattice, free, line).list().ofMinSize(1).ofMaxSize(300);
    }

    /** Queries on the same lattice (ties between lattice points), anywhere nearby, or far outside. */
    @Provide
    Arbitrary<List<Coordinate>> queries() {
        Arbitrary<Coordinate> lattice = Combinators.combine(Arbitraries.integers().between(-4, 16),
                Arbitraries.integers().between(-4, 16)).as((i, j) -> new Coordinate(102.6 + 0.005 * i, 24.9 + 0.005 * j));
        Arbitrary<Coordinate> free = Combinators.combine(Arbitraries.doubles().between(102.0, 103.4),
                Arbitraries.doubles().between(24.3, 25.7)).as(Coordinate::new);
        return Arbitraries.oneOf(lattice, free).list().ofMinSize(1).ofMaxSize(50);
    }

    @Property
    void answersTheLowestIndexAmongTheNearestLikeTheLinearScan(@ForAll("points") List<Coordinate> points,
            @ForAll("queries") List<Coordinate> queries, @ForAll @IntRange(min = 0, max = 3) int copies) {
        List<Coordinate> withCopies = new ArrayList<>(points);
        for (int c = 0; c < copies; c++) {
            withCopies.addAll(points); // every point again at a higher index: ties the scan must win by index
        }
        NearestPoints index = new NearestPoints(withCopies);
        for (Coordinate q : queries) {
            assertThat(index.nearest(q.x, q.y)).as("query %s", q).isEqualTo(scan(withCopies, q.x, q.y));
        }
        for (Coordinate p : withCopies) {
            assertThat(index.nearest(p.x, p.y)).as("query at point %s", p).isEqualTo(scan(withCopies, p.x, p.y));
        }
    }

    @Test
    void aQueryEquallyFarFromFourPointsGetsTheFirstOfThem() {
        List<Coordinate> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            points.add(new Coordinate(10 + i % 7, 20 + i / 7));
        }
        NearestPoints index = new NearestPoints(points);
        // (12.5, 21.5) is at the same distance from (12,21), (13,21), (12,22), (13,22): indices 9, 10, 16, 17.
        assertThat(index.nearest(12.5, 21.5)).isEqualTo(9).isEqualTo(scan(points, 12.5, 21.5));
    }

    @Test
    void collinearHugeAndNonFiniteInputsAnswerLikeTheScan() {
        List<Coordinate> line = new ArrayList<>();
        List<Coordinate> huge = new ArrayList<>();
        List<Coordinate> same = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            line.add(new Coordinate(i * 0.37, 5));
            huge.add(new Coordinate(i * 1e200, -i * 1e200));
            same.add(new Coordinate(1, 1));
        }
        for (List<Coordinate> points : List.of(line, huge, same)) {
            NearestPoints index = new NearestPoints(points);
            for (double[] q : new double[][] {{3, 5}, {3, 1e9}, {-1e300, 0}, {Double.NaN, 0},
                {Double.POSITIVE_INFINITY, 1}, {1, 1}, {2e200, -2e200}}) {
                assertThat(index.nearest(q[0], q[1])).as("query %s,%s", q[0], q[1]).isEqualTo(scan(points, q[0], q[1]));
            }
        }
    }

    @Test
    void noPointsIsRejected() {
        assertThatThrownBy(() -> new NearestPoints(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No points");
    }
}
