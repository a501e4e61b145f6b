package org.jiceng.grid.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/** Contiguity judged in the plane of a concave, multi-part boundary (a U with a bay, and an island). */
class ConcaveBoundaryPartitionTest {

    private static final ConcaveOutline OUTLINE = ConcaveOutline.standard();

    /** Grid 0: the tops of both arms of the U (across the bay); grid 1: the rest, island included. */
    private static final class ArmTopsAndRest implements Partitioner {
        private final double splitLat = ConcaveOutline.LAT0 + 2 * ConcaveOutline.UNIT;

        @Override
        public String name() {
            return "arm-tops";
        }

        @Override
        public int[] assign(PlanarPoints points, int gridCount) {
            int[] grid = new int[points.size()];
            double[] lonLat = new double[2];
            for (int i = 0; i < grid.length; i++) {
                points.projection().inverse(points.x(i), points.y(i), lonLat);
                grid[i] = lonLat[1] > splitLat ? 0 : 1;
            }
            return grid;
        }
    }

    @Test
    void requireAndTheDefaultRuleGiveEachPartOfTheBoundaryTheGridsThatMakeTheHeaviestLoadPerGridLowest() {
        List<WeightedPoint> points = OUTLINE.points(600, 3);
        double islandWest = ConcaveOutline.LON0 + (OUTLINE.uWidth() + OUTLINE.islandGap()) * ConcaveOutline.UNIT;
        long islandLoad = points.stream().filter(w -> w.lon() > islandWest).mapToLong(WeightedPoint::weight).sum();
        long total = points.stream().mapToLong(WeightedPoint::weight).sum();
        // Every split of the 10 grids between the island and the U, the one with the lowest heaviest load per grid.
        int expected = 1;
        for (int m = 1; m < 10; m++) {
            if (Math.max((double) islandLoad / m, (double) (total - islandLoad) / (10 - m))
                    < Math.max((double) islandLoad / expected, (double) (total - islandLoad) / (10 - expected))) {
                expected = m;
            }
        }
        for (ContiguityRule rule : List.of(ContiguityRule.REQUIRE, ContiguityRule.REPAIR_WITHIN_BALANCE)) {
            Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(points, 10)
                    .withBoundary(OUTLINE.boundary()).withContiguity(rule));
            long islandGrids = p.grids().stream().filter(g -> p.memberIds(g).stream()
                    .allMatch(id -> points.get(Integer.parseInt(id.substring(1))).lon() > islandWest)).count();
            assertThat(islandGrids).as("%s", rule).isEqualTo(expected);
            assertThat(p.quality().nonContiguousGrids()).as("%s", rule).hasValue(0);
            assertThat(p.issues()).as("%s", rule).isEmpty();
        }
    }

    @Test
    void theDefaultRuleGivesTheSameGridsEveryTimeAndTheSameJudgementAsTheInputNumbering() {
        List<WeightedPoint> points = OUTLINE.points(900, 5);
        PartitionRequest request = PartitionRequest.of(points, 12).withBoundary(OUTLINE.boundary());
        Partition first = GridPartitioning.defaults().partition(request);
        Partition second = GridPartitioning.defaults().partition(request);

        assertThat(second.assignment()).isEqualTo(first.assignment());
        assertThat(second.issues()).isEqualTo(first.issues());
        // The contiguity stage runs on a Hilbert-curve renumbering; the judgement is translated back and must
        // match a graph built on the input numbering.
        PlanarPoints planar = PlanarPoints.project(points);
        boolean[] onGraph = org.jiceng.grid.partition.internal.DelaunayGraph
                .of(planar, planar.projection().project(
                        org.locationtech.jts.densify.Densifier.densify(OUTLINE.boundary(), 0.0005)))
                .contiguous(first.assignment(), 12);
        for (PartitionGrid g : first.grids()) {
            if (onGraph[g.index()] && g.polygon().map(poly -> poly.getNumGeometries() <= 1).orElse(true)) {
                assertThat(g.contiguous()).hasValue(true);
            } else {
                assertThat(g.contiguous()).hasValue(false);
            }
        }
    }

    @Test
    void requireWithFewerGridsThanPartsSaysWhichGridSpansThemAndWhy() {
        List<WeightedPoint> points = OUTLINE.points(200, 4);
        Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(points, 1)
                .withBoundary(OUTLINE.boundary()).withContiguity(ContiguityRule.REQUIRE));

        assertThat(p.quality().nonContiguousGrids()).hasValue(1);
        assertThat(p.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(GridIssue.Kind.IN_PIECES);
            assertThat(i.message()).startsWith("grid 1's members lie in 2 parts of the plane");
        });
    }

    @Test
    void gridsJoinedOnlyAcrossTheBayOrTheWaterAreReportedInPieces() {
        List<WeightedPoint> points = OUTLINE.points(400, 1);
        Partition p = GridPartitioning.with(new ArmTopsAndRest()).partition(PartitionRequest.of(points, 2)
                .withBoundary(OUTLINE.boundary()).withContiguity(ContiguityRule.REPORT));

        // The Delaunay graph of the points joins both arm tops across the bay and the island to the U;
        // in the plane neither grid is one piece.
        assertThat(p.quality().nonContiguousGrids()).hasValue(2);
        assertThat(p.grids()).allSatisfy(g -> assertThat(g.contiguous()).hasValue(false));
        assertThat(p.grids().get(0).polygon().orElseThrow().getNumGeometries()).isEqualTo(2);
        assertThat(p.issues()).extracting(GridIssue::kind).containsExactly(GridIssue.Kind.IN_PIECES,
                GridIssue.Kind.IN_PIECES);
        assertThat(p.issues().get(0).message()).contains("the REPORT rule only tests");
        GridIssue island = p.issues().get(1);
        assertThat(island.message()).contains("parts of the plane that no edge inside the boundary joins");
        // The points named apart from grid 1's main piece are the island's.
        assertThat(island.pointIndices()).isNotEmpty().allSatisfy(i -> assertThat(points.get(i).lon())
                .isGreaterThan(ConcaveOutline.LON0 + (OUTLINE.uWidth() + OUTLINE.islandGap()) * ConcaveOutline.UNIT));
        assertThat(p.quality().gridsWithIssues()).isEqualTo(2);
    }

    @Test
    void repairWithinBalanceJoinsTheArmsThroughTheBottomOfTheUAndReportsWhatItCannotJoin() {
        List<WeightedPoint> points = OUTLINE.points(400, 1);
        PartitionRequest request = PartitionRequest.of(points, 2).withBoundary(OUTLINE.boundary());
        Partition p = GridPartitioning.with(new ArmTopsAndRest()).partition(request);

        // Grid 0's second arm top reaches grid 1 only inside the U; the island stays grid 1's (no way inside).
        assertEveryGridOnePieceCoveringItsMembersOrExplained(p, points);
        assertThat(p.issues()).allSatisfy(i -> assertThat(i.kind()).isEqualTo(GridIssue.Kind.IN_PIECES));
        assertThat(p.quality().nonContiguousGrids().getAsInt()).isEqualTo(p.issues().size());
    }

    @Test
    void eachRuleGivesOnePieceOrAReasonForEveryGridAndTheRepairingRulesGiveTheIslandItsOwnGrids() {
        List<WeightedPoint> points = OUTLINE.points(600, 2);
        for (ContiguityRule rule : ContiguityRule.values()) {
            Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(points, 12)
                    .withBoundary(OUTLINE.boundary()).withContiguity(rule));
            int inPieces = (int) p.issues().stream().filter(i -> i.kind() == GridIssue.Kind.IN_PIECES).count();
            assertThat(p.quality().nonContiguousGrids()).as("%s", rule).hasValue(inPieces);
            if (rule != ContiguityRule.REPORT) {
                assertEveryGridOnePieceCoveringItsMembersOrExplained(p, points);
            }
            if (rule == ContiguityRule.REQUIRE) {
                // The island gets grids of its own: every grid is one polygon holding its members.
                assertThat(p.issues()).isEmpty();
                assertThat(p.grids()).allSatisfy(g -> assertThat(g.polygon().orElseThrow()).isInstanceOf(Polygon.class));
            } else if (rule == ContiguityRule.REPAIR_WITHIN_BALANCE) {
                // The island gets grids of its own too, and the loads stay within the floor that follows from
                // that; only a grid across the bay may stay in pieces when no repair within the band joins it.
                assertThat(p.issues()).noneSatisfy(i -> assertThat(i.message()).contains("no edge inside the boundary"));
                assertThat(p.quality().maxOverAverage()).isLessThanOrEqualTo(p.quality().floor() + 0.02);
            }
        }
    }

    /**
     * A U with a narrow bay (0.2 units): the Voronoi cells of the left arm's points reach across the bay into
     * the right arm, where clipping leaves memberless strips of grid 0. They go to grid 1, which they border.
     */
    @Test
    void cellPiecesCutOffByABayGoToTheGridOnTheirShore() {
        ConcaveOutline narrow = new ConcaveOutline(0.2, 1, 1);
        Geometry u = narrow.boundary().getGeometryN(0);
        List<WeightedPoint> points = new java.util.ArrayList<>();
        for (int j = 0; j < 10; j++) {
            double lat = ConcaveOutline.LAT0 + (2.0 + 0.1 * j) * ConcaveOutline.UNIT;
            points.add(new WeightedPoint("w" + j, ConcaveOutline.LON0 + 0.5 * ConcaveOutline.UNIT, lat, 1));
            points.add(new WeightedPoint("e" + j, ConcaveOutline.LON0 + 2.1 * ConcaveOutline.UNIT, lat, 1));
        }
        for (double x : new double[] {0.5, 1.1, 2.1}) {
            points.add(new WeightedPoint("s" + x, ConcaveOutline.LON0 + x * ConcaveOutline.UNIT,
                    ConcaveOutline.LAT0 + 0.5 * ConcaveOutline.UNIT, 1));
        }
        Partitioner byShore = new Partitioner() {
            @Override
            public String name() {
                return "by-shore";
            }

            @Override
            public int[] assign(PlanarPoints planar, int gridCount) {
                return java.util.stream.IntStream.range(0, planar.size()).map(i -> i >= 20 ? 2 : i % 2).toArray();
            }
        };
        Partition p = GridPartitioning.with(byShore).partition(PartitionRequest.of(points, 3).withBoundary(u)
                .withContiguity(ContiguityRule.REPORT));

        assertThat(p.issues()).isEmpty();
        assertThat(p.quality().nonContiguousGrids()).hasValue(0);
        assertThat(p.grids()).allSatisfy(g -> assertThat(g.polygon().orElseThrow()).isInstanceOf(Polygon.class));
        // The strip east of the bay is grid 1's, and the grids still tile the U exactly.
        Coordinate strip = new Coordinate(ConcaveOutline.LON0 + 1.25 * ConcaveOutline.UNIT,
                ConcaveOutline.LAT0 + 2.5 * ConcaveOutline.UNIT);
        assertThat(p.grids().get(1).polygon().orElseThrow().covers(u.getFactory().createPoint(strip))).isTrue();
        double sum = p.grids().stream().mapToDouble(g -> g.polygon().orElseThrow().getArea()).sum();
        assertThat(sum).isCloseTo(u.getArea(), org.assertj.core.api.Assertions.within(u.getArea() * 1e-9));
        Geometry union = org.locationtech.jts.operation.overlayng.OverlayNGRobust.union(
                p.grids().stream().map(g -> g.polygon().orElseThrow()).toList(), u.getFactory());
        assertThat(union.symDifference(u).getArea()).isLessThan(u.getArea() * 1e-9);
    }

    @Property
    void requireMeansOnePolygonHoldingItsMembersOrAReasonPerGrid(
            @ForAll @DoubleRange(min = 0.2, max = 1.5) double bayWidth,
            @ForAll @DoubleRange(min = 0.3, max = 2.5) double bayFloor,
            @ForAll @DoubleRange(min = 0.05, max = 1) double islandGap,
            @ForAll @IntRange(min = 40, max = 160) int n, @ForAll @IntRange(min = 2, max = 8) int k,
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        ConcaveOutline outline = new ConcaveOutline(bayWidth, bayFloor, islandGap);
        List<WeightedPoint> points = outline.points(n, seed);
        Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(points, k)
                .withBoundary(outline.boundary()).withContiguity(ContiguityRule.REQUIRE));
        assertEveryGridOnePieceCoveringItsMembersOrExplained(p, points);
    }

    /** Every grid's polygon is one Polygon covering its members, or the partition says why not. */
    static void assertEveryGridOnePieceCoveringItsMembersOrExplained(Partition p, List<WeightedPoint> points) {
        Set<Integer> explained = p.issues().stream().filter(i -> !i.message().isBlank())
                .map(GridIssue::gridIndex).collect(Collectors.toCollection(TreeSet::new));
        for (PartitionGrid g : p.grids()) {
            Geometry polygon = g.polygon().orElseThrow();
            boolean onePiece = polygon instanceof Polygon && !polygon.isEmpty();
            boolean covers = !polygon.isEmpty() && coversAll(polygon, g.memberIndices(), points);
            if (!onePiece || !covers || !g.contiguous().orElse(true)) {
                assertThat(explained).as("grid %s: %s parts, covers members %s", g.index(),
                        polygon.getNumGeometries(), covers).contains(g.index());
            }
        }
    }

    private static boolean coversAll(Geometry polygon, int[] members, List<WeightedPoint> points) {
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(polygon);
        for (int i : members) {
            if (locator.locate(new Coordinate(points.get(i).lon(), points.get(i).lat())) == Location.EXTERIOR) {
                return false;
            }
        }
        return true;
    }
}
